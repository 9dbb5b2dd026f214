"""Volunteers and staff go from the log-in straight to their second factor, keeping where they
were going; borrowers still go to My data."""

from urllib.parse import parse_qs, urlsplit

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.accounts.conftest import PASSWORD, url
from tests.volunteers.helpers import app_device, code_now, make_volunteer


def log_in(client, username, next_url=None):
    data = {"username": username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(url("log_in"), data)


def site_url(name):
    with translation.override("en"):
        return reverse(name)


def sent_to(response):
    parts = urlsplit(response.url)
    return parts.path, parse_qs(parts.query).get("next", [None])[0]


def test_a_volunteer_without_an_app_is_sent_to_set_one_up_then_to_their_workspace(client):
    make_volunteer("vera")
    response = log_in(client, "vera")
    assert response.status_code == 302
    assert sent_to(response) == (site_url("volunteer:enrol"), site_url("volunteer:dashboard"))


def test_a_volunteer_with_an_app_is_asked_for_a_code_and_keeps_next(client):
    app_device(make_volunteer("vera"))
    reviews = site_url("volunteer:reviews")
    response = log_in(client, "vera", next_url=reviews)
    assert sent_to(response) == (site_url("volunteer:verify"), reviews)


def test_staff_going_to_the_admin_are_asked_for_a_code_first(client):
    app_device(get_user_model().objects.create_user("sam", password=PASSWORD, is_staff=True))
    admin = site_url("admin:index")
    assert sent_to(log_in(client, "sam", next_url=admin)) == (site_url("volunteer:verify"), admin)


def test_a_next_to_another_site_is_not_kept(client):
    make_volunteer("vera")
    response = log_in(client, "vera", next_url="https://evil.example/")
    assert sent_to(response) == (site_url("volunteer:enrol"), site_url("volunteer:dashboard"))


def test_a_borrower_still_goes_to_my_data(client, alice):
    assert log_in(client, "alice").url == url("index")


def test_after_the_code_the_volunteer_arrives_where_they_were_going(client):
    device = app_device(make_volunteer("vera"))
    reviews = site_url("volunteer:reviews")
    verify = log_in(client, "vera", next_url=reviews).url
    response = client.post(verify, {"code": code_now(device)})
    assert response.status_code == 302 and response.url == reviews
