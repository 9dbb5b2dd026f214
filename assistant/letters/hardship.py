"""Hardship maths for the instalment letter: a schedule that pays the stated amount exactly.

Pure Python (no Django). Money is Decimal yuan, rounded to the fen. The longest plan comes
from the registry (`card_instalment_max_months`, 信用卡办法 art. 70: at most 5 years); we use
the same ceiling for every lender type, since no other rule names a longer one.
"""

import math
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Row:
    """Months `first`..`last` (1-based, inclusive) each pay `amount`."""

    first: int
    last: int
    amount: Decimal


@dataclass(frozen=True)
class Schedule:
    total: Decimal
    monthly: Decimal
    months: int
    rows: tuple[Row, ...]
    fits: bool  # pays `total` within `max_months`
    max_months: int
    needed_monthly: Decimal  # the monthly amount that pays `total` in `max_months`

    @property
    def paid(self) -> Decimal:
        return sum((row.amount * (row.last - row.first + 1) for row in self.rows), Decimal(0))


def monthly_for(total: Decimal, months: int) -> Decimal:
    """The smallest whole-fen monthly amount that pays `total` in `months` months."""
    return (total / months).quantize(CENT, ROUND_UP)


def instalment_schedule(total: Decimal, monthly: Decimal, max_months: int) -> Schedule:
    """Pay `total` at `monthly` a month; the last month pays only what is left.

    When `monthly` cannot pay `total` within `max_months` (or is zero), the schedule does
    not fit: `rows` is empty and `needed_monthly` says what amount would.
    """
    total = total.quantize(CENT)
    monthly = monthly.quantize(CENT)
    needed = monthly_for(total, max_months) if total > 0 else Decimal(0)
    if total <= 0:
        return Schedule(total, monthly, 0, (), True, max_months, needed)
    if monthly <= 0:
        return Schedule(total, monthly, 0, (), False, max_months, needed)
    monthly = min(monthly, total)
    months = math.ceil(total / monthly)
    if months > max_months:
        return Schedule(total, monthly, months, (), False, max_months, needed)
    last = total - monthly * (months - 1)
    if last == monthly:
        rows = (Row(1, months, monthly),)
    elif months == 1:
        rows = (Row(1, 1, last),)
    else:
        rows = (Row(1, months - 1, monthly), Row(months, months, last))
    return Schedule(total, monthly, months, rows, True, max_months, needed)
