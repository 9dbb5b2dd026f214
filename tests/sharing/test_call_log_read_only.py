"""A volunteer with a share reads and exports the borrower's call log but never changes it:
the log is the borrower's own evidence. The borrower still has every control."""

import pytest
from django.urls import reverse

from assistant.calls.history import delete_call
from assistant.calls.models import Call, Evidence
from tests.accounts.conftest import PASSWORD, add_call_with_file
from tests.sharing.conftest import sign_in


@pytest.fixture
def logged(case):
    call, item = add_call_with_file(case)
    return call, item


def test_the_volunteer_sees_the_log_without_the_controls(client, case, logged, volunteer, shared):
    call, _ = logged
    sign_in(client, volunteer)
    url = reverse("calls:list", args=[case.pk])
    page = client.get(f"{url}?saved={call.pk}").content.decode()
    assert "威胁" in page
    assert reverse("calls:confirm", args=[case.pk, call.pk]) not in page
    assert reverse("calls:export_csv", args=[case.pk]) in page
    assert reverse("calls:new", args=[case.pk]) not in page
    assert reverse("calls:edit", args=[case.pk, call.pk]) not in page
    assert reverse("calls:delete", args=[case.pk, call.pk]) not in page
    assert reverse("calls:attach", args=[case.pk, call.pk]) not in page


def test_the_owner_still_sees_every_control(client, case, logged, shared):
    call, _ = logged
    client.login(username="alice", password=PASSWORD)
    page = client.get(reverse("calls:list", args=[case.pk])).content.decode()
    for name in ("calls:edit", "calls:delete", "calls:attach"):
        assert reverse(name, args=[case.pk, call.pk]) in page
    assert reverse("calls:new", args=[case.pk]) in page


def test_the_volunteer_reads_the_export_and_the_files(client, case, logged, volunteer, shared):
    from assistant.sharing.models import AuditEntry

    call, item = logged
    sign_in(client, volunteer)
    export = client.get(reverse("calls:export_csv", args=[case.pk]))
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    csv_text = export.content.decode("utf-8-sig")
    assert "威胁" in csv_text and "2026-11-19" in csv_text
    evidence = client.get(reverse("calls:evidence", args=[case.pk, item.pk]))
    assert b"".join(evidence.streaming_content) == b"%PDF-1.4 evidence"
    looks = AuditEntry.objects.filter(case=case, volunteer=volunteer)
    assert sorted(looks.values_list("url_name", flat=True)) == [
        "calls:evidence",
        "calls:export_csv",
    ]


def test_the_volunteer_cannot_add_edit_delete_or_attach(client, case, logged, volunteer, shared):
    call, _ = logged
    calls = Call.objects.filter(case=case).count()
    sign_in(client, volunteer)
    posts = {
        reverse("calls:new", args=[case.pk]): {"at": "2026-11-20T10:00", "channel": "phone"},
        reverse("calls:edit", args=[case.pk, call.pk]): {"summary": "改掉", "channel": "sms"},
        reverse("calls:delete", args=[case.pk, call.pk]): {},
        reverse("calls:attach", args=[case.pk, call.pk]): {},
        reverse("calls:confirm", args=[case.pk, call.pk]): {"code": "threats"},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 404, url
    call.refresh_from_db()
    assert call.summary == "威胁"
    assert call.conduct == []
    assert Call.objects.filter(case=case).count() == calls
    assert Evidence.objects.count() == 1


def test_the_volunteer_cannot_undo_the_borrowers_delete(client, case, logged, volunteer, shared):
    call, _ = logged
    change = delete_call(call)
    sign_in(client, volunteer)
    url = reverse("calls:undo", args=[case.pk, change.pk])
    assert client.post(url).status_code == 404
    assert not Call.objects.filter(pk=call.pk).exists()
    page = client.get(reverse("calls:list", args=[case.pk]) + f"?undo={change.pk}")
    assert url not in page.content.decode()


def test_the_case_page_offers_a_volunteer_the_log_but_not_logging(client, case, volunteer, shared):
    sign_in(client, volunteer)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert reverse("calls:list", args=[case.pk]) in page
    assert reverse("calls:new", args=[case.pk]) not in page
    client.logout()
    client.login(username="alice", password=PASSWORD)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert reverse("calls:new", args=[case.pk]) in page
