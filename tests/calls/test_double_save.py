"""The same call saved twice is caught on save, and the borrower decides (issue 16)."""

import pytest

from assistant.calls.models import Call
from tests.calls.conftest import url

pytestmark = pytest.mark.django_db

SAME = {"at": "2026-11-20T10:15", "channel": "phone", "number": "0755-1234", "summary": "明天上门"}


def test_a_second_save_of_the_same_call_asks_first_and_keeps_what_was_typed(client, empty_case):
    client.post(url("new", empty_case), SAME)
    response = client.post(url("new", empty_case), {**SAME, "collector": "王经理"})
    assert response.status_code == 200  # the form again, as the call form answers bad input
    text = response.content.decode()
    assert "This call is already in your log" in text and 'name="keep_both"' in text
    assert 'value="王经理"' in text
    assert Call.objects.filter(case=empty_case).count() == 1


def test_keep_both_saves_the_second_call(client, empty_case):
    client.post(url("new", empty_case), SAME)
    response = client.post(url("new", empty_case), {**SAME, "keep_both": "on"})
    assert response.status_code == 302
    assert Call.objects.filter(case=empty_case).count() == 2


def test_a_call_a_minute_later_or_with_other_words_is_not_a_double(client, empty_case):
    client.post(url("new", empty_case), SAME)
    assert (
        client.post(url("new", empty_case), {**SAME, "at": "2026-11-20T10:16"}).status_code == 302
    )
    assert client.post(url("new", empty_case), {**SAME, "summary": "别的"}).status_code == 302
    assert Call.objects.filter(case=empty_case).count() == 3
