"""Court papers in the case file: the deadlines they start, the stage, the letters."""

from datetime import date

import pytest

from assistant.assessment import CaseFileError, assess, assessment_to_dict, case_to_dict, parse_case

from .conftest import case_dict

ORDER = {
    "kind": "payment_order",
    "served_on": "2026-11-30",
    "court": "某某区人民法院",
    "case_number": "（2026）某0101民督123号",
}


def result(*papers, as_of="2026-12-03"):
    return assessment_to_dict(assess(case_dict(as_of=as_of, court=list(papers))))


def test_a_payment_order_gives_15_days_to_object_the_day_of_service_not_counted():
    got = result(ORDER)
    assert got["court_deadlines"] == [
        {"kind": "payment_order_objection", "date": "2026-12-15", "rules": ["cpl_227"]}
    ]
    assert got["stage"] == "legal_action"


def test_the_objection_letter_is_suggested_while_the_window_runs_and_not_after():
    assert "payment_order_objection" in result(ORDER, as_of="2026-12-15")["suggested_letters"]
    assert "payment_order_objection" not in result(ORDER, as_of="2026-12-16")["suggested_letters"]


def test_a_complaint_starts_the_defence_and_jurisdiction_periods_the_same_day():
    complaint = {"kind": "complaint", "served_on": "2026-12-01"}
    got = result(complaint)
    assert got["court_deadlines"] == [
        {"kind": "defence", "date": "2026-12-16", "rules": ["cpl_128"]},
        {"kind": "jurisdiction_objection", "date": "2026-12-16", "rules": ["cpl_130"]},
    ]
    assert "defence_outline" in got["suggested_letters"]
    assert "payment_order_objection" not in got["suggested_letters"]
    assert "defence_outline" not in result(complaint, as_of="2026-12-17")["suggested_letters"]


def test_a_judgment_gives_15_days_to_appeal():
    got = result({"kind": "judgment", "served_on": "2026-12-01"})
    assert got["court_deadlines"] == [
        {"kind": "appeal", "date": "2026-12-16", "rules": ["cpl_171"]}
    ]


def test_a_period_runs_across_the_month_end():
    got = result({"kind": "payment_order", "served_on": "2026-12-20"}, as_of="2026-12-21")
    assert got["court_deadlines"][0]["date"] == "2027-01-04"


@pytest.mark.parametrize("kind", ["mediation", "arbitration"])
def test_papers_without_a_known_period_set_the_stage_but_no_deadline(kind):
    got = result({"kind": kind, "served_on": "2026-12-01"})
    assert (got["stage"], got["court_deadlines"]) == ("legal_action", [])


def test_an_enforcement_notice_means_the_enforcement_stage():
    assert (
        result({"kind": "enforcement_notice", "served_on": "2026-12-01"})["stage"] == "enforcement"
    )


def test_papers_bring_the_court_actions_like_the_court_papers_fact():
    assert "check_court_papers_12368" in result(ORDER)["actions"]


def test_no_papers_no_court_deadlines():
    assert result()["court_deadlines"] == []


def test_court_papers_round_trip_through_the_case_file():
    case = parse_case(case_dict(court=[ORDER, {"kind": "judgment", "served_on": "2026-12-01"}]))
    assert case.court[0].served_on == date(2026, 11, 30)
    assert case_to_dict(case)["court"][0] == ORDER
    assert parse_case(case_to_dict(case)) == case


def test_a_bad_court_paper_is_named():
    with pytest.raises(CaseFileError) as raised:
        parse_case(case_dict(court=[{"kind": "summons", "served_on": "30/11/2026", "x": 1}]))
    errors = raised.value.errors
    assert any(e.startswith("court[0].kind: must be one of payment_order") for e in errors)
    assert 'court[0].served_on: must be an ISO date, e.g. "2026-11-15"' in errors
    assert "court[0].x: unknown key" in errors
