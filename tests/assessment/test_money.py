from datetime import date
from decimal import Decimal

import pytest

from assistant.assessment import assessment_to_dict, default_registry
from assistant.assessment.casefile import Finances
from assistant.assessment.money import (
    add_years,
    affordable_monthly,
    apr_band,
    effective_apr,
    limitation_date,
)

REGISTRY = default_registry()


def monthly(first: str, count: int, amount: str) -> list[dict]:
    year, month, day = map(int, first.split("-"))
    dues = [date(year + (month - 1 + i) // 12, (month - 1 + i) % 12 + 1, day) for i in range(count)]
    return [{"due": due.isoformat(), "amount": amount} for due in dues]


def test_the_worked_example_10000_received_12_times_1000_is_0_3507():
    assert effective_apr(Decimal(10000), [Decimal(1000)] * 12) == Decimal("0.3507")


def test_a_flat_fee_of_1_percent_a_month_is_about_21_percent_a_year():
    # 10,000 at "1% a month flat": 12 × (833.33 principal + 100 fee).
    assert effective_apr(Decimal(10000), [Decimal("933.33")] * 12) == Decimal("0.2146")


def test_repaying_exactly_what_was_received_is_a_zero_rate():
    assert effective_apr(Decimal(1200), [Decimal(100)] * 12) == Decimal("0.0000")


def test_repaying_less_than_was_received_is_a_negative_rate():
    assert effective_apr(Decimal(1200), [Decimal(90)] * 12) < 0


def test_a_very_expensive_loan_still_has_a_rate():
    assert effective_apr(Decimal(1000), [Decimal(2000)]) == Decimal("12.0000")


def test_there_is_no_rate_without_a_schedule(assess_case):
    assert assess_case().effective_apr is None
    assert assess_case(loan={"amount_received": "1000.00"}).effective_apr is None
    assert (
        assess_case(loan={"repayments": monthly("2026-01-15", 3, "100.00")}).effective_apr is None
    )


def test_the_schedule_is_taken_in_due_date_order(assess_case):
    repayments = monthly("2026-01-15", 11, "1000.00") + [{"due": "2025-12-15", "amount": "2000.00"}]
    shuffled = list(reversed(repayments))
    loan = {"amount_received": "10000.00"}
    first = assess_case(loan={**loan, "repayments": repayments}).effective_apr
    assert assess_case(loan={**loan, "repayments": shuffled}).effective_apr == first


def test_the_assessment_gives_the_rate_as_a_4_place_string(assess_case):
    loan = {"amount_received": "10000.00", "repayments": monthly("2026-01-15", 12, "1000.00")}
    assert assessment_to_dict(assess_case(loan=loan))["effective_apr"] == "0.3507"


@pytest.mark.parametrize(
    ("apr", "band"),
    [
        ("0.2399", "below_threshold_low"),
        ("0.2400", "between_thresholds"),
        ("0.3600", "between_thresholds"),
        ("0.3601", "above_threshold_high"),
    ],
)
def test_the_rate_is_placed_against_24_and_36_percent(apr, band):
    assert apr_band(Decimal(apr), REGISTRY) == band


def test_the_limitation_date_is_three_years_after_the_first_missed_due_date():
    assert limitation_date(date(2026, 11, 15), [], REGISTRY) == date(2029, 11, 15)


def test_an_instalment_debt_runs_from_the_last_scheduled_repayment():
    dues = [date(2026, 12, 15), date(2027, 1, 15)]
    assert limitation_date(date(2026, 11, 15), dues, REGISTRY) == date(2030, 1, 15)


def test_a_schedule_that_ended_before_the_missed_date_does_not_move_it_back():
    assert limitation_date(date(2026, 11, 15), [date(2026, 1, 15)], REGISTRY) == date(2029, 11, 15)


def test_29_february_ends_on_28_february():
    assert limitation_date(date(2028, 2, 29), [], REGISTRY) == date(2031, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_the_assessment_says_the_limitation_date_can_be_interrupted(assess_case):
    result = assessment_to_dict(assess_case())
    assert result["limitation_date"] == "2029-11-15"
    assert result["limitation_caveat"] is True
    assert "civil_code_195" in result["limitation_rules"]


def test_the_limitation_period_length_is_data(make_case):
    from assistant.assessment import assess

    registry = REGISTRY.with_overrides(thresholds={"limitation_years": 2})
    assert assess(make_case(), registry=registry).limitation_date == date(2028, 11, 15)


def test_affordable_is_income_minus_costs_minus_other_debts():
    finances = Finances(Decimal(4000), Decimal(2800), Decimal(500))
    assert affordable_monthly(finances) == Decimal("700.00")


def test_affordable_is_never_below_zero():
    finances = Finances(Decimal(2000), Decimal(2800), Decimal(500))
    assert affordable_monthly(finances) == Decimal("0.00")


def test_missing_costs_count_as_zero():
    assert affordable_monthly(Finances(monthly_income=Decimal(1500))) == Decimal("1500.00")


def test_affordable_is_unknown_without_finances_or_income():
    assert affordable_monthly(None) is None
    assert affordable_monthly(Finances(essential_costs=Decimal(100), hardship=("illness",))) is None


def test_the_assessment_gives_affordable_as_a_2_place_string(assess_case):
    finances = {"monthly_income": "4000", "essential_costs": "2800", "other_debt_payments": "500"}
    assert assessment_to_dict(assess_case(finances=finances))["affordable_monthly"] == "700.00"
    assert assessment_to_dict(assess_case())["affordable_monthly"] is None


def test_a_plan_spends_what_the_budget_allows_until_the_debt_is_paid(assess_case):
    finances = {"monthly_income": "3000.00", "essential_costs": "2300.00"}
    result = assessment_to_dict(assess_case(principal="5000.00", finances=finances))
    assert result["proposed_plan"] == {"monthly": "700.00", "months": 8}
