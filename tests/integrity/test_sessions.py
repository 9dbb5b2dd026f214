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


def sign_up(client, username, again="quiet-river-42x"):
    data = {"username": username, "password1": "quiet-river-42x", "password2": again}
    return client.post("/zh-hans/account/sign-up/", data)


def test_sign_up_tries_are_limited_and_the_name_typed_is_kept(client):
    from assistant.assessment import limits

    with limits.override(sign_ups_per_hour=3):
        tries = [sign_up(client, f"1380000000{n}", again="typo").status_code for n in range(3)]
        refused = sign_up(client, "13800000009")
    assert tries == [200, 200, 200]
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "过去一小时内从这里尝试注册的次数太多" in page
    assert 'value="13800000009"' in page
    assert not get_user_model().objects.filter(username="13800000009").exists()


def test_below_the_limit_sign_up_works(client):
    from assistant.assessment import limits

    with limits.override(sign_ups_per_hour=2):
        sign_up(client, "13800000001", again="typo")
        assert sign_up(client, "13800000001").status_code == 302
    assert get_user_model().objects.filter(username="13800000001").exists()


def test_a_taken_phone_number_is_not_confirmed(client):
    get_user_model().objects.create_user("13800000000", password=PASSWORD)
    page = sign_up(client, "13800000000").content.decode()
    assert "已存在" not in page and "already exists" not in page
    assert "这个名字不能用于新账户" in page
