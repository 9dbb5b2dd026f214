from decimal import Decimal

import pytest
from django.urls import reverse

from assistant.assessment import money
from assistant.assessment.registry import default_registry
from assistant.help.apr import check_apr, threshold_percents

URL = "/en/help/apr-check/"
# The page shows sources with the admin's corrections, read from the database.
pytestmark = pytest.mark.django_db


def test_it_uses_the_engines_rate():
    result = check_apr(Decimal(10000), Decimal(950), 12, default_registry())
    assert result.apr == money.effective_apr(Decimal(10000), [Decimal(950)] * 12)
    assert result.total_repaid == Decimal("11400.00")


@pytest.mark.parametrize(
    ("instalment", "band"),
    [
        ("880", "below_threshold_low"),
        ("960", "between_thresholds"),
        ("1100", "above_threshold_high"),
    ],
)
def test_it_puts_the_rate_in_its_band(instalment, band):
    assert check_apr(Decimal(10000), Decimal(instalment), 12, default_registry()).band == band


def test_the_lines_come_from_the_registry():
    assert threshold_percents(default_registry()) == {"low": "24%", "high": "36%"}


def test_it_shows_the_real_yearly_rate(client):
    text = client.get(URL, {"received": "10000", "instalment": "1100", "months": "12"}).text
    assert "Real yearly rate (IRR): <strong>" in text
    rate = check_apr(Decimal(10000), Decimal(1100), 12, default_registry()).percent
    assert rate in text
    assert "above 36% per year" in text
    assert "You pay back ¥13200.00 in all." in text


def test_it_accepts_amounts_as_people_type_them(client):
    response = client.get(URL, {"received": "¥10,000", "instalment": "950元", "months": "12"})
    assert response.context["result"].apr is not None


def test_bad_input_keeps_what_was_typed_and_says_what_is_wrong(client):
    response = client.get(URL, {"received": "ten thousand", "instalment": "", "months": "0"})
    assert response.status_code == 200
    assert response.context["result"] is None
    text = response.text
    assert 'value="ten thousand"' in text
    assert "Enter the monthly payment, for example 950." in text
    assert 'id="id_months_error"' in text and 'value="0"' in text


def test_hostile_input_is_escaped(client):
    text = client.get(URL, {"received": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)</script>" not in text


def test_it_is_in_chinese_by_default(client):
    query = {"received": "", "instalment": "9", "months": "9"}
    text = client.get(reverse("help:apr_check"), query).text
    assert '<html lang="zh-hans">' in text
    assert 'id="id_received_error"' in text


def test_an_empty_form_shows_no_errors(client):
    text = client.get(URL).text
    assert 'class="error"' not in text
    assert 'method="get"' in text


def test_the_lines_cite_their_sources(client):
    text = client.get(URL).text
    assert "最高人民法院关于进一步加强金融审判工作的若干意见" in text
    assert "check the official text" in text
