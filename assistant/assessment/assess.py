"""The assessment of one case (`anxin.assessment/1`, shared/design/CASE_FORMAT.md).

`assess(case)` puts the pieces together: days overdue and stage (stages.py), flags
(conduct.py), rate, budget and limitation date (money.py), letters and actions
(suggestions.py). `assessment_to_dict()` gives the documented JSON plus a few extra keys
for the case page; `timeline_detail()` gives each stage's events, consequences, bluffs,
rules and actions for the case's lender type.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from . import court, money, stages
from .casefile import Case, parse
from .conduct import SHANGHAI, Flag, LogSummary, flags_for, summarise
from .days import plus_days
from .lenders import lender_type
from .registry import Registry, default_registry
from .suggestions import Figures, actions_for, case_signals, court_signals, letters_for

FORMAT = "anxin.assessment/1"
LIMITATION_RULES = ("civil_code_188", "civil_code_189", "civil_code_195", "civil_code_202")


@dataclass(frozen=True)
class NextStage:
    stage: str
    from_day: int
    on: date


@dataclass(frozen=True)
class Assessment:
    as_of: date
    days_overdue: int
    stage: str
    timeline: tuple[stages.TimelineEntry, ...]
    flags: tuple[Flag, ...] | None  # None when assessed from a LogSummary
    log: LogSummary
    effective_apr: Decimal | None
    apr_band: str | None
    # A `private` lender's cap (4 × the LPR of the contract date), when it is known.
    lending_cap: money.LendingCap | None
    limitation_date: date
    affordable_monthly: Decimal | None
    suggested_letters: tuple[str, ...]
    actions: tuple[str, ...]
    total_owed: Decimal | None
    monthly_needed: Decimal | None
    proposed_plan: money.Plan | None
    next_stage: NextStage | None
    complaint_channels: tuple[str, ...]
    court_deadlines: tuple[court.CourtDeadline, ...] = ()


def today_in_shanghai(now: datetime | None = None) -> date:
    """Today's date in China; `now` (any aware datetime) fixes the moment, for tests."""
    return (now or datetime.now(SHANGHAI)).astimezone(SHANGHAI).date()


def _next_stage(case: Case, days: int, stage: str, registry: Registry) -> NextStage | None:
    upcoming = stages.next_by_days(days, stage, registry)
    if upcoming is None:
        return None
    code, from_day = upcoming
    return NextStage(code, from_day, plus_days(case.first_missed_due_date, from_day))


def assess(
    case: Case | Mapping,
    as_of: date | None = None,
    registry: Registry | None = None,
    log: LogSummary | None = None,
) -> Assessment:
    """Assess a case on `as_of` (else the case's own as_of, else today in Asia/Shanghai).

    `log`: the summary of the case's call log (conduct.summarise), for a caller that keeps
    it for a long log; `case.calls` is then not read and the result has no single `flags`
    (None), only the summary."""
    if isinstance(case, Mapping):
        case = parse(case)
    registry = registry or default_registry()
    as_of = as_of or case.as_of or today_in_shanghai()
    days = (as_of - case.first_missed_due_date).days
    papers_facts = court.stage_facts(case.court)
    stage = stages.stage_for(days, {**case.facts.as_dict(), **papers_facts}, registry)
    court_deadlines = court.deadlines_for(case.court, as_of)
    flags = None
    if log is None:
        flags = flags_for(case.calls, case.lender.type, registry)
        log = summarise(case.calls, flags)

    repayments = sorted(case.loan.repayments, key=lambda r: r.due)
    apr = money.effective_apr(case.loan.amount_received, [r.amount for r in repayments])
    owed = money.total_owed(case)
    affordable = money.affordable_monthly(case.finances)
    lending_cap = (
        money.private_lending_cap(registry, money.contract_date(repayments))
        if case.lender.type == "private"
        else None
    )
    figures = Figures(
        apr_band=money.apr_band(apr, registry, lending_cap),
        total_owed=owed,
        affordable_monthly=affordable,
        monthly_needed=money.monthly_needed(case, owed, registry),
    )
    signals = case_signals(case, log, figures, registry) | court_signals(
        papers_facts, court_deadlines
    )
    stage_actions = stages.content_for(stage, case.lender.type, registry).actions
    return Assessment(
        as_of=as_of,
        days_overdue=days,
        stage=stage,
        timeline=stages.timeline(stage, registry),
        flags=flags,
        log=log,
        effective_apr=apr,
        apr_band=figures.apr_band,
        lending_cap=lending_cap,
        limitation_date=money.limitation_date(
            case.first_missed_due_date, [r.due for r in repayments], registry
        ),
        affordable_monthly=affordable,
        suggested_letters=letters_for(signals),
        actions=actions_for(signals, stage_actions),
        total_owed=owed,
        monthly_needed=figures.monthly_needed,
        proposed_plan=money.proposed_plan(owed, affordable),
        next_stage=_next_stage(case, days, stage, registry),
        complaint_channels=lender_type(case.lender.type).complaint_channels,
        court_deadlines=court_deadlines,
    )


def assessment_to_dict(assessment: Assessment) -> dict:
    """CASE_FORMAT.md's assessment JSON; the keys after `court_deadlines` are extras.

    An assessment made from a LogSummary has `"flags": None` (its single flags are not known).
    """
    plan, upcoming = assessment.proposed_plan, assessment.next_stage
    return {
        "format": FORMAT,
        "as_of": assessment.as_of.isoformat(),
        "days_overdue": assessment.days_overdue,
        "stage": assessment.stage,
        "timeline": [
            {
                "stage": entry.stage,
                "from_day": entry.from_day,
                "to_day": entry.to_day,
                "current": entry.current,
                "past": entry.past,
                "by": entry.by,
            }
            for entry in assessment.timeline
        ],
        "flags": None
        if assessment.flags is None
        else [
            {"code": flag.code, "call": flag.call, "rules": list(flag.rules)}
            for flag in assessment.flags
        ],
        "effective_apr": money.rate_str(assessment.effective_apr),
        "limitation_date": assessment.limitation_date.isoformat(),
        "affordable_monthly": money.money_str(assessment.affordable_monthly),
        "suggested_letters": list(assessment.suggested_letters),
        "court_deadlines": [
            {"kind": d.kind, "date": d.date.isoformat(), "rules": list(d.rules)}
            for d in assessment.court_deadlines
        ],
        "apr_band": assessment.apr_band,
        "lending_cap": assessment.lending_cap and money.rate_str(assessment.lending_cap.rate),
        "limitation_caveat": True,
        "limitation_rules": list(LIMITATION_RULES),
        "actions": list(assessment.actions),
        "total_owed": money.money_str(assessment.total_owed),
        "monthly_needed": money.money_str(assessment.monthly_needed),
        "proposed_plan": plan and {"monthly": money.money_str(plan.monthly), "months": plan.months},
        "next_stage": upcoming
        and {"stage": upcoming.stage, "from_day": upcoming.from_day, "on": upcoming.on.isoformat()},
        "complaint_channels": list(assessment.complaint_channels),
    }


def timeline_detail(
    case: Case, assessment: Assessment, registry: Registry | None = None
) -> tuple[stages.StageDetail, ...]:
    """Every stage with its content for this case's lender type; the current one marked."""
    return stages.details(assessment.stage, case.lender.type, registry or default_registry())
