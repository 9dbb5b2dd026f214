"""The anxin.case/1 reader with random and hostile files: only CaseFileError may escape, and
a file it accepts is written back and read again to the same case. The import page, with
the same files, never answers with a server error."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.assessment import limits
from assistant.assessment.casefile import CaseFileError, parse, to_dict
from tests.fuzz.conftest import examples
from tests.fuzz.hostile import HUGE, fragment, odd_text

READER_EXAMPLES = 3000  # cheap (no request): most of the 5,000 examples of `make test`
IMPORT_EXAMPLES = 150
SCENARIOS = sorted((Path(__file__).parents[1] / "assessment" / "scenarios").glob("*.case.json"))
BASES = [json.loads(path.read_text(encoding="utf-8")) for path in SCENARIOS]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False),
    fragment,
    odd_text,
    # Longer than any column (PostgreSQL refuses what does not fit), and dates at the
    # calendar's ends, with and without an offset.
    st.sampled_from(HUGE),
    st.sampled_from(["9999-12-31", "0001-01-01", "0001-01-01T00:00:00+08:00"]),
    st.sampled_from(["9999-12-31T23:59:59-12:00", str(10**30)]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(fragment, odd_text), inner, max_size=4),
    ),
    max_leaves=12,
)


def paths(value, prefix=()):
    """Every key path inside a JSON value."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def replaced(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = replaced(value[head], rest, new)
    return copy


@st.composite
def case_files(draw):
    """A real scenario with a few values swapped for hostile ones, or any JSON at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    data = draw(st.sampled_from(BASES))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(paths(data))))
        if path and draw(st.booleans()) and isinstance(path[-1], str):  # leave a key out
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            data = replaced(data, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
        else:
            data = replaced(data, path, draw(json_values))
    return data


@given(data=case_files())
@settings(max_examples=examples(READER_EXAMPLES))
def test_the_case_file_reader_only_ever_raises_case_file_error(data):
    try:
        case = parse(data)
    except CaseFileError as error:
        assert error.errors and all(isinstance(line, str) for line in error.errors)
        return
    assert parse(to_dict(case)) == case


@pytest.mark.django_db
def test_importing_hostile_case_files_never_breaks_the_page(client):
    url = reverse("account:import")

    @settings(max_examples=examples(IMPORT_EXAMPLES))
    @given(data=case_files(), raw=st.one_of(st.none(), st.binary(max_size=300)))
    def post(data, raw):
        body = raw if raw is not None else json.dumps(data, ensure_ascii=False).encode()
        upload = SimpleUploadedFile("案件.json", body, content_type="application/json")
        response = client.post(url, {"case_file": upload})
        assert response.status_code in (302, 400), response.content.decode()[-3000:]

    # One browser posts every example: the hourly import limit is not what is tested here.
    many = 100 * examples(IMPORT_EXAMPLES)
    with limits.override(case_imports_per_hour=many, case_imports_per_hour_per_address=many):
        post()
