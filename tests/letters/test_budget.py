"""The budget behind the hardship letters: income − costs − other debts → a plan that works."""

from decimal import Decimal

import pytest

from assistant.letters import budget
from assistant.letters.budget import Budget, check_plan

D = Decimal
LONGEST = 60


def a_budget(income="5000", other_debts="600", **costs):
    costs = costs or {"housing": "1500", "food": "1200", "transport": "500"}
    return Budget(D(income), {k: D(v) for k, v in costs.items()}, D(other_debts))


def test_the_categories_add_up_to_the_essential_costs():
    money = a_budget()

    assert money.essential_costs == D("3200")
    assert money.affordable == D("1200.00")  # the assessment's rule: 5000 − 3200 − 600


def test_costs_above_income_leave_nothing_not_a_negative_amount():
    assert a_budget(income="2000").affordable == D("0.00")


def test_without_a_monthly_amount_the_plan_follows_the_budget():
    check = check_plan(D("60000"), None, a_budget(), LONGEST)

    assert check.verdict == budget.FITS
    assert check.schedule.monthly == D("1200.00") and check.schedule.months == 50
    assert check.schedule.paid == D("60000")


@pytest.mark.parametrize(
    ("total", "income"),
    [("60000", "5000"), ("8000.01", "5000"), ("9120.50", "4133.33"), ("0.01", "3800.01")],
)
def test_a_plan_from_the_budget_pays_the_total_exactly(total, income):
    check = check_plan(D(total), None, a_budget(income=income), LONGEST)

    assert check.verdict == budget.FITS
    assert check.schedule.paid == D(total)
    assert check.schedule.rows[-1].last == check.schedule.months <= LONGEST


def test_the_longest_plan_is_the_boundary():
    at_the_limit = check_plan(D("72000"), None, a_budget(), LONGEST)  # 1200 × 60
    one_fen_more = check_plan(D("72000.01"), None, a_budget(), LONGEST)

    assert at_the_limit.verdict == budget.FITS and at_the_limit.schedule.months == 60
    assert one_fen_more.verdict == budget.TOO_LONG and one_fen_more.schedule.months == 61
    assert one_fen_more.schedule.needed_monthly == D("1200.01")
    assert one_fen_more.needed_over_budget


def test_nothing_left_is_its_own_verdict():
    check = check_plan(D("8000"), None, a_budget(income="3800"), LONGEST)

    assert check.verdict == budget.NOTHING_LEFT
    assert check.affordable == D("0.00")
    assert check.schedule.needed_monthly == D("133.34")


def test_an_amount_typed_by_hand_wins_but_is_flagged_when_above_the_budget():
    check = check_plan(D("8000"), D("1500"), a_budget(), LONGEST)

    assert check.verdict == budget.OVER_BUDGET
    assert check.schedule.monthly == D("1500.00") and check.schedule.paid == D("8000")


def test_an_amount_typed_by_hand_works_without_a_budget():
    check = check_plan(D("8000"), D("700"), None, LONGEST)

    assert check.verdict == budget.FITS and check.affordable is None
    assert check.schedule.months == 12


@pytest.mark.parametrize(("total", "monthly"), [(None, "700"), ("0", "700"), ("8000", None)])
def test_without_an_amount_or_a_way_to_pay_it_the_plan_is_incomplete(total, monthly):
    total = total and D(total)
    monthly = monthly and D(monthly)

    assert check_plan(total, monthly, None, LONGEST).verdict == budget.INCOMPLETE


def test_a_plan_from_the_budget_keeps_a_margin_when_a_share_is_given():
    # 80% of the 1,200 the budget leaves, in whole yuan: 960 a month, 240 kept back.
    check = check_plan(D("9600"), None, a_budget(), LONGEST, offer_share=D("0.80"))
    assert check.schedule.monthly == D("960") and check.schedule.months == 10
    assert check.affordable == D("1200.00")


def test_a_typed_monthly_amount_is_offered_as_typed_whatever_the_share():
    check = check_plan(D("9600"), D("1200"), a_budget(), LONGEST, offer_share=D("0.80"))
    assert check.schedule.monthly == D("1200")


def test_the_margin_gives_way_when_it_would_make_the_plan_too_long():
    # 80% of 1,200 is 960: 60,000 would take 63 months; 1,000 a month fits in 60.
    check = check_plan(D("60000"), None, a_budget(), LONGEST, offer_share=D("0.80"))
    assert check.verdict == budget.FITS
    assert check.schedule.monthly == D("1000.00") and check.schedule.months == 60
