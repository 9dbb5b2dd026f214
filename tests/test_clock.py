"""The suite's one clock (tests/conftest.py): Shanghai's today, whatever the process's zone."""

import datetime

import pytest
from django.utils import timezone

from assistant.assessment.assess import today_in_shanghai
from tests.conftest import SUITE_NOW


def test_every_test_starts_at_the_suites_now():
    assert timezone.now() == datetime.datetime.fromisoformat(SUITE_NOW.replace(" +", "+"))
    assert today_in_shanghai() == datetime.date(2026, 11, 21)


def test_the_process_time_zone_is_not_shanghais():
    """So a page that used the process's local date would be a day out, and fail."""
    assert datetime.date.today() == datetime.date(2026, 11, 20)


@pytest.mark.now("2026-12-01 08:00 +0800")
def test_a_test_can_name_its_own_time():
    assert today_in_shanghai() == datetime.date(2026, 12, 1)


def test_a_test_can_move_the_clock(clock):
    clock.travel("2027-01-14 23:30 +0800")
    assert today_in_shanghai() == datetime.date(2027, 1, 14)
    assert timezone.localtime().hour == 23
