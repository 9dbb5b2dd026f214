import pytest

from assistant.calls.models import Call, CallChange
from assistant.cases.records import assess_case, case_to_file
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def delete_url(case, call):
    return url("delete", case, pk=call.pk)


def test_delete_asks_for_confirmation_first(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="提醒还款")
    response = client.get(delete_url(empty_case, call))
    assert response.status_code == 200
    assert "Delete this call?" in response.text
    assert "提醒还款" in response.text
    assert Call.objects.filter(pk=call.pk).exists()


def test_deleting_hides_the_call_and_offers_undo(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="提醒还款")
    response = client.post(delete_url(empty_case, call))
    change = CallChange.objects.get(call=call, kind="delete")
    assert response["Location"] == f"{url('list', empty_case)}?undo={change.pk}"
    page = client.get(response["Location"]).text
    assert "Deleted." in page
    assert "提醒还款" not in page
    assert Call.all_objects.get(pk=call.pk).deleted_at is not None


def test_a_deleted_call_leaves_the_flags_the_exports_and_the_case_file(client, empty_case):
    late = add_call(empty_case, "2026-11-19T22:30+08:00", summary="半夜打来")
    client.post(delete_url(empty_case, late))
    assert assess_case(empty_case)["flags"] == []
    assert "calls" not in case_to_file(empty_case)
    assert "半夜打来" not in client.get(url("export_csv", empty_case)).text
    assert "Contact outside permitted hours" not in client.get(f"/en/cases/{empty_case.pk}/").text


def test_flags_of_other_calls_still_point_at_the_right_call(client, empty_case):
    first = add_call(empty_case, "2026-11-19T10:00+08:00")
    late = add_call(empty_case, "2026-11-19T22:30+08:00")
    client.post(delete_url(empty_case, first))
    rows = client.get(url("list", empty_case)).context["page"].object_list
    assert [(row["call"], [f["code"] for f in row["flags"]]) for row in rows] == [
        (late, ["outside_hours"])
    ]


def test_delete_needs_a_post(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    client.get(delete_url(empty_case, call))
    assert not CallChange.objects.exists()


def test_a_call_of_another_case_cannot_be_deleted(client, empty_case, someone_elses_case):
    theirs = Call.objects.filter(case=someone_elses_case).first()
    assert client.post(delete_url(empty_case, theirs)).status_code == 404
    assert client.post(delete_url(someone_elses_case, theirs)).status_code == 404
    assert Call.objects.filter(pk=theirs.pk).exists()


def test_a_deleted_call_cannot_be_edited_or_deleted_again(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    client.post(delete_url(empty_case, call))
    assert client.post(delete_url(empty_case, call)).status_code == 404
    assert client.get(url("edit", empty_case, pk=call.pk)).status_code == 404
