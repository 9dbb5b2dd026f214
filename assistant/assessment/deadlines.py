"""Reply deadlines for the follow-up tracker, from the rule table in data/deadlines.json.

Pure Python (no Django): the tracker, the case calendar and the reminders all ask this module
when an answer is due and whether it is late. Days are calendar days in Asia/Shanghai,
counted from the day after the start day: an item sent on 1 March with a 15-day rule is due
on 16 March ("day 15"), and overdue from 17 March ("day 16").

Which rule fits an item: a rule for what the item is about (a credit-report objection, a
payment order), else the complaint rule when the channel is one it covers and its source
binds this type of lender (the registry's `applies_to`), else `check_back`: our own
suggestion to look again after some days where no rule we know sets a time.
"""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from assistant.assessment.assess import today_in_shanghai  # noqa: F401 (re-exported)
from assistant.assessment.days import plus_days
from assistant.assessment.registry import Registry, default_registry

DATA = Path(__file__).parent / "data" / "deadlines.json"
CHECK_BACK = "check_back"

# Item states, in the order the case page lists them.
OVERDUE = "overdue"
DUE_TODAY = "due_today"
WAITING = "waiting"
ANSWERED = "answered"


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # "reply" (they must answer), "objection" (you must act), "check_back"
    about: str
    channels: tuple[str, ...]
    days: int
    extensions: tuple[int, ...]
    source: str | None
    # What the days run from in law: the day the item was received ("receipt"), or the day
    # the body accepted it ("acceptance"), which may be later; we count from receipt, so
    # such a date is the earliest the answer can be due.
    counts_from: str = "receipt"

    def covers(self, about: str, channel: str, lender_type: str, registry: Registry) -> bool:
        if self.about != about or (self.channels and channel not in self.channels):
            return False
        return self.source is None or registry.source(self.source).applies(lender_type)


def _rule(entry: dict) -> Rule:
    days = int(entry["days"])
    extensions = tuple(int(d) for d in entry.get("extensions", ()))
    if days <= 0 or any(d <= days for d in extensions):
        raise ValueError(f"rule {entry['id']}: days must be positive and extensions longer")
    return Rule(
        id=entry["id"],
        kind=entry["kind"],
        about=entry.get("about", ""),
        channels=tuple(entry.get("channels", ())),
        days=days,
        extensions=extensions,
        source=entry.get("source"),
        counts_from=entry.get("counts_from", "receipt"),
    )


def load_rules(path: Path = DATA, registry: Registry | None = None) -> dict[str, Rule]:
    """The rules by id; every source must be in the registry, and `check_back` must exist."""
    registry = registry or default_registry()
    rules = {}
    for entry in json.loads(path.read_text(encoding="utf-8"))["rules"]:
        rule = _rule(entry)
        if rule.source:
            registry.source(rule.source)  # raises on an unknown id
        rules[rule.id] = rule
    if CHECK_BACK not in rules:
        raise ValueError("the rule table needs a check_back rule")
    return rules


@cache
def default_rules() -> dict[str, Rule]:
    return load_rules()


def rule_for(
    about: str,
    channel: str,
    lender_type: str,
    rules: dict[str, Rule] | None = None,
    registry: Registry | None = None,
) -> Rule:
    """The rule that sets when an item about `about`, sent through `channel`, is answered."""
    rules = rules or default_rules()
    registry = registry or default_registry()
    for rule in rules.values():
        if rule.id != CHECK_BACK and rule.covers(about, channel, lender_type, registry):
            return rule
    return rules[CHECK_BACK]


def due_date(start: date, rule: Rule, extension: int = 0) -> date:
    """The last day for the answer: `start` + the rule's days, or its `extension`-th longer
    period when the lender announced one (1 = the first extension, 2 = the second)."""
    if extension and rule.extensions:
        days = rule.extensions[min(extension, len(rule.extensions)) - 1]
    else:
        days = rule.days
    return plus_days(start, days)


def state(due: date, today: date, answered: bool = False) -> str:
    """ANSWERED, else WAITING before `due`, DUE_TODAY on it, OVERDUE from the day after."""
    if answered:
        return ANSWERED
    if today < due:
        return WAITING
    return DUE_TODAY if today == due else OVERDUE


def days_left(due: date, today: date) -> int:
    """Days until `due` (0 on the day, negative once late)."""
    return (due - today).days


def next_channel(channels: tuple[str, ...], current: str) -> str | None:
    """Where to turn after `current` in the lender type's order of complaint channels.

    In-app complaints count as the lender's own channel. A channel outside the list (court,
    other) has no next step here.
    """
    current = "lender" if current == "in_app" else current
    if current not in channels:
        return None
    later = channels[channels.index(current) + 1 :]
    return later[0] if later else None
