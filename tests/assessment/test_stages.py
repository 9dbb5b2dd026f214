from datetime import UTC, date, datetime

import pytest
import time_machine

from assistant.assessment import assess, assessment_to_dict, default_registry, timeline_detail
from assistant.assessment.lenders import CODES as LENDER_TYPES
from assistant.assessment.stages import CODES as STAGE_CODES

DUE = date(2026, 11, 15)


@pytest.mark.parametrize(
    ("days", "stage"),
    [
        (-10, "not_yet_due"),
        (0, "not_yet_due"),
        (1, "early_reminder"),
        (3, "early_reminder"),
        (4, "early_collection"),
        (30, "early_collection"),
        (31, "outsourced_collection"),
        (90, "outsourced_collection"),
        (91, "serious_delinquency"),
        (400, "serious_delinquency"),
    ],
)
def test_stage_follows_the_day_boundaries(make_case, days, stage):
    result = assess(make_case(), as_of=date.fromordinal(DUE.toordinal() + days))
    assert (result.days_overdue, result.stage) == (days, stage)


@pytest.mark.parametrize("lender", LENDER_TYPES)
def test_every_lender_type_gets_a_stage_and_its_content(make_case, lender):
    case = make_case(lender={"type": lender})
    result = assess(case)
    detail = timeline_detail(case, result)
    current = [entry for entry in detail if entry.current]
    assert result.stage == "early_collection"
    assert [entry.stage for entry in current] == ["early_collection"]
    assert current[0].events and current[0].consequences and current[0].actions
    assert current[0].rules


def test_days_overdue_count_calendar_days_from_the_first_missed_due_date(assess_case):
    assert assess_case(as_of="2026-11-20", first_missed_due_date="2026-11-15").days_overdue == 5


def test_the_as_of_argument_wins_over_the_case_file(make_case):
    assert assess(make_case(as_of="2026-11-20"), as_of=date(2026, 11, 16)).days_overdue == 1


@time_machine.travel(datetime(2026, 11, 19, 17, 0, tzinfo=UTC), tick=False)
def test_without_as_of_today_is_taken_in_shanghai(make_dict):
    case = make_dict()
    del case["as_of"]
    # 17:00 UTC on the 19th is 01:00 on the 20th in Shanghai.
    assert assess(case).days_overdue == 5


def test_a_third_party_collector_moves_an_early_case_to_outsourced_collection(assess_case):
    result = assess_case(as_of="2026-11-17", facts={"third_party_collector": True})
    assert (result.days_overdue, result.stage) == (2, "outsourced_collection")


def test_a_third_party_collector_never_moves_a_case_back(assess_case):
    result = assess_case(as_of="2027-03-01", facts={"third_party_collector": True})
    assert result.stage == "serious_delinquency"


def test_court_papers_move_a_case_to_legal_action_whatever_the_day(assess_case):
    assert assess_case(as_of="2026-11-16", facts={"court_papers": True}).stage == "legal_action"
    assert assess_case(as_of="2028-01-01", facts={"court_papers": True}).stage == "legal_action"


def test_facts_that_are_false_or_unknown_do_not_move_a_case(assess_case):
    facts = {"third_party_collector": False, "court_papers": None}
    assert assess_case(as_of="2026-11-17", facts=facts).stage == "early_reminder"


def test_the_timeline_lists_every_stage_once_with_the_current_one_marked(assess_case):
    timeline = assessment_to_dict(assess_case())["timeline"]
    assert [entry["stage"] for entry in timeline] == list(STAGE_CODES)
    assert [entry["stage"] for entry in timeline if entry["current"]] == ["early_collection"]


def test_the_timeline_gives_day_ranges_with_null_for_open_ends(assess_case):
    ranges = {
        e["stage"]: (e["from_day"], e["to_day"])
        for e in assessment_to_dict(assess_case())["timeline"]
    }
    assert ranges["not_yet_due"] == (None, 0)
    assert ranges["early_reminder"] == (1, 3)
    assert ranges["early_collection"] == (4, 30)
    assert ranges["outsourced_collection"] == (31, 90)
    assert ranges["serious_delinquency"] == (91, None)


def test_day_boundaries_are_data_in_the_registry(make_case):
    registry = default_registry().with_overrides(thresholds={"stage_early_reminder_until_day": 5})
    assert assess(make_case(), registry=registry).stage == "early_reminder"


def test_the_next_stage_and_its_date_are_given(assess_case):
    upcoming = assessment_to_dict(assess_case())["next_stage"]
    assert upcoming == {"stage": "outsourced_collection", "from_day": 31, "on": "2026-12-16"}


def test_card_debts_show_the_malicious_overdraft_conditions_later_on(make_case):
    case = make_case(lender={"type": "bank_card"}, as_of="2027-01-01")
    current = next(e for e in timeline_detail(case, assess(case)) if e.current)
    assert "malicious_overdraft_risk" in current.consequences
    assert "criminal_law_196" in current.rules


def test_platform_borrowers_are_not_cited_card_rules(make_case):
    case = make_case(as_of="2027-01-01")
    rules = {rule for entry in timeline_detail(case, assess(case)) for rule in entry.rules}
    assert not rules & {"card_measures_68", "criminal_law_196", "cba_2026_hours"}
    assert "gbt_45251_2025_hours" in rules
