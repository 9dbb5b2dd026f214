"""The volunteer's workspace: the cases shared with them, the most urgent first.

Urgency comes from the assessment engine: a later stage first (court papers put a case at
the legal-action stage), then more rule-breaking calls in the last RECENT_DAYS, then court
papers, then more days overdue. The calls are read through the call log's cached summary
and index, as on the case list: a case with thousands of calls costs no more.
"""

import datetime

from assistant.assessment import stages
from assistant.calls import listing
from assistant.cases import content
from assistant.cases.presenting import assess_without_calls
from assistant.sharing.models import Share

RECENT_DAYS = 14


def flagged_calls(case, as_of):
    """(calls that broke a rule, of them made in the RECENT_DAYS up to `as_of`), from the
    call list's index (cached under calls_version): no call is loaded."""
    index = listing.index_for(case, case.calls_version)
    since = (as_of - datetime.timedelta(days=RECENT_DAYS)).toordinal()
    flagged = [position for position in range(len(index)) if index.flags(position)]
    recent = [p for p in flagged if since <= index.days[p] <= as_of.toordinal()]
    return len(flagged), len(recent)


def row_for(share):
    case = share.case
    assessment = assess_without_calls(case)
    as_of = datetime.date.fromisoformat(assessment["as_of"])
    flagged, recent = flagged_calls(case, as_of)
    return {
        "case": case,
        "share": share,
        "stage_code": assessment["stage"],
        "stage": content.STAGES[assessment["stage"]]["name"],
        "days_overdue": assessment["days_overdue"],
        "flags": flagged,
        "recent_flags": recent,
        "court_papers": bool(case.court_papers),
    }


def urgency(row):
    return (
        -stages.ORDER[row["stage_code"]],
        -row["recent_flags"],
        -row["court_papers"],
        -row["days_overdue"],
    )


LENDER_SEARCH_MAX = 100


def shared_with(volunteer, *, stage="", lender=""):
    """Rows for the volunteer's active shares, filtered by stage code and lender name."""
    shares = (
        Share.objects.active()
        .filter(volunteer=volunteer)
        .select_related("case")
        .prefetch_related("case__repayments")
    )
    # No name holds a NUL character (PostgreSQL refuses one in a query) or runs to 100
    # characters (SQLite refuses a very long LIKE pattern).
    lender = lender.replace("\x00", "")[:LENDER_SEARCH_MAX].strip()
    if lender:
        shares = shares.filter(case__lender_name__icontains=lender)
    rows = [row_for(share) for share in shares]
    if stage:
        rows = [row for row in rows if row["stage_code"] == stage]
    return sorted(rows, key=urgency)


def stage_choices():
    return [(code, content.STAGES[code]["name"]) for code in stages.CODES]
