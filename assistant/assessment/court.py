"""Court papers a borrower received, and the deadlines they start (FACTS.md §5).

Pure Python. Each paper has a kind and the day it was served; a period of days is counted
as Chinese procedure counts it: the day of service is not counted, so a 15-day period from
a paper served on 1 December ends on 16 December. A period that ends on a public holiday
moves to the next working day; the site does not know the holiday calendar, so it never
moves a date and says so (HOLIDAY_CAVEAT in the pages), which can only make it earlier.
"""

from dataclasses import dataclass
from datetime import date, timedelta

KINDS = (
    "payment_order",
    "complaint",
    "mediation",
    "arbitration",
    "judgment",
    "enforcement_notice",
)

# What each kind of paper starts: (deadline kind, days, the registry rules it comes from).
PERIODS = {
    "payment_order": (("payment_order_objection", 15, ("cpl_227",)),),
    "complaint": (
        ("defence", 15, ("cpl_128",)),
        ("jurisdiction_objection", 15, ("cpl_130",)),
    ),
    "judgment": (("appeal", 15, ("cpl_171",)),),
}


@dataclass(frozen=True)
class CourtPaper:
    kind: str
    served_on: date
    court: str | None = None
    case_number: str | None = None


@dataclass(frozen=True)
class CourtDeadline:
    kind: str
    date: date
    rules: tuple[str, ...]
    paper: int  # index of the paper in the case's `court` list
    open: bool  # the last day has not passed on the assessment day
    days: int = 15


def last_day(served_on: date, days: int) -> date:
    """The last day of a period of `days` from service, the day of service not counted."""
    return served_on + timedelta(days=days)


def deadlines_for(papers, as_of: date) -> tuple[CourtDeadline, ...]:
    """Every deadline the papers start, soonest first."""
    found = [
        CourtDeadline(kind, end, rules, index, as_of <= end, days)
        for index, paper in enumerate(papers)
        for kind, days, rules in PERIODS.get(paper.kind, ())
        for end in [last_day(paper.served_on, days)]
    ]
    return tuple(sorted(found, key=lambda d: (d.date, d.paper, d.kind)))


def stage_facts(papers) -> dict[str, bool]:
    """The facts the papers establish, which move the stage forward (stages.py)."""
    kinds = {paper.kind for paper in papers}
    return (
        {"court_papers": True, "enforcement_notice": "enforcement_notice" in kinds} if kinds else {}
    )
