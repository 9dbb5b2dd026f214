import re

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


def test_log_this_call_goes_to_the_quick_call_log_with_or_without_debts(client):
    assert client.get(URL).text.count('href="/en/calls/quick/"') == 2
    own(client, "xinyongfei-day5")
    own(client, "huabei-day40-flood")
    assert client.get(URL).text.count('href="/en/calls/quick/"') == 2


def test_log_this_call_comes_before_what_to_say(client):
    text = client.get(URL).text
    assert text.index('href="/en/calls/quick/"') < text.index('id="say-h"')


def test_the_helplines_are_tap_to_call(client):
    text = client.get(URL).text
    for number in ("110", "12348", "12356"):
        assert f'href="tel:{number}"' in text


def test_what_they_must_not_do_is_a_list_with_its_sources_folded_below(client):
    text = client.get(URL).text
    listed = text[text.index('<ul class="must-not">') : text.index("</ul>", text.index("must-not"))]
    assert listed.count("<li>") == 5 and 'class="source"' not in listed
    folded = text[text.index('<details class="must-not-sources">') :]
    assert folded.index('class="source"') < folded.index("</details>")


def test_it_is_in_chinese_by_default(client):
    text = client.get(reverse("help:call_now")).text
    assert "他们不能做的事" in text


def test_checking_a_court_message_with_12368_carries_the_check_the_official_text_mark(client):
    text = client.get("/en/help/call-now/").text
    truth = text[text.index('id="truth-h"') :]
    assert re.search(r'人民法院诉讼服务热线 12368[^<]*</cite><span class="caveat-mark"', truth)
    assert "check the official text" in text
