"""Lender patterns: how often each lender's collectors were flagged, over all cases.

What advocates need for a collective complaint, and nothing that points to a borrower:
- only the lender's normalised name, the number of cases, and counts per kind of conduct
  (the engine's flag codes: assistant/assessment/conduct.py `flags_for`);
- free text is never read: the query below selects the call's time, channel, answered and
  conduct codes only, never its number, collector, organisation or summary;
- a lender is shown only with reports from at least `min_distinct_cases` different cases,
  and a name that looks like a phone number never is (both in data/patterns.json, with why).

For volunteers only, not the public: anyone can make cases without an account, so five
made-up cases would put a lender's name on a public page (and a public page invites exactly
that); and the counts are borrowers' own reports, fit for advocates preparing a complaint
but not for publishing as findings about a named company. Counting distinct accounts and
sessions instead of cases, plus a volunteer's review, would be needed before a public version.

Speed: one query over the calls of the period, joined to their case's lender name and type
and ordered by case, read in chunks; each case's calls are grouped in Python (`groupby`) and
flagged by the engine once. No query per case, so thousands of cases take one pass.
"""

import json
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from django.utils import timezone

from assistant.assessment.conduct import CONDUCT, SHANGHAI, flags_for
from assistant.assessment.registry import default_registry
from assistant.calls.models import Call

DATA_FILE = Path(__file__).parent / "data" / "patterns.json"
CODE_ORDER = {conduct.code: index for index, conduct in enumerate(CONDUCT)}
# The only columns read: no free text, no phone number (see the module docstring).
COLUMNS = ("case_id", "case__lender_name", "case__lender_type", "at", "channel", "answered")


@dataclass(frozen=True)
class Rules:
    min_distinct_cases: int
    periods_days: tuple[int, ...]
    default_period: int
    max_digits_in_name: int


@cache
def rules():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return Rules(
        min_distinct_cases=data["min_distinct_cases"]["value"],
        periods_days=tuple(data["periods_days"]["value"]),
        default_period=data["periods_days"]["default"],
        max_digits_in_name=data["max_digits_in_lender_name"]["value"],
    )


def normalise_lender(name, max_digits=None):
    """One key per lender however it was typed; "" when it is empty or looks like a number."""
    max_digits = rules().max_digits_in_name if max_digits is None else max_digits
    key = "".join(unicodedata.normalize("NFKC", name or "").split()).casefold()
    if sum(ch.isdigit() for ch in key) > max_digits:
        return ""
    return key


@dataclass(frozen=True)
class LoggedCall:
    """What the engine needs of a call to flag it, and nothing more."""

    at: datetime
    channel: str
    answered: bool
    conduct: tuple[str, ...]


@dataclass
class LenderPattern:
    name: str
    cases: int = 0
    # code -> (cases with it, times it was flagged), in the engine's order of conduct.
    conduct: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def flags(self):
        return sum(times for _, times in self.conduct.values())


@dataclass
class _Tally:
    spellings: Counter = field(default_factory=Counter)
    cases: set = field(default_factory=set)
    times: Counter = field(default_factory=Counter)
    cases_with: Counter = field(default_factory=Counter)


def since(days, now=None):
    """The start (Asia/Shanghai midnight) of the period of the last `days` days."""
    today = timezone.localtime(now or timezone.now(), SHANGHAI).date()
    return datetime.combine(today - timedelta(days=days - 1), time.min, tzinfo=SHANGHAI)


def lender_patterns(days, now=None, registry=None):
    """The lenders shown for the last `days` days, most cases first."""
    calls = (
        Call.objects.filter(at__gte=since(days, now), case__lender_name__gt="")
        .order_by("case_id", "pk")
        .values_list(*COLUMNS, "conduct")
        .iterator(chunk_size=2000)
    )
    return summarise(calls, registry or default_registry(), rules())


def summarise(rows, registry, rules):
    """Patterns from (case id, lender name, lender type, at, channel, answered, conduct) rows.

    `rows` must come grouped by case. Lenders under the threshold are left out.
    """
    tallies = defaultdict(_Tally)
    for (case_id, name, lender_type), case_rows in groupby(rows, key=itemgetter(0, 1, 2)):
        key = normalise_lender(name, rules.max_digits_in_name)
        if not key:
            continue
        calls = [
            LoggedCall(at, channel, answered, tuple(codes))
            for *_, at, channel, answered, codes in case_rows
        ]
        codes = Counter(flag.code for flag in flags_for(calls, lender_type, registry))
        if not codes:
            continue
        tally = tallies[key]
        tally.spellings[name.strip()] += 1
        tally.cases.add(case_id)
        tally.times.update(codes)
        tally.cases_with.update(codes.keys())
    shown = [
        _pattern(tally)
        for tally in tallies.values()
        if len(tally.cases) >= rules.min_distinct_cases
    ]
    return sorted(shown, key=lambda p: (-p.cases, -p.flags, p.name))


def _pattern(tally):
    codes = sorted(tally.times, key=CODE_ORDER.get)
    return LenderPattern(
        # The spelling most cases used; ties go to the first in sort order, so it is stable.
        name=min(tally.spellings, key=lambda s: (-tally.spellings[s], s)),
        cases=len(tally.cases),
        conduct={code: (tally.cases_with[code], tally.times[code]) for code in codes},
    )
