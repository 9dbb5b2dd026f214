"""Calls per day, for the server-rendered bar chart on the call log (no JavaScript)."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import ngettext

MAX_DAYS = 60
BAR_WIDTH = 10
GAP = 2
HEIGHT = 80


@dataclass(frozen=True)
class Day:
    date: object
    calls: int
    flagged: int
    x: int
    height: int
    flagged_height: int

    @property
    def y(self):
        return HEIGHT - self.height

    @property
    def flagged_y(self):
        return HEIGHT - self.flagged_height

    # Words made here rather than in the template: a chart has up to 60 days, drawn twice.
    @property
    def day(self):
        return self.date.isoformat()

    @property
    def counts(self):
        """E.g. "3 contacts, 1 flagged", in the language of the request."""
        text = ngettext("%(n)s contact, %(f)s flagged", "%(n)s contacts, %(f)s flagged", self.calls)
        return text % {"n": self.calls, "f": self.flagged}


def calls_per_day(rows):
    """One Day per calendar day (Asia/Shanghai) from the first to the last call, at most
    MAX_DAYS (the latest ones), with bar geometry scaled to the busiest day."""
    return days_from(
        Counter(r["at"].date() for r in rows), Counter(r["at"].date() for r in rows if r["flags"])
    )


def days_from(totals, flagged):
    """The Days of the chart from calls and flagged calls counted per date."""
    if not totals:
        return []
    last = max(totals)
    first = max(min(totals), last - timedelta(days=MAX_DAYS - 1))
    busiest = max(totals.values())
    days = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        days.append(
            Day(
                date=day,
                calls=totals[day],
                flagged=flagged[day],
                x=offset * (BAR_WIDTH + GAP),
                height=round(HEIGHT * totals[day] / busiest),
                flagged_height=round(HEIGHT * flagged[day] / busiest),
            )
        )
    return days


def chart(rows):
    return _chart(calls_per_day(rows))


def chart_of_days(days):
    """The chart from (date ordinal, flagged) pairs, one per call (see listing.py)."""
    totals = Counter(day for day, _ in days)
    flagged = Counter(day for day, is_flagged in days if is_flagged)
    return _chart(
        days_from(
            Counter({date.fromordinal(d): n for d, n in totals.items()}),
            Counter({date.fromordinal(d): n for d, n in flagged.items()}),
        )
    )


def _chart(days):
    return {
        "days": days,
        "width": max(len(days) * (BAR_WIDTH + GAP) - GAP, 1),
        "height": HEIGHT,
        "bar_width": BAR_WIDTH,
        "busiest": max((d.calls for d in days), default=0),
    }
