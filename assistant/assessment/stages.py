"""The escalation timeline: the stages, their day ranges, and the stage of a case.

Day boundaries come from the registry (thresholds `stage_*_until_day`), so they can be
corrected as data. Facts move a case forward, never back (FACT_MINIMUM_STAGE). What each
stage means for a lender type is in stage_content.py.
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from .lenders import lender_type
from .registry import Registry
from .stage_content import CONTENT, LENDER_EXTRAS, LENDER_OMIT, StageContent


@dataclass(frozen=True)
class Stage:
    code: str
    # What puts a case in this stage: "days" overdue, or a fact of the case.
    by: str
    until_threshold: str | None = None
    typical_from_threshold: str | None = None


STAGES = (
    Stage("not_yet_due", "days", until_threshold="stage_not_yet_due_until_day"),
    Stage("early_reminder", "days", until_threshold="stage_early_reminder_until_day"),
    Stage("early_collection", "days", until_threshold="stage_early_collection_until_day"),
    Stage("outsourced_collection", "days", until_threshold="stage_outsourced_collection_until_day"),
    Stage("serious_delinquency", "days"),
    Stage("legal_action", "court_papers", typical_from_threshold="legal_action_typical_from_day"),
    Stage("enforcement", "judgment", typical_from_threshold="enforcement_typical_from_day"),
)
CODES = tuple(stage.code for stage in STAGES)
ORDER = {code: position for position, code in enumerate(CODES)}
BY = {stage.code: stage.by for stage in STAGES}

FACT_MINIMUM_STAGE = {
    "third_party_collector": "outsourced_collection",
    "court_papers": "legal_action",
    "enforcement_notice": "enforcement",  # from the court papers (court.py), not a fact key
}


@dataclass(frozen=True)
class TimelineEntry:
    stage: str
    by: str
    from_day: int | None
    to_day: int | None
    current: bool
    past: bool


@dataclass(frozen=True)
class StageDetail:
    stage: str
    by: str
    from_day: int | None
    to_day: int | None
    current: bool
    past: bool
    events: tuple[str, ...] = ()
    consequences: tuple[str, ...] = ()
    bluffs: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


def day_ranges(registry: Registry) -> dict[str, tuple[int | None, int | None]]:
    """(from_day, to_day) per stage; None is an open end. Fact stages give their typical start."""
    ranges = {}
    previous_until = None
    for stage in STAGES:
        if stage.by == "days":
            until = registry.value(stage.until_threshold) if stage.until_threshold else None
            start = None if previous_until is None else previous_until + 1
            ranges[stage.code] = (start, until)
            previous_until = until
        else:
            ranges[stage.code] = (registry.value(stage.typical_from_threshold), None)
    return ranges


def stage_for(days_overdue: int, facts: Mapping[str, bool | None], registry: Registry) -> str:
    """The stage by days overdue, moved forward (never back) by the facts of the case."""
    by_days = next(
        code
        for code, (_, until) in day_ranges(registry).items()
        if BY[code] == "days" and (until is None or days_overdue <= until)
    )
    reached = [by_days] + [code for fact, code in FACT_MINIMUM_STAGE.items() if facts.get(fact)]
    return max(reached, key=ORDER.__getitem__)


def next_by_days(days_overdue: int, current: str, registry: Registry) -> tuple[str, int] | None:
    """The next stage that the passing of days alone brings, and its first day."""
    ranges = day_ranges(registry)
    for stage in STAGES:
        start = ranges[stage.code][0]
        later = ORDER[stage.code] > ORDER[current]
        if stage.by == "days" and later and start is not None and start > days_overdue:
            return stage.code, start
    return None


def timeline(current: str, registry: Registry) -> tuple[TimelineEntry, ...]:
    ranges = day_ranges(registry)
    return tuple(
        TimelineEntry(
            stage=stage.code,
            by=stage.by,
            from_day=ranges[stage.code][0],
            to_day=ranges[stage.code][1],
            current=stage.code == current,
            past=ORDER[stage.code] < ORDER[current],
        )
        for stage in STAGES
    )


def _merge(*parts: tuple[str, ...], omit: frozenset[str]) -> tuple[str, ...]:
    return tuple(
        code for code in dict.fromkeys(c for part in parts for c in part) if code not in omit
    )


def content_for(stage: str, lender: str, registry: Registry) -> StageContent:
    """The stage's content for one lender type, with rules that do not bind it left out."""
    base = CONTENT[lender_type(lender).group][stage]
    extra = LENDER_EXTRAS.get(lender, {}).get(stage, StageContent())
    omit = LENDER_OMIT.get(lender, frozenset())
    rules = _merge(base.rules, extra.rules, omit=omit)
    return StageContent(
        events=_merge(base.events, extra.events, omit=omit),
        consequences=_merge(base.consequences, extra.consequences, omit=omit),
        bluffs=_merge(base.bluffs, extra.bluffs, omit=omit),
        rules=registry.applicable(rules, lender),
        actions=_merge(base.actions, extra.actions, omit=omit),
    )


def details(current: str, lender: str, registry: Registry) -> tuple[StageDetail, ...]:
    return tuple(
        StageDetail(**asdict(entry), **asdict(content_for(entry.stage, lender, registry)))
        for entry in timeline(current, registry)
    )
