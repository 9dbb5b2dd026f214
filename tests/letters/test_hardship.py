"""The instalment schedule pays the stated amount exactly, or says what monthly amount would."""

from decimal import Decimal

import pytest

from assistant.letters.hardship import instalment_schedule


@pytest.mark.parametrize(
    ("total", "monthly"),
    [("8000", "700"), ("8000", "800"), ("9120.50", "333.33"), ("100", "700"), ("0.05", "0.01")],
)
def test_the_schedule_pays_the_total_exactly(total, monthly):
    schedule = instalment_schedule(Decimal(total), Decimal(monthly), 60)

    assert schedule.fits
    assert schedule.paid == Decimal(total)
    assert schedule.rows[-1].last == schedule.months
    assert all(row.amount <= Decimal(monthly) for row in schedule.rows)


def test_the_last_month_pays_what_is_left():
    schedule = instalment_schedule(Decimal("8000"), Decimal("700"), 60)

    assert schedule.months == 12
    assert [(r.first, r.last, r.amount) for r in schedule.rows] == [
        (1, 11, Decimal("700.00")),
        (12, 12, Decimal("300.00")),
    ]


def test_an_even_split_is_one_row():
    schedule = instalment_schedule(Decimal("8000"), Decimal("800"), 60)

    assert [(r.first, r.last, r.amount) for r in schedule.rows] == [(1, 10, Decimal("800.00"))]


def test_too_little_a_month_says_what_would_pay_it_in_the_longest_plan():
    schedule = instalment_schedule(Decimal("60000"), Decimal("700"), 60)

    assert not schedule.fits
    assert schedule.rows == ()
    assert schedule.months == 86
    assert schedule.needed_monthly == Decimal("1000.00")


def test_the_needed_amount_rounds_up_to_the_fen():
    schedule = instalment_schedule(Decimal("10000"), Decimal("1"), 60)

    assert schedule.needed_monthly == Decimal("166.67")
    assert schedule.needed_monthly * 60 >= Decimal("10000")


def test_nothing_a_month_never_fits():
    schedule = instalment_schedule(Decimal("8000"), Decimal("0"), 60)

    assert not schedule.fits
    assert schedule.needed_monthly == Decimal("133.34")


def test_exactly_the_longest_plan_fits():
    schedule = instalment_schedule(Decimal("6000"), Decimal("100"), 60)

    assert schedule.fits and schedule.months == 60
