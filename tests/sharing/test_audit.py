"""Every volunteer view or change of a shared case is in the audit log; owners' are not."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from assistant.sharing.models import AuditEntry
from tests.accounts.conftest import PASSWORD, add_call_with_file, add_letter
from tests.sharing.conftest import sign_in, sign_in_staff


@pytest.fixture
def things(case):
    call, evidence = add_call_with_file(case)
    return {"call": call, "file": evidence, "letter": add_letter(case)}


VIEWS = [
    ("cases:detail", lambda c, t: [c.pk]),
    ("calls:list", lambda c, t: [c.pk]),
    ("calls:evidence", lambda c, t: [c.pk, t["file"].pk]),
    ("calls:export_csv", lambda c, t: [c.pk]),
    ("letters:new", lambda c, t: [c.pk, "complaint_lender"]),
    ("letters:detail", lambda c, t: [t["letter"].pk]),
    ("calls:evidence_html", lambda c, t: [c.pk]),
]


@pytest.mark.parametrize("name,args", VIEWS, ids=[n for n, _ in VIEWS])
def test_each_volunteer_view_is_logged_once(client, case, things, volunteer, shared, name, args):
    sign_in(client, volunteer)
    assert client.get(reverse(name, args=args(case, things))).status_code == 200
    entry = AuditEntry.objects.get()
    assert (entry.case, entry.volunteer, entry.url_name, entry.method) == (
        case,
        volunteer,
        name,
        "GET",
    )


def test_a_change_is_logged_with_its_method(client, case, volunteer, shared):
    sign_in(client, volunteer)
    client.post(reverse("sharing:add_note", args=[case.pk]), {"text": "已核对还款计划"})
    entry = AuditEntry.objects.get()
    assert (entry.url_name, entry.method, entry.is_change) == ("sharing:add_note", "POST", True)


def test_the_owner_looking_is_not_logged(client, case, things, shared):
    client.login(username="alice", password=PASSWORD)
    client.get(reverse("cases:detail", args=[case.pk]))
    client.get(reverse("calls:list", args=[case.pk]))
    assert not AuditEntry.objects.exists()


def test_a_refused_look_is_not_logged_as_a_look(client, case, volunteer):
    sign_in(client, volunteer)
    client.get(reverse("cases:detail", args=[case.pk]))
    assert not AuditEntry.objects.exists()


def test_a_volunteer_whose_session_skipped_the_second_factor_gets_nothing(
    client, case, volunteer, shared
):
    client.force_login(volunteer)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert not AuditEntry.objects.exists()


def test_the_owner_sees_who_looked_at_what(client, case, volunteer, shared):
    sign_in(client, volunteer)
    client.get(reverse("calls:list", args=[case.pk]))
    client.login(username="alice", password=PASSWORD)
    page = client.get(reverse("cases:detail", args=[case.pk]), HTTP_ACCEPT_LANGUAGE="en")
    text = page.content.decode()
    assert "wang.volunteer" in text and "通话记录" in text  # the URL is the Chinese one
    log = client.get(reverse("sharing:log", args=[case.pk])).content.decode()
    assert "wang.volunteer" in log


def test_an_admin_exports_the_log_as_csv(client, case, volunteer, shared):
    sign_in(client, volunteer)
    client.get(reverse("cases:detail", args=[case.pk]))
    client.get(reverse("calls:list", args=[case.pk]))
    admin = get_user_model().objects.create_superuser("root", password=PASSWORD)
    sign_in_staff(client, admin)
    response = client.post(
        reverse("admin:sharing_auditentry_changelist"),
        {
            "action": "export_csv",
            "_selected_action": list(AuditEntry.objects.values_list("pk", flat=True)),
        },
    )
    assert response.status_code == 200, response.content[:500]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["at", "case_id", "volunteer_name", "url_name", "method"]
    assert [r[3] for r in rows[1:]] == ["cases:detail", "calls:list"]
    assert {r[2] for r in rows[1:]} == {"wang.volunteer"}
