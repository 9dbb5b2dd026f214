import re

import pytest

from assistant.calls.models import Call, CallChange
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def edit_url(case, call, language="en"):
    return url("edit", case, language, pk=call.pk)


def test_the_edit_form_is_filled_in_with_what_was_logged(client, empty_case):
    call = add_call(
        empty_case,
        "2026-11-19T22:30+08:00",
        summary="说要上门",
        conduct=["threat_visit"],
        answered=False,
    )
    text = client.get(edit_url(empty_case, call)).text
    assert 'value="2026-11-19T22:30"' in text
    assert "说要上门</textarea>" in text
    assert re.search(
        r'<input type="checkbox" name="conduct" value="threat_visit"[^>]* checked>', text
    )
    assert re.search(r'<input type="radio" name="answered" value="no"[^>]* checked>', text)


def test_saving_an_edit_changes_the_call_and_offers_undo(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="提醒还款")
    response = client.post(
        edit_url(empty_case, call),
        {"at": "2026-11-19T22:40", "channel": "wechat", "summary": "改过的内容"},
    )
    change = CallChange.objects.get(call=call)
    assert response.status_code == 302
    assert response["Location"] == f"{url('list', empty_case)}?undo={change.pk}#call-{call.pk}"
    call.refresh_from_db()
    assert (call.channel, call.summary) == ("wechat", "改过的内容")
    assert change.before["summary"] == "提醒还款"
    page = client.get(response["Location"]).text
    assert "Changed." in page
    assert url("undo", empty_case, pk=change.pk) in page


def test_an_edit_that_changes_nothing_offers_no_undo(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    response = client.post(
        edit_url(empty_case, call), {"at": "2026-11-19T10:00", "channel": "phone"}
    )
    assert response["Location"] == f"{url('list', empty_case)}#call-{call.pk}"
    assert not CallChange.objects.exists()


def test_a_bad_edit_comes_back_with_everything_typed(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="原来的")
    response = client.post(
        edit_url(empty_case, call),
        {"at": "not a time", "channel": "phone", "summary": "新写的 <b>字</b>"},
    )
    assert response.status_code == 200
    assert "Please enter a real date and time" in response.text
    assert "新写的 &lt;b&gt;字&lt;/b&gt;</textarea>" in response.text
    call.refresh_from_db()
    assert call.summary == "原来的"


def test_tick_these_without_javascript_ticks_the_suggestions_in_the_edit_form(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00")
    response = client.post(
        edit_url(empty_case, call),
        {"at": "2026-11-19T10:00", "channel": "phone", "summary": "说要上门", "tick": "1"},
    )
    assert response.status_code == 200
    assert response.context["form"]["conduct"].value() == ["threat_visit"]
    call.refresh_from_db()
    assert call.summary == ""


def test_a_call_of_another_case_cannot_be_edited(client, empty_case, someone_elses_case):
    theirs = Call.objects.filter(case=someone_elses_case).first()
    assert client.get(edit_url(empty_case, theirs)).status_code == 404
    response = client.post(
        edit_url(empty_case, theirs), {"at": "2026-11-19T10:00", "channel": "sms"}
    )
    assert response.status_code == 404
    assert client.get(edit_url(someone_elses_case, theirs)).status_code == 404
