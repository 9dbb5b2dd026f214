import pytest

from assistant.assessment import assess, default_registry
from assistant.assessment.conduct import BY_CODE, REPORTED_CODES
from assistant.assessment.lenders import CODES as LENDER_TYPES

CASE_FORMAT_CODES = (
    "threat_violence",
    "threat_arrest",
    "threat_contact_third_party",
    "contacted_third_party",
    "disclosed_debt",
    "threat_visit",
    "visited",
    "insult",
    "impersonation",
    "fake_documents",
    "refused_identity",
    "personal_account",
    "unlawful_amount",
    "repeated_calls",
)
INSTITUTIONS = [lender for lender in LENDER_TYPES if lender not in ("private", "other")]


def flags_of(result):
    return [(flag.code, flag.call) for flag in result.flags]


def test_the_conduct_table_has_exactly_the_case_format_codes():
    assert set(REPORTED_CODES) == set(CASE_FORMAT_CODES)


@pytest.mark.parametrize("code", CASE_FORMAT_CODES)
@pytest.mark.parametrize("lender", INSTITUTIONS)
def test_every_conduct_code_produces_its_flag_with_rules(assess_case, call, code, lender):
    result = assess_case(
        lender={"type": lender}, calls=[call("2026-11-18T10:00:00+08:00", conduct=[code])]
    )
    assert [(flag.code, flag.call) for flag in result.flags] == [(code, 0)]
    assert result.flags[0].rules


def test_a_flag_appears_for_every_reported_code_on_every_call(assess_case, call):
    calls = [
        call("2026-11-18T10:00:00+08:00", conduct=["insult", "threat_visit"]),
        call("2026-11-18T11:00:00+08:00", "wechat", conduct=["insult"]),
    ]
    assert flags_of(assess_case(calls=calls)) == [
        ("insult", 0),
        ("threat_visit", 0),
        ("insult", 1),
    ]


def test_flag_rules_leave_out_rules_that_do_not_bind_the_lender(assess_case, call):
    calls = [call("2026-11-18T10:00:00+08:00", conduct=["contacted_third_party"])]
    platform = assess_case(calls=calls).flags[0].rules
    card = assess_case(lender={"type": "bank_card"}, calls=calls).flags[0].rules
    assert "card_measures_68" in card and "card_measures_68" not in platform
    assert "gbt_45251_2025_third_parties" in platform
    assert "civil_code_1033" in card and "civil_code_1033" in platform


def test_every_rule_id_in_the_conduct_table_is_in_the_registry():
    registry = default_registry()
    for conduct in BY_CODE.values():
        for rule in conduct.rules:
            registry.source(rule)


@pytest.mark.parametrize(
    ("at", "outside"),
    [
        ("2026-11-18T21:59:00+08:00", False),
        ("2026-11-18T22:00:00+08:00", True),
        ("2026-11-18T07:59:00+08:00", True),
        ("2026-11-18T08:00:00+08:00", False),
        ("2026-11-18T03:00:00+08:00", True),
    ],
)
def test_outside_hours_starts_at_22_00_and_ends_at_08_00(assess_case, call, at, outside):
    result = assess_case(calls=[call(at)])
    assert (("outside_hours", 0) in flags_of(result)) is outside


@pytest.mark.parametrize(
    ("at", "outside"),
    [
        ("2026-11-18T13:59:00+00:00", False),
        ("2026-11-18T14:00:00Z", True),
        ("2026-11-18T15:30:00+01:00", True),
        ("2026-11-18T19:00:00-05:00", False),
        ("2026-11-18T18:30:00-05:00", True),
    ],
)
def test_outside_hours_converts_other_offsets_to_shanghai(assess_case, call, at, outside):
    result = assess_case(calls=[call(at)])
    assert (("outside_hours", 0) in flags_of(result)) is outside


def test_a_time_without_offset_is_shanghai_time(assess_case, call):
    assert flags_of(assess_case(calls=[call("2026-11-18T22:30:00")])) == [("outside_hours", 0)]


@pytest.mark.parametrize("channel", ["sms", "wechat", "app", "visit", "third_party", "other"])
def test_outside_hours_applies_to_every_kind_of_contact(assess_case, call, channel):
    result = assess_case(calls=[call("2026-11-18T23:10:00+08:00", channel)])
    assert flags_of(result) == [("outside_hours", 0)]


def test_a_letter_is_not_flagged_for_the_hour_it_was_logged(assess_case, call):
    assert assess_case(calls=[call("2026-11-18T23:10:00+08:00", "letter")]).flags == ()


def test_a_missed_call_at_night_is_still_outside_hours(assess_case, call):
    result = assess_case(calls=[call("2026-11-18T23:10:00+08:00", answered=False)])
    assert flags_of(result) == [("outside_hours", 0)]


def test_the_collection_window_comes_from_the_registry(make_case, call):
    case = make_case(calls=[call("2026-11-18T21:30:00+08:00")])
    registry = default_registry().with_overrides(thresholds={"collection_window_end": "21:00"})
    assert flags_of(assess(case, registry=registry)) == [("outside_hours", 0)]


def day_of_calls(call, count, answered=True, day="2026-11-18"):
    return [call(f"{day}T{9 + hour:02d}:00:00+08:00", answered=answered) for hour in range(count)]


def test_three_answered_calls_in_a_day_are_not_too_many(assess_case, call):
    assert assess_case(calls=day_of_calls(call, 3)).flags == ()


def test_the_fourth_answered_call_in_a_day_and_later_ones_carry_the_flag(assess_case, call):
    result = assess_case(calls=day_of_calls(call, 5))
    assert flags_of(result) == [("too_many_calls", 3), ("too_many_calls", 4)]
    assert "gbt_45251_2025_frequency" in result.flags[0].rules


BANK = {"type": "bank_card"}
ONLINE_CREDIT = ("online_platform", "pay_later", "consumer_finance", "microloan")


def test_six_unanswered_attempts_in_a_day_are_not_too_many(assess_case, call):
    result = assess_case(lender=BANK, calls=day_of_calls(call, 6, answered=False))
    assert result.flags == ()


@pytest.mark.parametrize("lender", ["bank_card", "bank_loan"])
def test_the_seventh_unanswered_attempt_to_a_bank_borrower_carries_the_flag(
    assess_case, call, lender
):
    result = assess_case(lender={"type": lender}, calls=day_of_calls(call, 7, answered=False))
    assert flags_of(result) == [("too_many_calls", 6)]
    assert "cba_2026_unanswered" in result.flags[0].rules
    assert "gbt_45251_2025_frequency" not in result.flags[0].rules


@pytest.mark.parametrize("lender", ONLINE_CREDIT)
def test_missed_attempts_have_no_daily_limit_for_online_consumer_credit(assess_case, call, lender):
    # The six-attempt line is the bank guideline's: no source sets it for platforms.
    result = assess_case(lender={"type": lender}, calls=day_of_calls(call, 9, answered=False))
    assert result.flags == ()


@pytest.mark.parametrize("lender", ["bank_card", "bank_loan"])
def test_answered_calls_have_no_daily_limit_for_banks(assess_case, call, lender):
    # The three-answered-calls line is GB/T 45251-2025's, for online consumer credit only.
    assert assess_case(lender={"type": lender}, calls=day_of_calls(call, 5)).flags == ()


@pytest.mark.parametrize("lender", ONLINE_CREDIT)
def test_the_fourth_answered_call_is_too_many_for_online_consumer_credit(assess_case, call, lender):
    result = assess_case(lender={"type": lender}, calls=day_of_calls(call, 4))
    assert flags_of(result) == [("too_many_calls", 3)]
    assert "cba_2026_unanswered" not in result.flags[0].rules


@pytest.mark.parametrize("lender", ["private", "other"])
def test_no_daily_limit_is_flagged_for_private_or_other_lenders(assess_case, call, lender):
    calls = day_of_calls(call, 5) + day_of_calls(call, 9, answered=False)
    assert assess_case(lender={"type": lender}, calls=calls).flags == ()


def test_repeated_calls_are_flagged_for_every_lender_as_possible_harassment(assess_case, call):
    for lender in LENDER_TYPES:
        calls = [call("2026-11-18T10:00:00+08:00", conduct=["repeated_calls"])]
        flag = assess_case(lender={"type": lender}, calls=calls).flags[0]
        assert flag.code == "repeated_calls" and "civil_code_1033" in flag.rules, lender


def test_answered_calls_and_missed_attempts_are_counted_apart(assess_case, call):
    calls = day_of_calls(call, 3) + day_of_calls(call, 6, answered=False)
    assert assess_case(calls=calls).flags == ()


def test_calls_on_different_shanghai_days_are_counted_apart(assess_case, call):
    calls = day_of_calls(call, 3, day="2026-11-17") + day_of_calls(call, 3, day="2026-11-18")
    assert assess_case(calls=calls).flags == ()


def test_the_day_of_a_call_is_its_shanghai_day(assess_case, call):
    # 16:30 UTC on the 17th is 00:30 on the 18th in Shanghai: four calls that day, and the
    # last of them in time (11:00) is the one past the limit.
    calls = day_of_calls(call, 3) + [call("2026-11-17T16:30:00+00:00")]
    assert flags_of(assess_case(calls=calls)) == [("too_many_calls", 2), ("outside_hours", 3)]


def test_the_flag_goes_to_the_calls_that_came_last_in_time(assess_case, call):
    calls = [call("2026-11-18T18:00:00+08:00")] + day_of_calls(call, 3)
    assert flags_of(assess_case(calls=calls)) == [("too_many_calls", 0)]


def test_only_phone_calls_count_towards_too_many_calls(assess_case, call):
    calls = [call(f"2026-11-18T{9 + h:02d}:00:00+08:00", "sms") for h in range(10)]
    assert assess_case(calls=calls).flags == ()


def test_the_daily_limits_come_from_the_registry(make_case, call):
    case = make_case(calls=day_of_calls(call, 4))
    registry = default_registry().with_overrides(thresholds={"answered_calls_per_day": 4})
    assert assess(case, registry=registry).flags == ()


def test_flags_come_in_call_order_with_computed_flags_first_on_a_call(assess_case, call):
    calls = [
        call("2026-11-18T10:00:00+08:00", conduct=["insult"]),
        call("2026-11-18T23:00:00+08:00", conduct=["threat_contact_third_party"]),
    ]
    assert flags_of(assess_case(calls=calls)) == [
        ("insult", 0),
        ("outside_hours", 1),
        ("threat_contact_third_party", 1),
    ]
