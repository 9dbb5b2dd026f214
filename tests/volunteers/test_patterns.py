"""Lender patterns: only safe aggregates (patterns.py), and the page volunteers see."""

import datetime

import pytest
from django.utils import timezone

from assistant.calls.models import Call
from assistant.cases.models import Case
from assistant.volunteers.patterns import lender_patterns, normalise_lender, rules
from tests.volunteers.conftest import url
from tests.volunteers.helpers import make_volunteer, verified_volunteer_client

# The suite's now (noon in Shanghai): calls a few days before are inside the collection
# window, and the page (which counts back from now) sees them too.
NOW = datetime.datetime(2026, 11, 21, 4, 0, tzinfo=datetime.UTC)
MARKER = "SECRET-MARKER 13800138000"


def case_with_calls(lender, *conduct_lists, days_ago=3, lender_type="online_platform"):
    case = Case.objects.create(
        lender_name=lender, lender_type=lender_type, first_missed_due_date=datetime.date(2026, 9, 1)
    )
    for index, conduct in enumerate(conduct_lists):
        Call.objects.create(
            case=case,
            at=NOW - datetime.timedelta(days=days_ago) + datetime.timedelta(minutes=index),
            channel="phone",
            conduct=list(conduct),
            number="13800138000",
            collector=MARKER,
            organisation=MARKER,
            summary=MARKER,
        )
    return case


def cases(lender, count, conduct=("insult",), **kwargs):
    return [case_with_calls(lender, conduct, **kwargs) for _ in range(count)]


def test_the_threshold_is_data_with_a_reason():
    assert rules().min_distinct_cases == 5


def test_a_lender_under_the_threshold_is_hidden():
    cases("信用飞", 4)
    assert lender_patterns(90, now=NOW) == []


def test_a_lender_at_the_threshold_is_shown_with_counts_per_conduct():
    cases("信用飞", 4, conduct=("insult",))
    case_with_calls("信用飞", ("insult", "threat_arrest"), ("insult",))
    [pattern] = lender_patterns(90, now=NOW)
    assert pattern.name == "信用飞"
    assert pattern.cases == 5
    # (cases with it, times flagged)
    assert pattern.conduct == {"threat_arrest": (1, 1), "insult": (5, 6)}


def test_many_reports_from_one_case_do_not_reach_the_threshold():
    case_with_calls("极融", *[("insult",)] * 20)
    assert lender_patterns(90, now=NOW) == []


def test_names_typed_differently_count_as_one_lender():
    cases("信用飞", 2)
    cases(" 信用飞 ", 2)
    cases("信用 飞", 1)
    [pattern] = lender_patterns(90, now=NOW)
    assert pattern.cases == 5 and pattern.name == "信用飞"
    assert normalise_lender("ＰＰ Dai") == normalise_lender("ppdai")


def test_a_lender_name_that_looks_like_a_phone_number_is_never_shown():
    cases("13800138000", 6)
    cases("360借条", 5)
    assert [p.name for p in lender_patterns(90, now=NOW)] == ["360借条"]


def test_cases_without_flags_do_not_count():
    cases("花呗", 4)
    cases("花呗", 3, conduct=())
    assert lender_patterns(90, now=NOW) == []


def test_the_period_leaves_out_older_calls():
    cases("信用飞", 5, days_ago=60)
    assert [p.cases for p in lender_patterns(90, now=NOW)] == [5]
    assert lender_patterns(30, now=NOW) == []


def test_deleted_calls_do_not_count():
    made = cases("信用飞", 5)
    Call.objects.filter(case=made[0]).update(deleted_at=timezone.now())
    assert lender_patterns(90, now=NOW) == []


def test_computed_flags_count_too():
    # Five cases each with a call at 23:00 Shanghai time (outside the collection window).
    for _ in range(5):
        case = case_with_calls("美团借钱", ())
        case.calls.update(at=(NOW - datetime.timedelta(days=3)).replace(hour=15))
    [pattern] = lender_patterns(90, now=NOW)
    assert pattern.conduct == {"outside_hours": (5, 5)}


def test_one_query_whatever_the_number_of_cases(django_assert_num_queries):
    for lender in ("信用飞", "极融"):
        cases(lender, 6)
    with django_assert_num_queries(1):
        assert len(lender_patterns(90, now=NOW)) == 2


@pytest.fixture
def reported():
    cases("信用飞", 5, conduct=("insult", "contacted_third_party"))
    cases("拍拍贷", 2)


def test_the_page_shows_lenders_over_the_threshold_and_never_free_text(client, reported):
    page = verified_volunteer_client(client, make_volunteer()).get(url("volunteer:patterns"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "信用飞" in html and "拍拍贷" not in html
    assert "SECRET-MARKER" not in html and "13800138000" not in html


def test_the_page_takes_a_period_and_ignores_a_wrong_one(client, reported):
    client = verified_volunteer_client(client, make_volunteer())
    assert client.get(url("volunteer:patterns"), {"days": "30"}).context["days"] == 30
    assert client.get(url("volunteer:patterns"), {"days": "7"}).context["days"] == 90
    assert client.get(url("volunteer:patterns"), {"days": "x"}).status_code == 200
