import pytest
from django.urls import reverse
from django.utils import translation

from tests.volunteers.helpers import make_volunteer


@pytest.fixture(autouse=True)
def _db(db):
    """Volunteers, devices and cases live in the database."""


def url(name, *args, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, args=args, kwargs=kwargs)


@pytest.fixture
def vera():
    return make_volunteer("vera")
