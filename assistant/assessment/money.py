"""Money and time: a loan's effective rate, the borrower's budget, the limitation date.

The effective rate is the monthly internal rate of return × 12, the IRR convention lenders
must use when they show an annualised rate (FACTS.md §4). Repayments are taken one month
apart in the order of their due dates, the first one month after the money was received.
"""

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .days import plus_years
from .registry import Registry

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
BISECTION_STEPS = 120
HIGHEST_MONTHLY_RATE = Decimal(1_000_000)

APR_BANDS = ("below_threshold_low", "between_thresholds", "above_threshold_high")
# A loan from a person (lender type `private`): within or above 4 × the LPR of its contract date.
PRIVATE_BANDS = {False: "within_private_cap", True: "above_private_cap"}


def money_str(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(CENT, ROUND_HALF_UP))


def rate_str(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(RATE_PLACES, ROUND_HALF_UP))


def _present_value(monthly_rate: Decimal, amounts: Sequence[Decimal]) -> Decimal:
    factor = 1 / (1 + monthly_rate)
    discount = Decimal(1)
    total = Decimal(0)
    for amount in amounts:
        discount *= factor
        total += amount * discount
    return total


def effective_apr(received: Decimal | None, amounts: Sequence[Decimal]) -> Decimal | None:
    """Monthly IRR × 12, rounded to 4 places; None when there is nothing to solve."""
    if not received or received <= 0 or not any(amount > 0 for amount in amounts):
        return None
    with localcontext() as context:
        context.prec = 40
        low, high = Decimal("-0.99"), Decimal(1)
        if _present_value(low, amounts) < received:
            return None
        while _present_value(high, amounts) > received:
            high *= 2
            if high > HIGHEST_MONTHLY_RATE:
                return None
        # Present value falls as the rate rises: keep the root between low and high.
        for _ in range(BISECTION_STEPS):
            middle = (low + high) / 2
            if _present_value(middle, amounts) > received:
                low = middle
            else:
                high = middle
        annual = (low + high) / 2 * 12
    return annual.quantize(RATE_PLACES, ROUND_HALF_UP)


@dataclass(frozen=True)
class LendingCap:
    """The most interest courts support in lending between people, for one contract."""

    rate: Decimal  # a year, e.g. 0.1200
    lpr: Decimal  # the one-year LPR it is a multiple of
    contracted_on: date


def apr_band(
    apr: Decimal | None, registry: Registry, lending_cap: LendingCap | None = None
) -> str | None:
    """Where the rate sits: against a person's lending cap when there is one (a `private`
    lender, contract date known), else against the 24% and 36% lines."""
    if apr is None:
        return None
    if lending_cap is not None:
        return PRIVATE_BANDS[apr > lending_cap.rate]
    if apr < registry.value("apr_threshold_low"):
        return APR_BANDS[0]
    if apr <= registry.value("apr_threshold_high"):
        return APR_BANDS[1]
    return APR_BANDS[2]


def contract_date(repayments: Sequence) -> date | None:
    """When the money was received: one month before the first repayment (the schedule's
    own convention, see effective_apr), or None without a schedule."""
    if not repayments:
        return None
    first = min(r.due for r in repayments)
    year, month = divmod(first.year * 12 + first.month - 2, 12)
    month += 1
    return first.replace(
        year=year, month=month, day=min(first.day, calendar.monthrange(year, month)[1])
    )


def private_lending_cap(registry: Registry, contracted_on: date | None) -> LendingCap | None:
    """The multiple of the one-year LPR in force when the contract was made (SPC private
    lending provisions, art. 25); None when the date or its LPR is not known."""
    if contracted_on is None:
        return None
    lpr = registry.value_on("lpr_one_year_history", contracted_on)
    if lpr is None:
        return None
    rate = lpr * registry.value("private_lending_lpr_multiple")
    return LendingCap(rate=rate, lpr=lpr, contracted_on=contracted_on)


def affordable_monthly(finances) -> Decimal | None:
    """Income − essential costs − other debts' payments, never below zero."""
    if finances is None or finances.monthly_income is None:
        return None
    spent = (finances.essential_costs or 0) + (finances.other_debt_payments or 0)
    return max(finances.monthly_income - spent, Decimal(0)).quantize(CENT)


add_years = plus_years


def limitation_date(first_missed: date, due_dates: Sequence[date], registry: Registry) -> date:
    """When the limitation period would end if nothing interrupted it (arts. 188, 189)."""
    start = max([first_missed, *due_dates])
    return add_years(start, registry.value("limitation_years"))


def total_owed(case) -> Decimal | None:
    """What the lender wants: the amount demanded, else the principal, else the unpaid schedule."""
    if case.amount_demanded is not None:
        return case.amount_demanded
    if case.principal is not None:
        return case.principal
    unpaid = [r.amount for r in case.loan.repayments if r.due >= case.first_missed_due_date]
    return sum(unpaid, Decimal(0)) if unpaid else None


def monthly_needed(case, owed: Decimal | None, registry: Registry) -> Decimal | None:
    """A month's share of the debt: the scheduled instalment, else the total over a year."""
    scheduled = [r.amount for r in case.loan.repayments]
    if scheduled:
        return max(scheduled)
    if owed is None:
        return None
    return (owed / registry.value("reference_plan_months")).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Plan:
    monthly: Decimal
    months: int


def proposed_plan(owed: Decimal | None, affordable: Decimal | None) -> Plan | None:
    """Everything the budget allows each month, until the debt is paid."""
    if not owed or not affordable:
        return None
    return Plan(monthly=min(affordable, owed), months=math.ceil(owed / affordable))
