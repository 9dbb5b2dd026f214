"""Counting days forward without falling off the calendar.

The reader of case files and the forms keep dates within 1970–2099, but a case stored
before that check (or edited in the admin) may hold 9999-12-31: three years or a few days
after it are not dates Python has. Those sums stop at the calendar's last (or first) day, so
the case page shows a far-off date instead of failing.
"""

import calendar
from datetime import date, timedelta


def plus_days(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def plus_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February ends on the 28th (民法典 art. 202)."""
    year = day.year + years
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
