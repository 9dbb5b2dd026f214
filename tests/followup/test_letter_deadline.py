"""The letter and the tracker name the same reply day; a new record starts on today's date."""

import re

import pytest
from django.urls import reverse

from assistant.followup.models import SentItem
from assistant.followup.tracking import ASKED_REPLY_DAYS
from assistant.letters.kinds import KINDS, build_content
from tests.accounts.conftest import add_letter
from tests.cases.conftest import own
from tests.followup.conftest import url

SENT = {"version": "1", "sent_on": "2026-11-10", "sent_channel": "post", "sent_reference": ""}


def asked_in_letter(case, kind):
    """The "within N days" a letter of `kind` asks for its answer, read from its requests."""
    requests = " ".join(str(r) for r in build_content(case, kind, {})["requests"])
    found = re.findall(r"(\d+)日内", requests)
    return int(found[0]) if found else None


@pytest.mark.parametrize("kind", KINDS)
def test_the_tracker_knows_the_reply_time_each_letter_asks_for(client, kind):
    case = own(client, "xinyongfei-day5")
    assert ASKED_REPLY_DAYS.get(kind) == asked_in_letter(case, kind)


def test_a_platform_complaint_is_due_when_the_letter_asked(client, travel):
    travel("2026-11-12 09:00 +0800")
    case = own(client, "xinyongfei-day5")  # an online platform: no rule binds its reply time
    letter = add_letter(case, "complaint_lender")
    client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    assert SentItem.objects.get(letter=letter)
    page = client.get(url("cases:detail", case.pk)).content.decode()
    assert "Your letter asked for an answer within 15 days: by 2026-11-25." in page


def test_a_bank_complaint_keeps_the_rules_15_days(client, travel):
    travel("2026-11-12 09:00 +0800")
    case = own(client, "huabei-day40-flood")
    letter = add_letter(case, "complaint_lender")
    client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    assert "Due by 2026-11-25" in client.get(url("cases:detail", case.pk)).content.decode()


def test_the_sent_date_starts_as_today(client, huabei, travel):
    travel("2026-11-20 09:00 +0800")
    page = client.get(url("followup:new", huabei.pk)).content.decode()
    assert 'value="2026-11-20"' in page
    letter = add_letter(huabei, "complaint_lender")
    assert 'value="2026-11-20"' in client.get(reverse("letters:detail", args=[letter.pk])).text


def test_the_trackers_link_says_what_it_holds(client, huabei):
    page = client.get(url("cases:detail", huabei.pk)).content.decode()
    assert "Everything you sent, and a court payment order" in page
