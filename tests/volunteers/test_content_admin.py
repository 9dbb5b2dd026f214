"""The admin: only a verified staff session gets in; content admins can correct rights pages;
every change is recorded and readable."""

import datetime
from io import StringIO

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.management import call_command

from assistant.rights.models import RightsPage
from assistant.volunteers.roles import VOLUNTEERS_GROUP
from tests.volunteers.conftest import url
from tests.volunteers.helpers import PASSWORD, make_volunteer, verified_volunteer_client

ADMIN = url("admin:index")


def test_staff_with_a_password_only_are_sent_to_the_second_factor(client):
    get_user_model().objects.create_user("sam", password=PASSWORD, is_staff=True)
    client.login(username="sam", password=PASSWORD)
    response = client.get(ADMIN, follow=True)
    assert response.redirect_chain[-1][0].startswith(url("volunteer:enrol"))


def test_the_admin_log_in_goes_through_the_site_log_in(client):
    response = client.get(ADMIN, follow=True)
    assert response.redirect_chain[-1][0].startswith(url("account:log_in"))


def test_a_verified_superuser_reaches_the_admin(client):
    user = get_user_model().objects.create_superuser("root", password=PASSWORD)
    assert verified_volunteer_client(client, user).get(ADMIN).status_code == 200


def content_admin_client(client):
    return verified_volunteer_client(client, make_volunteer("cora", staff=True))


def test_a_content_admin_corrects_a_rights_page_and_the_change_is_recorded(client):
    page = RightsPage.objects.create(slug="negotiating", last_reviewed=datetime.date(2026, 1, 5))
    client = content_admin_client(client)
    response = client.post(
        url("admin:rights_rightspage_change", page.pk),
        {
            "slug": "negotiating",
            "order": "100",
            "last_reviewed": "2026-11-30",
            "sources": "[]",
            "texts-TOTAL_FORMS": "0",
            "texts-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.last_reviewed == datetime.date(2026, 11, 30)
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert entry.action_flag == CHANGE and entry.user.username == "cora"
    # The record of changes is readable in the admin, and cannot be edited there.
    listing = client.get(url("admin:admin_logentry_changelist"))
    assert listing.status_code == 200 and "negotiating" in listing.content.decode()
    assert client.get(url("admin:admin_logentry_change", entry.pk)).status_code == 200
    assert client.post(url("admin:admin_logentry_delete", entry.pk)).status_code == 403


def test_a_content_admin_cannot_manage_users(client):
    client = content_admin_client(client)
    assert client.get(url("admin:auth_user_changelist")).status_code == 403


def test_create_volunteer_adds_the_group_and_explains_the_second_factor():
    out = StringIO()
    call_command("create_volunteer", "lin", "--email", "lin@example.org", stdout=out)
    user = get_user_model().objects.get(username="lin")
    assert user.groups.filter(name=VOLUNTEERS_GROUP).exists()
    assert user.email == "lin@example.org" and not user.is_staff
    text = out.getvalue()
    assert "changepassword lin" in text and "recovery codes" in text
    assert url("volunteer:enrol", language="zh-hans") in text


def test_create_volunteer_can_make_an_existing_user_a_content_admin():
    get_user_model().objects.create_user("lin", password=PASSWORD)
    call_command("create_volunteer", "lin", "--content-admin", stdout=StringIO())
    user = get_user_model().objects.get(username="lin")
    assert user.is_staff and user.has_usable_password()
    assert user.has_perm("rights.change_rightspage") and user.has_perm("admin.view_logentry")
    assert not user.has_perm("auth.change_user")
