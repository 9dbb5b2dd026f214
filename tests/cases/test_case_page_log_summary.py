"""The case page reads the call log through a summary kept under the case's calls_version:
each case shows its own log, and a change to the log shows at once."""

import pytest
from django.test import Client

from assistant.calls.history import delete_call
from tests.calls.conftest import add_call
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db

LATE = "2026-11-19T23:10+08:00"  # after the collection window: "outside_hours"


def flag_lines(client, case):
    page = client.get(f"/en/cases/{case.pk}/").text
    if 'id="flags-h"' not in page:
        return ""
    return page.split('id="flags-h"')[1].split("</section>")[0]


def test_each_borrower_sees_the_flags_of_their_own_log_only(client):
    mine = own(client, "xinyongfei-day5")
    mine.calls.all().delete()
    add_call(mine, LATE, summary="深夜来电", conduct=["insult"])
    other = Client()
    theirs = own(other, "xinyongfei-day5", token="their-token")
    theirs.calls.all().delete()

    assert "insult" in flag_lines(client, mine).lower()
    assert flag_lines(other, theirs) == ""
    assert other.get(f"/en/cases/{mine.pk}/").status_code == 404


def test_a_call_logged_or_deleted_shows_on_the_case_page_at_once(client):
    case = own(client, "xinyongfei-day5")
    case.calls.all().delete()
    assert flag_lines(client, case) == ""
    call = add_call(case, LATE, conduct=["threat_arrest"])
    assert "arrest" in flag_lines(client, case).lower()
    delete_call(call)  # as the call log's delete button does
    assert "arrest" not in flag_lines(client, case).lower()
