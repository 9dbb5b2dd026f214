"""A loan from a person: its rate is judged against 4 × the one-year LPR in force when the
contract was made (SPC private lending provisions, art. 25), from a dated LPR history."""

from datetime import date
from decimal import Decimal

import pytest

from assistant.assessment import assess, money
from assistant.assessment.registry import default_registry

REGISTRY = default_registry()


def loan(lender_type, first_due, instalment, months=12, received="10000.00"):
    year, month = first_due.year, first_due.month
    repayments = []
    for n in range(months):
        y, m = divmod(year * 12 + month - 1 + n, 12)
        repayments.append({"due": date(y, m + 1, first_due.day).isoformat(), "amount": instalment})
    return {
        "format": "anxin.case/1",
        "as_of": "2026-11-21",
        "lender": {"name": "张先生", "type": lender_type},
        "first_missed_due_date": repayments[-1]["due"],
        "loan": {"amount_received": received, "repayments": repayments},
    }


@pytest.mark.parametrize(
    ("day", "lpr"),
    [
        (date(2019, 8, 20), "0.0425"),
        (date(2021, 12, 19), "0.0385"),  # FACTS.md: 3.85% before December 2021
        (date(2021, 12, 20), "0.0380"),
        (date(2025, 5, 19), "0.0310"),
        (date(2025, 5, 20), "0.0300"),  # FACTS.md: 3.0% from May 2025
        (date(2026, 11, 21), "0.0300"),
    ],
)
def test_the_lpr_in_force_on_a_day_comes_from_the_dated_history(day, lpr):
    assert REGISTRY.value_on("lpr_one_year_history", day) == Decimal(lpr)


def test_before_the_first_lpr_there_is_none():
    assert REGISTRY.value_on("lpr_one_year_history", date(2019, 8, 19)) is None
    assert money.private_lending_cap(REGISTRY, date(2019, 8, 19)) is None


def test_the_current_lpr_is_the_last_of_the_history():
    *_, (_, latest) = REGISTRY.value("lpr_one_year_history")
    assert latest == REGISTRY.value("lpr_one_year")
    assert REGISTRY.threshold("lpr_one_year_history").source == "lpr_history"


def test_the_cap_is_four_times_the_lpr_of_the_contract_date():
    cap = money.private_lending_cap(REGISTRY, date(2026, 1, 15))
    assert (cap.rate, cap.lpr, cap.contracted_on) == (
        Decimal("0.12"),
        Decimal("0.03"),
        date(2026, 1, 15),
    )
    assert money.private_lending_cap(REGISTRY, date(2021, 6, 1)).rate == Decimal("0.154")


def test_the_contract_date_is_a_month_before_the_first_repayment():
    class Due:
        def __init__(self, day):
            self.due = day

    assert money.contract_date([Due(date(2026, 3, 31)), Due(date(2026, 2, 15))]) == date(
        2026, 1, 15
    )
    assert money.contract_date([Due(date(2026, 3, 31))]) == date(2026, 2, 28)
    assert money.contract_date([Due(date(2026, 1, 15))]) == date(2025, 12, 15)
    assert money.contract_date([]) is None


def test_a_persons_loan_at_18_percent_is_above_its_cap():
    case = loan("private", date(2026, 2, 15), "916.80")
    result = assess(case)
    assert Decimal("0.17") < result.effective_apr < Decimal("0.19")
    assert result.apr_band == "above_private_cap"
    assert result.lending_cap.rate == Decimal("0.12")


def test_the_same_loan_from_a_platform_is_judged_against_24_percent():
    result = assess(loan("online_platform", date(2026, 2, 15), "916.80"))
    assert result.apr_band == "below_threshold_low"
    assert result.lending_cap is None


def test_a_persons_loan_from_2021_is_judged_with_the_lpr_of_2021():
    # 15% a year: above today's 12% cap, within 2021's 15.4%.
    result = assess(loan("private", date(2021, 7, 1), "902.58"))
    assert Decimal("0.145") < result.effective_apr < Decimal("0.154")
    assert result.lending_cap.lpr == Decimal("0.0385")
    assert result.apr_band == "within_private_cap"


def test_without_a_schedule_there_is_no_rate_to_judge():
    case = loan("private", date(2026, 2, 15), "916.80")
    del case["loan"]
    result = assess(case)
    assert (result.effective_apr, result.apr_band, result.lending_cap) == (None, None, None)
