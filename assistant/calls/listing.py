"""The call list of a case with thousands of calls, in a fixed number of queries.

The engine's flags need the whole log (a call is one too many only next to the others of its
day), but a page shows twenty calls. So the list keeps a light index of the log: for each call
its id, its Asia/Shanghai day and its flags (code and rules), newest first. The index is made
by conduct.flags_for, the function assess() uses, from a values() query (no model objects),
and cached under the case's `calls_version`, which every add, edit, delete, undo or confirmed
tick moves on (cases.models.calls_changed). Filters and pages work on the index; only the
page's calls are then loaded and given their words, sources and files.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.core.cache import cache
from django.utils import timezone

from assistant.assessment.conduct import SHANGHAI, LogSummary, flags_for, summarise
from assistant.assessment.registry import default_registry
from assistant.calls.chart import chart_of_days
from assistant.calls.models import Call, Channel, Evidence
from assistant.calls.presenting import FlagWords, flag_with_rules
from assistant.cases.models import Case

CACHE_SECONDS = 60 * 60


class LoggedCall(NamedTuple):
    """What the flag rules read of a call (the shape of casefile.Call they use)."""

    pk: int
    at: object
    channel: str
    answered: bool
    conduct: tuple


class Entry(NamedTuple):
    """One call in the index: its id, its day (date ordinal, Asia/Shanghai) and its flags."""

    pk: int
    day: int
    flags: tuple  # ((code, rules), ...)


def build_index(case, registry):
    """Every logged call as an Entry, newest first (by time, then entry order), and the
    log's summary for the assessment."""
    calls = [
        LoggedCall(pk, at, channel, answered, tuple(conduct or ()))
        for pk, at, channel, answered, conduct in case.calls.order_by("pk").values_list(
            "pk", "at", "channel", "answered", "conduct"
        )
    ]
    all_flags = flags_for(calls, case.lender_type, registry)
    flags = defaultdict(list)
    for flag in all_flags:
        flags[flag.call].append((flag.code, flag.rules))
    entries = [
        (
            call.at,
            call.pk,
            Entry(call.pk, call.at.astimezone(SHANGHAI).toordinal(), tuple(flags[i])),
        )
        for i, call in enumerate(calls)
    ]
    entries.sort(reverse=True)
    return [entry for _, _, entry in entries], summarise(calls, all_flags)


@dataclass(frozen=True)
class Index:
    """The whole log, newest first, as parallel lists (quick to cache and to page through)."""

    pks: list  # call ids
    days: list  # date ordinals, Asia/Shanghai
    kinds: list  # for each call, its position in `flag_sets`
    flag_sets: list  # distinct ((code, rules), ...) tuples
    chart: dict
    log: LogSummary  # what the assessment reads of the log (the case page)

    def __len__(self):
        return len(self.pks)

    def flags(self, position):
        return self.flag_sets[self.kinds[position]]


def current_version(case):
    """The case's calls_version as stored now (one small query): a view may have saved a
    call since it loaded `case`."""
    return Case.objects.filter(pk=case.pk).values_list("calls_version", flat=True).first()


def _key(kind, case, version):
    # The lender type decides which rules a flag cites; the version, which calls there are.
    return f"calls:{kind}:{case.pk}:{version}:{case.lender_type}"


def index_for(case, version=None):
    """The case's Index, from the cache when the log has not changed. `version`: the
    case's calls_version when the caller knows it is current."""
    version = current_version(case) if version is None else version
    key = _key("index", case, version)
    found = cache.get(key)
    if found is None:
        entries, log = build_index(case, default_registry())
        kinds = {}
        found = Index(
            pks=[entry.pk for entry in entries],
            days=[entry.day for entry in entries],
            kinds=[kinds.setdefault(entry.flags, len(kinds)) for entry in entries],
            flag_sets=list(kinds),
            chart=chart_of_days([(entry.day, bool(entry.flags)) for entry in entries]),
            log=log,
        )
        cache.set(key, found, CACHE_SECONDS)
    return found


def log_summary(case, version=None):
    """The summary of the case's log (conduct.LogSummary) for the assessment, kept apart
    from the Index under the same version: a few codes and rules, quick to read from the
    cache whatever the length of the log."""
    version = current_version(case) if version is None else version
    key = _key("log", case, version)
    found = cache.get(key)
    if found is None:
        found = index_for(case, version).log
        cache.set(key, found, CACHE_SECONDS)
    return found


def matching(index, flag=None, date_from=None, date_to=None):
    """Positions in `index` of the calls with flag `flag` on Asia/Shanghai days from
    `date_from` to `date_to` (a range, cheap to page through, when nothing is filtered)."""
    if not (flag or date_from or date_to):
        return range(len(index))
    start = date_from.toordinal() if date_from else None
    end = date_to.toordinal() if date_to else None
    with_flag = {
        kind for kind, flags in enumerate(index.flag_sets) if any(c == flag for c, _ in flags)
    }
    return [
        position
        for position, (day, kind) in enumerate(zip(index.days, index.kinds, strict=True))
        if (not flag or kind in with_flag)
        and (start is None or day >= start)
        and (end is None or day <= end)
    ]


def rows_for(index, positions, lender=None):
    """The calls at `positions` as the rows calls/entry.html shows (two queries).

    `lender`, the case's lender type, names the daily call limit that binds it."""
    pks = [index.pks[position] for position in positions]
    calls = Call.objects.in_bulk(pks)
    files = defaultdict(list)
    for item in Evidence.objects.filter(call_id__in=pks):
        files[item.call_id].append(item)
    cache = FlagWords(lender)
    return [
        {
            "call": calls[pk],
            "at": timezone.localtime(calls[pk].at, SHANGHAI),
            "channel": Channel(calls[pk].channel).label,
            "flags": [
                flag_with_rules({"code": code, "rules": rules}, cache)
                for code, rules in index.flags(position)
            ],
            "evidence": files[pk],
        }
        for pk, position in zip(pks, positions, strict=True)
        if pk in calls
    ]
