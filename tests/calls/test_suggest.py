import re

import pytest

from tests.calls.conftest import url

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def test_it_lists_what_the_text_suggests_without_ticking_anything(client, empty_case):
    response = client.get(url("suggest", empty_case), {"summary": "不还就爆通讯录"}, headers=HTMX)
    assert "Threat to tell your family or contacts" in response.text
    assert "Tick these" in response.text
    assert "checked" not in response.text


def test_it_leaves_out_what_is_already_ticked(client, empty_case):
    response = client.get(
        url("suggest", empty_case),
        {"summary": "不还就爆通讯录", "conduct": "threat_contact_third_party"},
        headers=HTMX,
    )
    assert "Tick these" not in response.text


def test_tick_these_returns_the_boxes_with_the_suggestions_and_earlier_ticks_checked(
    client, empty_case
):
    response = client.get(
        url("suggest", empty_case),
        {"tick": "1", "summary": "说要上门", "conduct": "insult"},
        headers=HTMX,
    )
    checked = re.findall(r'value="(\w+)"[^>]*checked', response.text)
    assert sorted(checked) == ["insult", "threat_visit"]
    assert 'id="conduct-area"' in response.text


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    response = client.get(url("suggest", someone_elses_case), {"summary": "坐牢"}, headers=HTMX)
    assert response.status_code == 404


def test_it_says_which_words_each_suggestion_comes_from(client, empty_case):
    summary = "一小时内结清，否则将联系身边人"
    response = client.get(url("suggest", empty_case), {"summary": summary}, headers=HTMX)
    assert "Threat to tell your family or contacts" in response.text
    assert "suggested because: <q>联系身边人</q>" in response.text


def test_the_borrowers_own_situation_suggests_nothing_on_the_form(client, empty_case):
    summary = "我家人生病住院，所以没能按时还款"
    response = client.get(url("suggest", empty_case), {"summary": summary}, headers=HTMX)
    assert "Tick these" not in response.text
