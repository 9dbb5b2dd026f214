"""`get_case_for` says whether the viewer owns the case, so `is_owner` asks no second query."""

from django.contrib.auth import get_user
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from assistant.cases.access import get_case_for, is_owner
from assistant.cases.models import Case
from tests.sharing.conftest import sign_in


def _request_from(client):
    request = RequestFactory().get("/")
    request.user = _user_of(client)
    request.session = client.session
    return request


def _user_of(client):
    return get_user(client)


def test_the_owner_is_told_without_asking_again(client, case, alice):
    client.force_login(alice)
    request = _request_from(client)
    found = get_case_for(request, case.pk)
    with CaptureQueriesContext(connection) as queries:
        assert is_owner(request, found) is True
    assert len(queries) == 0


def test_a_volunteer_with_a_share_is_not_the_owner(client, case, volunteer, shared):
    sign_in(client, volunteer)
    request = _request_from(client)
    request.user.is_verified = lambda: True  # what django-otp's middleware sets for this session
    found = get_case_for(request, case.pk)
    with CaptureQueriesContext(connection) as queries:
        assert is_owner(request, found) is False
    assert len(queries) == 0


def test_a_case_from_elsewhere_is_still_checked_in_the_database(client, case, alice, volunteer):
    client.force_login(alice)
    assert is_owner(_request_from(client), Case.objects.get(pk=case.pk)) is True
    sign_in(client, volunteer)
    assert is_owner(_request_from(client), Case.objects.get(pk=case.pk)) is False
