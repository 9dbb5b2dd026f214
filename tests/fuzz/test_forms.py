"""Every form in endpoints.ENDPOINTS, posted with random and hostile values: never a server
error, and when the form comes back with errors, everything typed is still in it."""

import re

import pytest
from django.test import Client
from django.utils.html import escape
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz.conftest import examples
from tests.fuzz.endpoints import ENDPOINTS
from tests.fuzz.hostile import value_for

# Hypothesis warns when it prints a 30,000-character example; that is the point here.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")


def posts(endpoint):
    """A dict field -> value (str, list of str); a None value leaves the field out."""
    fields = {
        name: value_for(kind, choices)
        for name, (kind, choices, _shown) in endpoint.fields().items()
        if kind != "file" or endpoint.method == "post"
    }
    return st.fixed_dictionaries(fields).map(
        lambda data: {key: value for key, value in data.items() if value is not None}
    )


def last(value):
    """The value Django reads for a one-value field (the last one posted), or None."""
    if isinstance(value, list):
        return value[-1] if value else None
    return value


def assert_kept(endpoint, page, data):
    """What was typed (the last value of a repeated field) is in the page again."""
    for name, (kind, choices, shown) in endpoint.fields().items():
        if name not in data or not shown or kind == "file":
            continue
        if kind in ("choice", "multi"):
            ticked = data[name] if kind == "multi" else [last(data[name])]
            ticked = ticked if isinstance(ticked, list) else [ticked]
            for value in set(ticked) & set(choices):
                box = rf'<input[^>]*name="{name}"[^>]*value="{value}"[^>]*\bchecked'
                option = rf'<option value="{value}"[^>]*\bselected'
                assert re.search(box, page) or re.search(option, page), (name, value)
            continue
        typed = last(data[name])
        typed = typed and endpoint.shown(typed)
        if typed:
            assert escape(typed) in page, (name, typed[:200])


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_hostile_values_never_break_a_form(endpoint, world):
    url = endpoint.url(world)
    visitor = endpoint.client(world) if endpoint.client else world.client

    @settings(max_examples=examples(endpoint.examples))
    @given(data=posts(endpoint))
    def post(data):
        client = Client() if endpoint.fresh_client else visitor
        payload = {**data, **endpoint.extra}
        send = client.get if endpoint.method == "get" else client.post
        response = send(url, payload, headers=endpoint.headers)
        if endpoint.reset:
            endpoint.reset(world)
        # 400: the import page; anything else (a 404, a 500) means the form never ran.
        assert response.status_code in (200, 302, 400), response.content.decode()[-3000:]
        if response.status_code in (200, 400) and endpoint.shown:
            assert_kept(endpoint, response.content.decode(), data)

    post()
