import json

import pytest

from assistant.assessment import CaseFileError, case_to_dict, parse_case, parse_case_json

from .test_scenarios import SCENARIO_FOLDERS


def problems(data) -> list[str]:
    with pytest.raises(CaseFileError) as raised:
        parse_case(data)
    return raised.value.errors


def test_a_minimal_case_needs_only_format_lender_type_and_due_date():
    case = parse_case(
        {
            "format": "anxin.case/1",
            "lender": {"type": "bank_loan"},
            "first_missed_due_date": "2026-11-15",
        }
    )
    assert (case.lender.type, case.as_of, case.calls, case.finances) == (
        "bank_loan",
        None,
        (),
        None,
    )


def test_missing_required_fields_are_named():
    assert sorted(problems({"lender": {}})) == [
        "first_missed_due_date: is required",
        "format: is required",
        "lender.type: is required",
    ]


def test_the_format_must_be_anxin_case_1(make_dict):
    assert problems(make_dict(format="anxin.case/2")) == ['format: must be "anxin.case/1"']


def test_an_unknown_key_is_named_with_its_path(make_dict, call):
    calls = [call("2026-11-18T10:00:00+08:00")] * 2 + [call("2026-11-18T11:00:00", colour="red")]
    assert problems(make_dict(calls=calls)) == ["calls[2].colour: unknown key"]
    assert problems(make_dict(debtor="me")) == ["debtor: unknown key"]
    assert problems(make_dict(facts={"police": True})) == ["facts.police: unknown key"]


def test_a_bad_lender_type_lists_the_allowed_ones(make_dict):
    [message] = problems(make_dict(lender={"type": "bank"}))
    assert message.startswith("lender.type: must be one of bank_card, bank_loan, online_platform")


@pytest.mark.parametrize("value", [8000, "-1.00", "8000.005", "8,000", "1e3", "NaN", ""])
def test_money_must_be_a_decimal_string_of_at_least_zero(make_dict, value):
    [message] = problems(make_dict(principal=value))
    assert message.startswith("principal: must be a decimal string ≥ 0")


@pytest.mark.parametrize("value", ["2026-13-01", "15/11/2026", "20261115", 20261115])
def test_dates_must_be_iso_dates(make_dict, value):
    assert problems(make_dict(first_missed_due_date=value)) == [
        'first_missed_due_date: must be an ISO date, e.g. "2026-11-15"'
    ]


@pytest.mark.parametrize("value", ["2026-11-18", "yesterday", "2026-11-18T25:00", 1700000000])
def test_a_call_time_must_be_an_iso_date_and_time(make_dict, call, value):
    [message] = problems(make_dict(calls=[call(value)]))
    assert message.startswith("calls[0].at: must be an ISO date and time")


def test_a_call_time_without_offset_is_read_as_shanghai_time(make_case, call):
    case = make_case(calls=[call("2026-11-18T22:40:00")])
    assert case.calls[0].at.isoformat() == "2026-11-18T22:40:00+08:00"


def test_a_call_needs_a_time_and_a_channel(make_dict):
    assert problems(make_dict(calls=[{"summary": "?"}])) == [
        "calls[0].at: is required",
        "calls[0].channel: is required",
    ]


def test_answered_defaults_to_true(make_case, call):
    assert make_case(calls=[call("2026-11-18T10:00:00+08:00")]).calls[0].answered is True


def test_conduct_codes_must_come_from_the_list(make_dict, call):
    [message] = problems(make_dict(calls=[call("2026-11-18T10:00", conduct=["rude"])]))
    assert message.startswith("calls[0].conduct[0]: must be one of threat_violence, ")


def test_hardship_codes_must_come_from_the_known_set(make_dict):
    assert problems(make_dict(finances={"hardship": ["illness", "bad_luck"]})) == [
        "finances.hardship[1]: must be one of job_loss, illness, income_drop, "
        "family_emergency, business_failure, other"
    ]


def test_facts_are_true_false_or_null(make_dict):
    assert problems(make_dict(facts={"court_papers": "yes"})) == [
        "facts.court_papers: must be true, false or null"
    ]


def test_a_list_must_be_a_list_and_an_object_an_object(make_dict):
    assert problems(make_dict(loan=[], calls={"at": "x"})) == [
        "loan: must be an object",
        "calls: must be a list",
    ]


def test_all_problems_are_reported_at_once(make_dict, call):
    data = make_dict(
        lender={"type": "shark"},
        principal="lots",
        calls=[call("2026-11-18T10:00", channel="pigeon", duration_minutes=-1)],
    )
    assert len(problems(data)) == 4


def test_problems_carry_codes_for_translation(make_dict):
    with pytest.raises(CaseFileError) as raised:
        parse_case(make_dict(lender={"type": "bank"}))
    [problem] = raised.value.problems
    assert (problem.path, problem.code) == ("lender.type", "choice")
    assert "bank_card" in problem.allowed


def test_a_case_file_that_is_not_json_is_reported():
    with pytest.raises(CaseFileError) as raised:
        parse_case_json("{not json")
    assert raised.value.errors == ["case file: is not valid JSON"]


def test_a_case_file_that_is_not_an_object_is_reported():
    assert problems([1, 2]) == ["case file: must be an object"]


def test_repeated_conduct_codes_are_kept_once(make_case, call):
    case = make_case(calls=[call("2026-11-18T10:00", conduct=["insult", "insult"])])
    assert case.calls[0].conduct == ("insult",)


def test_money_is_written_back_with_two_decimals(make_case):
    assert case_to_dict(make_case(principal="8000"))["principal"] == "8000.00"


def test_a_full_case_survives_a_round_trip(make_case, call):
    case = make_case(
        product="借款",
        principal="8000",
        amount_demanded="9120.5",
        loan={"amount_received": "10000", "repayments": [{"due": "2026-01-15", "amount": "1000"}]},
        facts={"third_party_collector": True, "contacts_reached": False, "credit_reported": None},
        finances={"monthly_income": "4000", "hardship": ["job_loss"]},
        calls=[
            call(
                "2026-11-18T22:40:00",
                number="0755-0000000",
                organisation="某某资产管理",
                collector="王经理",
                duration_minutes=6,
                answered=False,
                summary="说今晚不还就联系我父母和单位",
                conduct=["threat_contact_third_party"],
            )
        ],
    )
    assert parse_case(json.loads(json.dumps(case_to_dict(case)))) == case


def test_every_scenario_survives_a_round_trip():
    paths = [path for folder in SCENARIO_FOLDERS for path in folder.glob("*.case.json")]
    assert paths
    for path in paths:
        case = parse_case(json.loads(path.read_text(encoding="utf-8")))
        assert parse_case(case_to_dict(case)) == case, path.name
