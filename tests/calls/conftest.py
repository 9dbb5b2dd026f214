import pytest

from assistant.calls.models import Call
from assistant.cases.records import import_case
from tests.cases.conftest import my_case, someone_elses_case  # noqa: F401

# Every call-log test runs at the suite's now (tests/conftest.py): noon, 21 November 2026.


@pytest.fixture
def empty_case(client):
    """A case owned by the test client's session, with no calls logged yet."""
    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    return import_case(
        {
            "format": "anxin.case/1",
            "as_of": "2026-11-21",
            "lender": {"name": "信用飞", "type": "online_platform"},
            "first_missed_due_date": "2026-11-15",
        },
        owner=lambda c: setattr(c, "owner_token", "me-token"),
    )


def add_call(case, at, channel="phone", **fields):
    """A call stored directly; `at` is ISO with an offset, e.g. "2026-11-19T10:00+08:00"."""
    from django.utils.dateparse import parse_datetime

    return Call.objects.create(case=case, at=parse_datetime(at), channel=channel, **fields)


def url(name, case, language="en", **kwargs):
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse(f"calls:{name}", args=[case.pk, *kwargs.values()])


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The call list caches its index by case id; ids are reused from one test to the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
