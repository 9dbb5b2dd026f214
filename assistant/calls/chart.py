"""Calls per day, for the server-rendered bar chart on the call log (no JavaScript)."""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

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


def calls_per_day(rows):
    """One Day per calendar day (Asia/Shanghai) from the first to the last call, at most
    MAX_DAYS (the latest ones), with bar geometry scaled to the busiest day."""
    if not rows:
        return []
    totals = Counter(row["at"].date() for row in rows)
    flagged = Counter(row["at"].date() for row in rows if row["flags"])
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
    days = calls_per_day(rows)
    return {
        "days": days,
        "width": max(len(days) * (BAR_WIDTH + GAP) - GAP, 1),
        "height": HEIGHT,
        "bar_width": BAR_WIDTH,
        "busiest": max((d.calls for d in days), default=0),
    }
