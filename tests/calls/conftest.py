import pytest

from assistant.calls.models import Call

# Every call-log test runs at the suite's now (tests/conftest.py): noon, 21 November 2026.


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
