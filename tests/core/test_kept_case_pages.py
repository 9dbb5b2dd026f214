"""The case page and the call list are kept between one visitor's requests
(assistant/core/kept_pages.py). What is kept never reaches another visitor, and anything
that changes the case, the day or the content shows on the next request."""

import re

import pytest
import time_machine
from django.test import Client

from assistant.cases.models import CourtPaper
from assistant.core import kept_pages
from assistant.sharing.models import AuditEntry, Note
from tests.calls.conftest import add_call
from tests.cases.conftest import own
from tests.corrections.conftest import source_correction
from tests.sharing.conftest import make_volunteer, share, sign_in

pytestmark = pytest.mark.django_db


def page(client, case):
    response = client.get(f"/en/cases/{case.pk}/")
    assert response.status_code == 200
    return response.text


def call_list(client, case, query=""):
    response = client.get(f"/en/cases/{case.pk}/calls/{query}")
    assert response.status_code == 200
    return response.text


@pytest.fixture
def mine(client):
    return own(client, "xinyongfei-day5")


def test_another_borrower_gets_a_404_for_a_kept_page_and_their_own_case_on_theirs(client, mine):
    assert "信用飞" in page(client, mine)
    other = Client()
    theirs = own(other, "huabei-day40-flood", token="their-token")
    assert other.get(f"/en/cases/{mine.pk}/").status_code == 404
    assert other.get(f"/en/cases/{mine.pk}/calls/").status_code == 404
    assert client.get(f"/en/cases/{theirs.pk}/").status_code == 404
    their_page = page(other, theirs)
    assert "信用飞" not in their_page and "花呗" in their_page


def test_a_volunteer_gets_their_own_page_and_every_look_is_recorded(client, mine):
    assert "Log a call" in page(client, mine) and "Log a call" in call_list(client, mine)
    volunteer = make_volunteer()
    share(mine, volunteer)
    helper = sign_in(Client(), volunteer)
    for _ in range(2):
        shown = page(helper, mine)
        assert "You are looking at a case shared with you" in shown
        assert "Log a call" not in shown and "Make a share code" not in shown
        assert "Log a call" not in call_list(helper, mine)
    assert AuditEntry.objects.filter(case=mine).count() == 4
    # The owner's panel is not kept while a share is live: the looks show at once.
    assert page(client, mine).count("looked") >= 1
    assert "vera" not in page(client, mine)


def test_a_new_call_shows_at_once_on_both_pages(client, mine):
    before_page, before_list = page(client, mine), call_list(client, mine)
    assert "with threats of harm" not in before_page
    add_call(mine, "2026-11-21T09:00+08:00", summary="说要上门打断腿", conduct=["threat_violence"])
    assert "1 contact with threats of harm" in page(client, mine)
    assert "说要上门打断腿" in call_list(client, mine)
    assert call_list(client, mine) != before_list


def test_changes_under_the_case_show_at_once(client, mine):
    assert "Court deadlines" not in page(client, mine)
    CourtPaper.objects.create(case=mine, kind="payment_order", served_on="2026-11-19")
    assert "Court deadlines" in page(client, mine)
    Note.objects.create(case=mine, author_name="helper", text="记得保留录音")
    assert "记得保留录音" in page(client, mine)
    mine.refresh_from_db()
    mine.lender_name = "信用飞改名"
    mine.save()
    assert "信用飞改名" in page(client, mine)


def test_the_next_day_counts_one_day_more(client, mine):
    mine.as_of = None  # worked out as of today, not a date fixed in the file
    mine.save()
    days = re.compile(r"(\d+) days? overdue")
    today = int(days.search(page(client, mine)).group(1))
    with time_machine.travel("2026-11-22 12:00 +0800", tick=False):
        assert int(days.search(page(client, mine)).group(1)) == today + 1


def test_a_source_corrected_in_the_admin_shows_on_a_kept_case_page(client, mine):
    add_call(
        mine, "2026-11-21T09:00+08:00", summary="打电话给我同事", conduct=["contacted_third_party"]
    )
    assert "art. 1033 (checked)" not in page(client, mine)
    source_correction("civil_code_1033", article_en="art. 1033 (checked)")
    assert "art. 1033 (checked)" in page(client, mine)


def test_a_kept_form_carries_this_requests_valid_csrf_token(mine):
    client = Client(enforce_csrf_checks=True)
    session = client.session
    session["anxin_owner"] = mine.owner_token
    session.save()
    for _ in range(2):  # built, then kept
        shown = page(client, mine)
    token = re.search(r'action="[^"]*/sharing/code/"[^>]*>\s*<input[^>]*value="([^"]+)"', shown)
    assert token and kept_pages.CSRF_MARKER not in shown
    response = client.post(
        f"/en/cases/{mine.pk}/sharing/code/", {"csrfmiddlewaretoken": token.group(1)}
    )
    assert response.status_code == 302
    # The new code is shown once, then not again.
    assert "Read this code to the volunteer" in page(client, mine)
    assert "Read this code to the volunteer" not in page(client, mine)


def test_two_sessions_of_one_account_never_share_a_kept_part(alice):
    from tests.accounts.conftest import case_of

    case = case_of(alice)
    phone, laptop = Client(), Client()
    phone.force_login(alice)
    laptop.force_login(alice)
    page(phone, case)
    page(laptop, case)
    keys = [key for key in kept_pages.caches[kept_pages.CACHE]._cache if f":{case.pk}:" in key]
    sessions = {phone.session.session_key, laptop.session.session_key}
    assert {s for s in sessions for key in keys if f":{s}:" in key} == sessions


def test_the_call_list_keeps_each_page_and_filter_apart(client, mine):
    for hour in range(25):
        add_call(mine, f"2026-11-20T{hour % 24:02d}:{hour:02d}+08:00", summary=f"第{hour}通")
    first, second = call_list(client, mine), call_list(client, mine, "?page=2")
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert "No logged contact matches these filters" in call_list(
        client, mine, "?flag=threat_violence"
    )
    assert "第23通" in call_list(client, mine) and "第23通" not in call_list(
        client, mine, "?page=2"
    )


def test_the_check_the_official_text_legend_shows_on_a_kept_view_too(client, db):
    # A kept part is not rendered again, so what it cites is kept with it.
    case = own(client, "card-95days-fake-summons")
    built, kept = page(client, case), page(client, case)
    assert 'class="caveat-mark"' in built
    assert built.count('class="caveat-legend"') == kept.count('class="caveat-legend"') == 1
