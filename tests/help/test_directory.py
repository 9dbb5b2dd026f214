import json
import re

import pytest
from django.urls import reverse

from assistant.help.directory import DIRECTORY_FILE, directory
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db
URL = "/en/help/directory/"
# The numbers FACTS.md gives; 12368 is marked [V] there.
FACTS_NUMBERS = {"110", "12378", "12363", "12315", "12348", "12356", "12368"}
UNCONFIRMED = {"12368"}


def entries():
    return [
        e for group in json.loads(DIRECTORY_FILE.read_text())["groups"] for e in group["entries"]
    ]


def test_it_lists_complaint_channels_legal_aid_support_and_the_police(client):
    text = client.get(URL).text
    for number in ("12378", "12363", "12348", "12356", "110"):
        assert f'href="tel:{number}"' in text
    assert "Where to complain, in this order" in text
    assert "Free legal help" in text
    assert "Someone to talk to" in text


def test_every_entry_says_what_it_handles_what_to_prepare_and_how_long(client):
    text = client.get(URL).text
    assert text.count("Have ready") == text.count("How long an answer takes") == len(entries())
    assert "within 15 days when the facts are clear" in text


def test_every_entry_has_a_last_verified_date(client):
    text = client.get(URL).text
    for entry in entries():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["last_verified"])
    shown = text.count("Last verified 2026-12-01") + text.count("Last verified 2026-12-03")
    assert shown == len(entries()) > 0


def test_only_numbers_facts_gives_and_unconfirmed_ones_are_marked(client):
    for entry in entries():
        if entry["phone"]:
            assert entry["phone"] in FACTS_NUMBERS
            assert entry["number_confirmed"] == (entry["phone"] not in UNCONFIRMED)
    court = client.get(URL).text.split('id="court_12368"')[1].split("</article>")[0]
    assert "Not yet confirmed: check this on the official website." in court


def test_it_cites_the_reply_deadlines(client):
    assert "银行业保险业消费投诉处理管理办法" in client.get(URL).text


def test_it_is_in_chinese_by_default(client):
    text = client.get(reverse("help:directory")).text
    assert "12356 全国心理援助热线" in text
    assert "去哪里投诉" in text


def test_each_language_has_every_text():
    for language in ("zh-hans", "en"):
        for group in directory(language):
            for entry in group["entries"]:
                assert all(entry[key] for key in ("name", "handles", "prepare", "response"))


@pytest.mark.parametrize("page", ["home", "help:call_now"])
def test_it_is_linked_from_home_and_call_now(client, page):
    assert f'href="{reverse("help:directory")}"' in client.get(reverse(page)).text


def test_it_is_linked_from_the_case_page(client):
    case = own(client, "xinyongfei-day5")
    assert f'href="{reverse("help:directory")}"' in client.get(f"/zh-hans/cases/{case.pk}/").text


@pytest.mark.parametrize("page", ["home", "help:call_now"])
def test_the_scam_warnings_are_linked_from_home_and_call_now(client, page):
    assert 'href="/zh-hans/rights/scam-warnings/"' in client.get(reverse(page)).text
