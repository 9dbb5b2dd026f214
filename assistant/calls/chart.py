"""Calls per day, for the server-rendered bar chart on the call log (no JavaScript)."""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.utils.translation import ngettext

MAX_DAYS = 60
# Fewer days than this are drawn at the width of this many: one day is a bar, not a block.
MIN_SLOTS = 7
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


def chart_of_days(days):
    """The chart from (date ordinal, flagged) pairs, one per call (see listing.py): one Day
    per calendar day (Asia/Shanghai) from the first call to the last, at most MAX_DAYS (the
    latest ones), with bar geometry scaled to the busiest day."""
    totals = Counter(day for day, _ in days)
    flagged = Counter(day for day, is_flagged in days if is_flagged)
    return _chart(_days(totals, flagged))


def _days(totals, flagged):
    if not totals:
        return []
    last = max(totals)
    first = max(min(totals), last - MAX_DAYS + 1)
    busiest = max(totals.values())
    return [
        Day(
            date=date.fromordinal(day),
            calls=totals[day],
            flagged=flagged[day],
            x=(day - first) * (BAR_WIDTH + GAP),
            height=round(HEIGHT * totals[day] / busiest),
            flagged_height=round(HEIGHT * flagged[day] / busiest),
        )
        for day in range(first, last + 1)
    ]


def _chart(days):
    return {
        "days": days,
        "width": max(len(days), MIN_SLOTS) * (BAR_WIDTH + GAP) - GAP,
        "height": HEIGHT,
        "bar_width": BAR_WIDTH,
        "busiest": max((d.calls for d in days), default=0),
        # Shown under the bars (not only in tooltips): the first and the last day drawn, and
        # for a single day its counts.
        "first": days[0] if days else None,
        "last": days[-1] if len(days) > 1 else None,
    }
