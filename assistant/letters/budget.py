"""The hardship letters' budget: income and costs → what is affordable → does the plan work.

Pure Python (no Django). The affordable amount is the assessment's own rule
(`money.affordable_monthly`: income − essential costs − other debts, never below zero);
the schedule is `hardship.instalment_schedule`. This module only adds the cost categories
and the verdict the page and the form show.
"""

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from assistant.assessment.money import affordable_monthly
from assistant.letters.hardship import Schedule, instalment_schedule

# Essential costs, in the order the form asks for them.
CATEGORIES = ("housing", "food", "transport", "children", "medical", "utilities", "other")


@dataclass(frozen=True)
class Budget:
    """A month's money. The attribute names are those `affordable_monthly` reads."""

    monthly_income: Decimal | None
    costs: dict[str, Decimal] = field(default_factory=dict)
    other_debt_payments: Decimal = Decimal(0)

    @property
    def essential_costs(self) -> Decimal:
        return sum(self.costs.values(), Decimal(0))

    @property
    def affordable(self) -> Decimal | None:
        return affordable_monthly(self)


# Verdicts on an instalment plan.
FITS = "fits"  # pays the total within the longest plan, within the budget
OVER_BUDGET = "over_budget"  # pays the total, but asks more a month than the budget leaves
TOO_LONG = "too_long"  # would take longer than the longest plan
NOTHING_LEFT = "nothing_left"  # the budget leaves nothing a month
INCOMPLETE = "incomplete"  # no amount to repay, or no monthly amount and no income


@dataclass(frozen=True)
class PlanCheck:
    verdict: str
    schedule: Schedule | None = None
    affordable: Decimal | None = None

    @property
    def needed_over_budget(self) -> bool:
        """The amount that would pay within the longest plan is more than the budget leaves."""
        return (
            self.schedule is not None
            and self.affordable is not None
            and self.schedule.needed_monthly > self.affordable
        )


def offer_from(affordable: Decimal, share: Decimal) -> Decimal:
    """The monthly amount to offer from what the budget leaves: `share` of it, in whole yuan
    (never more than it leaves), so that the plan survives an unexpected cost."""
    if share >= 1:
        return affordable
    offered = (affordable * share).quantize(Decimal("1"), rounding=ROUND_DOWN)
    return offered if offered > 0 else affordable  # too little to keep a margin of


def check_plan(
    total: Decimal | None,
    monthly: Decimal | None,
    budget: Budget | None,
    max_months: int,
    offer_share: Decimal = Decimal("1"),
) -> PlanCheck:
    """Whether paying `total` at `monthly` (else at `offer_share` of what `budget` leaves)
    works.

    An explicit `monthly` wins over the budget: a person may have help the budget does not
    show. With neither, or nothing to repay, the verdict is INCOMPLETE.
    """
    affordable = budget.affordable if budget is not None else None
    from_budget = monthly is None
    if from_budget and affordable is not None:
        monthly = offer_from(affordable, offer_share) if affordable > 0 else affordable
    if not total or total <= 0 or monthly is None:
        return PlanCheck(INCOMPLETE, affordable=affordable)
    schedule = instalment_schedule(total, monthly, max_months)
    if from_budget and not schedule.fits and 0 < schedule.needed_monthly <= affordable:
        # The margin would make the plan longer than lenders agree to: offer what fits.
        schedule = instalment_schedule(total, schedule.needed_monthly, max_months)
    if monthly <= 0:
        return PlanCheck(NOTHING_LEFT, schedule, affordable)
    if not schedule.fits:
        return PlanCheck(TOO_LONG, schedule, affordable)
    if affordable is not None and schedule.monthly > affordable:
        return PlanCheck(OVER_BUDGET, schedule, affordable)
    return PlanCheck(FITS, schedule, affordable)
