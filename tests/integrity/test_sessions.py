"""Volunteers and staff read other people's cases: their log-in lasts a working day, a
borrower's the 30 days of an anonymous case."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.volunteers.helpers import PASSWORD, make_volunteer

pytestmark = pytest.mark.django_db
DAY = 24 * 60 * 60


def log_in(client, username):
    response = client.post(reverse("account:log_in"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client.session.get_expiry_age()


def test_a_volunteers_log_in_lasts_twelve_hours(client):
    make_volunteer("vera")
    assert log_in(client, "vera") == 12 * 60 * 60


def test_a_staff_members_log_in_is_as_short(client):
    get_user_model().objects.create_user("sam", password=PASSWORD, is_staff=True)
    assert log_in(client, "sam") == 12 * 60 * 60


def test_a_borrowers_log_in_lasts_thirty_days(client):
    get_user_model().objects.create_user("bo", password=PASSWORD)
    assert log_in(client, "bo") == 30 * DAY
