"""The admin has no log-in form of its own: everyone goes through the site's log-in (and its
throttle), then the second factor; a signed-in person who is not staff finds no admin."""

import pytest
from django.contrib.auth import get_user_model

from tests.sharing.conftest import sign_in_staff
from tests.volunteers.helpers import make_volunteer

pytestmark = pytest.mark.django_db
LOG_IN = "/zh-hans/admin/login/"


def test_a_signed_in_borrower_gets_no_admin_log_in_form(client):
    client.force_login(get_user_model().objects.create_user("bo", password="pw-bo-12345"))
    assert client.get(LOG_IN).status_code == 404
    assert client.get("/zh-hans/admin/").status_code in (302, 404)
    staff = get_user_model().objects.create_user("sam", password="pw-sam-12345", is_staff=True)
    response = client.post(LOG_IN, {"username": "sam", "password": "pw-sam-12345"})
    assert response.status_code == 404
    assert client.session["_auth_user_id"] != str(staff.pk)


def test_a_volunteer_who_is_not_staff_gets_none_either(client):
    client.force_login(make_volunteer("vera"))
    assert client.get(LOG_IN).status_code == 404


def test_anyone_signed_out_is_sent_to_the_sites_log_in(client):
    for response in (client.get(LOG_IN), client.post(LOG_IN, {"username": "x", "password": "y"})):
        assert response.status_code == 302
        assert response["Location"].startswith("/zh-hans/account/log-in/")


def test_password_guessing_at_the_admin_is_throttled_by_the_sites_log_in(client):
    get_user_model().objects.create_user("sam", password="pw-sam-12345", is_staff=True)
    for _ in range(5):
        client.post("/zh-hans/account/log-in/", {"username": "sam", "password": "wrong"})
    response = client.post(
        "/zh-hans/account/log-in/", {"username": "sam", "password": "pw-sam-12345"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_a_verified_staff_member_goes_on_to_the_admin(client):
    staff = get_user_model().objects.create_user("sam", password="pw-sam-12345", is_staff=True)
    sign_in_staff(client, staff)
    response = client.get(LOG_IN + "?next=/zh-hans/admin/cases/")
    assert (response.status_code, response["Location"]) == (302, "/zh-hans/admin/cases/")
    response = client.get(LOG_IN + "?next=https://evil.example/")
    assert response["Location"] == "/zh-hans/admin/"
