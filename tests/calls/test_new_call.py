import re

import pytest

from assistant.calls.models import Call
from tests.calls.conftest import url

pytestmark = pytest.mark.django_db


def post(client, case, htmx=False, **fields):
    data = {"at": "2026-11-20T10:15", "channel": "phone", **fields}
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(url("new", case), data, headers=headers)


def test_the_form_opens_with_the_time_now_in_shanghai(client, empty_case):
    text = client.get(url("new", empty_case)).text
    assert 'type="datetime-local"' in text
    assert 'value="2026-11-21T12:00"' in text


def test_every_conduct_box_has_its_plain_explanation(client, empty_case):
    text = client.get(url("new", empty_case)).text
    assert text.count('name="conduct"') == 14
    assert "Collectors must never pose as police, courts or other authorities" in text


def test_time_and_channel_are_enough_to_log_a_call(client, empty_case):
    post(client, empty_case)
    call = Call.objects.get(case=empty_case)
    assert (call.channel, call.answered, call.summary, call.conduct) == ("phone", True, "", [])
    assert call.at.isoformat() == "2026-11-20T02:15:00+00:00"


def test_saving_redirects_to_the_list_with_the_new_entry(client, empty_case):
    response = post(client, empty_case, summary="提醒还款")
    call = Call.objects.get(case=empty_case)
    assert response.status_code == 302
    assert response["Location"] == f"{url('list', empty_case)}?saved={call.pk}#call-{call.pk}"
    assert "提醒还款" in client.get(response["Location"]).text


def test_everything_typed_is_stored(client, empty_case):
    post(
        client,
        empty_case,
        channel="wechat",
        answered="no",
        number="0755-0000000",
        organisation="某某资产管理",
        collector="王经理",
        duration_minutes="６分钟",
        summary="说要上门",
        conduct=["threat_visit", "insult"],
    )
    call = Call.objects.get(case=empty_case)
    assert call.channel == "wechat" and call.answered is False
    assert call.number == "0755-0000000"
    assert (call.organisation, call.collector) == ("某某资产管理", "王经理")
    assert call.duration_minutes == 6
    assert call.conduct == ["threat_visit", "insult"]


def test_with_htmx_the_saved_entry_appears_in_place_with_its_flags(client, empty_case):
    response = post(client, empty_case, htmx=True, at="2026-11-20T22:30", summary="又打来了")
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="quick-entry"' in response.text
    assert "Saved in your call log" in response.text
    assert "又打来了" in response.text
    assert "Contact outside permitted hours" in response.text
    assert response.context["form"].is_bound is False


def test_with_htmx_the_saved_entry_offers_what_its_text_suggests(client, empty_case):
    response = post(client, empty_case, htmx=True, summary="说要让你坐牢")
    assert "we think this may also be" in response.text
    assert 'value="threat_arrest"' in response.text
    assert Call.objects.get(case=empty_case).conduct == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("at", "2026-02-30T10:00"),
        ("at", "99999-01-01T10:00"),
        ("at", "1900-01-01T10:00"),
        ("at", "2027-06-01T10:00"),
        ("at", ""),
        ("channel", "fax"),
        ("duration_minutes", "-5"),
        ("duration_minutes", "9" * 400),
        ("duration_minutes", "五分钟"),
        ("number", "1" * 51),
        ("collector", "王" * 101),
        ("summary", "骂" * 4001),
        ("conduct", "not_a_code"),
    ],
)
def test_a_bad_value_comes_back_as_a_message_with_everything_typed(
    client, empty_case, field, value
):
    typed = {"organisation": "某某资产管理", "summary": "说要联系我父母", field: value}
    response = post(client, empty_case, **typed)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.text
    assert "某某资产管理" in response.text
    if field != "summary":
        assert "说要联系我父母" in response.text
    assert not Call.objects.exists()


def test_a_missing_channel_is_explained(client, empty_case):
    response = client.post(url("new", empty_case), {"at": "2026-11-20T10:15"})
    assert "Please choose how they contacted you." in response.text


def test_an_impossible_date_is_explained_in_chinese(client, empty_case):
    response = client.post(url("new", empty_case, "zh-hans"), {"at": "2026-02-30T10:00"})
    assert "请" in response.context["form"].errors["at"][0]


def test_with_htmx_errors_come_back_in_place(client, empty_case):
    response = post(client, empty_case, htmx=True, duration_minutes="-1")
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "Minutes cannot be less than 0." in response.text
    assert 'value="-1"' in response.text


def test_tick_these_without_javascript_ticks_the_suggestions_and_saves_nothing(client, empty_case):
    response = post(client, empty_case, tick="1", summary="说明天上门", conduct=["insult"])
    form = response.context["form"]
    assert set(form["conduct"].value()) == {"insult", "threat_visit"}
    assert re.search(r'value="threat_visit"[^>]*checked', response.text)
    assert not Call.objects.exists()


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    assert client.get(url("new", someone_elses_case)).status_code == 404
    assert post(client, someone_elses_case).status_code == 404
    assert not Call.objects.filter(case=someone_elses_case, at__date="2026-11-20").exists()


def test_a_quick_save_button_sits_right_after_the_two_required_answers(client, my_case):
    text = client.get(f"/en/cases/{my_case.pk}/calls/new/").text
    assert text.index("Save now") < text.index('name="number"')
