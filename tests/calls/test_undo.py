import pytest

from assistant.calls.models import Call, CallChange
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def undo(client, case, change):
    return client.post(url("undo", case, pk=change.pk))


def test_undoing_a_delete_brings_the_call_back(client, empty_case):
    call = add_call(empty_case, "2026-11-19T22:30+08:00", summary="半夜打来")
    client.post(url("delete", empty_case, pk=call.pk))
    response = undo(client, empty_case, CallChange.objects.get())
    assert response["Location"] == f"{url('list', empty_case)}?undone=delete#call-{call.pk}"
    page = client.get(response["Location"]).text
    assert "半夜打来" in page
    assert "Undone: the call is back in your log." in page
    assert Call.objects.get(pk=call.pk).deleted_at is None


def test_undoing_an_edit_puts_back_every_earlier_value(client, empty_case):
    call = add_call(
        empty_case,
        "2026-11-19T10:00+08:00",
        summary="原来的",
        collector="王经理",
        duration_minutes=5,
        conduct=["insult"],
        answered=False,
    )
    before = call.snapshot()
    client.post(
        url("edit", empty_case, pk=call.pk),
        {"at": "2026-11-19T23:00", "channel": "sms", "summary": "改错了"},
    )
    undo(client, empty_case, CallChange.objects.get())
    call.refresh_from_db()
    assert call.snapshot() == before


def test_an_undo_is_kept_in_the_history_with_what_it_replaced(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="原来的")
    client.post(
        url("edit", empty_case, pk=call.pk),
        {"at": "2026-11-19T10:00", "channel": "phone", "summary": "第二版"},
    )
    undo(client, empty_case, CallChange.objects.get())
    kinds = [(c.kind, c.before["summary"]) for c in call.changes.all()]
    assert kinds == [("edit", "原来的"), ("undo", "第二版")]


def test_a_change_cannot_be_undone_twice(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    client.post(url("delete", empty_case, pk=call.pk))
    change = CallChange.objects.get()
    undo(client, empty_case, change)
    response = undo(client, empty_case, change)
    assert response["Location"] == f"{url('list', empty_case)}?undone=stale"
    assert "can no longer be undone" in client.get(response["Location"]).text


def test_an_older_change_cannot_be_undone_over_a_newer_one(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="一")
    for text in ("二", "三"):
        client.post(
            url("edit", empty_case, pk=call.pk),
            {"at": "2026-11-19T10:00", "channel": "phone", "summary": text},
        )
    first = call.changes.first()
    undo(client, empty_case, first)
    call.refresh_from_db()
    assert call.summary == "三"


def test_the_undo_offer_is_not_shown_for_a_change_already_undone(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    client.post(url("delete", empty_case, pk=call.pk))
    change = CallChange.objects.get()
    undo(client, empty_case, change)
    page = client.get(f"{url('list', empty_case)}?undo={change.pk}").text
    assert "Deleted." not in page


def test_undo_needs_a_post(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    client.post(url("delete", empty_case, pk=call.pk))
    assert client.get(url("undo", empty_case, pk=CallChange.objects.get().pk)).status_code == 405


def test_a_change_to_another_case_cannot_be_undone(client, empty_case, someone_elses_case):
    theirs = Call.objects.filter(case=someone_elses_case).first()
    theirs.deleted_at = theirs.at
    theirs.save()
    change = CallChange.objects.create(call=theirs, kind="delete", before=theirs.snapshot())
    assert undo(client, empty_case, change).status_code == 404
    assert undo(client, someone_elses_case, change).status_code == 404
    assert Call.all_objects.get(pk=theirs.pk).deleted_at is not None
    assert client.get(f"{url('list', empty_case)}?undo={change.pk}").status_code == 200
