import pytest
from django.urls import reverse

from tests.cases.conftest import own

pytestmark = pytest.mark.django_db
URL = "/en/help/call-now/"


def test_it_says_what_to_ask_and_what_they_must_not_do(client):
    text = client.get(URL).text
    assert "who authorised you" in text.lower()
    assert "Pretend to be the police" in text


def test_every_rule_cites_its_source_with_a_review_date(client):
    text = client.get(URL).text
    assert "中华人民共和国个人信息保护法" in text
    assert text.count('class="source"') == text.count("last reviewed") > 5


def test_the_quiet_hours_come_from_the_source_registry(client):
    assert "between 22:00 and 08:00" in client.get(URL).text


def test_without_a_debt_it_offers_to_start_one(client):
    assert 'href="/en/cases/new/"' in client.get(URL).text


def test_with_one_debt_it_goes_straight_to_logging_the_call(client):
    case = own(client, "xinyongfei-day5")
    response = client.get(URL)
    assert response.context["log_links"][0]["case"] == case
    assert "Log this call now" in response.text


def test_with_several_debts_it_asks_which_one(client):
    own(client, "xinyongfei-day5")
    own(client, "huabei-day40-flood")
    assert "for which debt" in client.get(URL).text


def test_it_is_in_chinese_by_default(client):
    text = client.get(reverse("help:call_now")).text
    assert "他们不能做的事" in text
