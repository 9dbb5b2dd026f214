import pytest
from django.urls import reverse
from django.utils import translation

from tests.cases.conftest import own

# Day 15 after SENT: the day a bank or pay-later complaint's answer is due.
SENT = "2026-11-10"
DAY_15 = "2026-11-25 09:00 +0800"
DAY_16 = "2026-11-26 09:00 +0800"


@pytest.fixture(autouse=True)
def _db(db):
    """Items live in the database: every test here may use it."""


@pytest.fixture
def travel(clock):
    """travel(when): move the clock (Asia/Shanghai offsets) for the rest of the test."""
    return clock.travel


@pytest.fixture
def huabei(client):
    """A pay-later case (the 15-day complaint rule binds it) owned by the test client."""
    return own(client, "huabei-day40-flood")


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


def record(client, case, **extra):
    data = {"about": "complaint", "channel": "lender", "sent_on": SENT, "extension": "0"}
    return client.post(url("followup:new", case.pk), {**data, **extra})
