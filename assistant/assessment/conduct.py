"""Collection conduct: which rules each kind of conduct breaks, and the flags of a call log.

A flag appears for every conduct code the borrower reported on a call, plus two that are
computed from the log (COMPUTED): `outside_hours` and `too_many_calls`. The window and the
daily limits come from the registry; each daily limit counts only for the lender types its
source binds (more than 3 answered calls: online consumer credit; more than 6 unanswered
attempts: banks), and neither for a private or other lender. A rule that does not bind the
case's lender type (registry `applies_to`) is left out of the flag, so a card rule is never
cited to a platform borrower. `serious` conduct fits a complaint to a regulator whoever the
lender is.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .registry import Registry

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Conduct:
    code: str
    rules: tuple[str, ...]
    serious: bool = False
    computed: bool = False


CONDUCT = (
    Conduct(
        "outside_hours",
        ("gbt_45251_2025_hours", "cba_2026_hours", "civil_code_1033"),
        computed=True,
    ),
    Conduct(
        "too_many_calls",
        ("gbt_45251_2025_frequency", "cba_2026_unanswered", "civil_code_1033"),
        computed=True,
    ),
    Conduct(
        "threat_violence",
        (
            "psapl_2025_50_threats",
            "criminal_law_293",
            "criminal_law_293_1",
            "card_measures_68",
            "cbirc_2022_9_art41",
            "nifa_2018",
            "microloan_measures_2024",
        ),
        serious=True,
    ),
    Conduct(
        "threat_arrest",
        (
            "cbirc_2022_9_art41",
            "card_measures_68",
            "nifa_2018",
            "psapl_2025_50_threats",
            "microloan_measures_2024",
        ),
        serious=True,
    ),
    Conduct(
        "threat_contact_third_party",
        (
            "gbt_45251_2025_third_parties",
            "cba_2026_third_parties",
            "card_measures_68",
            "cbirc_2022_9_art41",
            "nifa_2018",
            "pipl_13",
            "microloan_measures_2024",
        ),
    ),
    Conduct(
        "contacted_third_party",
        (
            "civil_code_1033",
            "pipl_10",
            "gbt_45251_2025_third_parties",
            "cba_2026_third_parties",
            "card_measures_68",
            "nfra_2024_cfc",
            "nifa_2018",
            "microloan_measures_2024",
        ),
        serious=True,
    ),
    Conduct(
        "disclosed_debt",
        (
            "civil_code_1032",
            "civil_code_1033",
            "civil_code_1024",
            "pipl_10",
            "criminal_law_253_1",
            "gbt_45251_2025_third_parties",
            "cba_2026_third_parties",
            "cba_2026_public_notices",
            "nifa_2018",
            "microloan_measures_2024",
        ),
        serious=True,
    ),
    Conduct(
        "threat_visit",
        (
            "cbirc_2022_9_art41",
            "card_measures_68",
            "cba_2026_visits",
            "nifa_2018",
            "psapl_2025_50_threats",
        ),
    ),
    Conduct(
        "visited",
        ("cba_2026_visits", "criminal_law_245", "civil_code_1033"),
    ),
    Conduct(
        "insult",
        (
            "civil_code_1024",
            "psapl_2025_50_threats",
            "card_measures_68",
            "nifa_2018",
            "microloan_measures_2024",
        ),
        serious=True,
    ),
    Conduct(
        "impersonation",
        ("criminal_law_279", "cbirc_2022_9_art41", "nifa_2018", "microloan_measures_2024"),
        serious=True,
    ),
    Conduct(
        "fake_documents",
        ("criminal_law_280", "cbirc_2022_9_art41", "cba_2026_public_notices", "nifa_2018"),
        serious=True,
    ),
    Conduct(
        "refused_identity",
        ("gbt_45251_2025_identity", "cbirc_2022_9_art41", "nifa_2018"),
    ),
    Conduct(
        "personal_account",
        ("criminal_law_266", "cbirc_2022_9_art41"),
        serious=True,
    ),
    Conduct(
        "unlawful_amount",
        (
            "civil_code_680",
            "cba_2026_fees",
            "spc_2017_financial_opinion",
            "spc_private_lending_25",
            "criminal_law_293_1",
        ),
        serious=True,
    ),
    Conduct(
        "repeated_calls",
        (
            "civil_code_1033",
            "psapl_2025_50",
            "gbt_45251_2025_frequency",
            "cba_2026_unanswered",
            "card_measures_68",
            "nifa_2018",
            "microloan_measures_2024",
        ),
    ),
)
BY_CODE = {conduct.code: conduct for conduct in CONDUCT}
REPORTED_CODES = tuple(c.code for c in CONDUCT if not c.computed)
SERIOUS_CODES = frozenset(c.code for c in CONDUCT if c.serious)

# Only a letter's arrival time says nothing about when the collector acted.
HOURS_EXEMPT_CHANNELS = frozenset({"letter"})
COUNTED_CHANNEL = "phone"


@dataclass(frozen=True)
class Flag:
    code: str
    call: int
    rules: tuple[str, ...]


def outside_hours(calls: Sequence, registry: Registry, lender: str) -> set[int]:
    start = registry.value("collection_window_start")
    end = registry.value("collection_window_end")
    return {
        index
        for index, call in enumerate(calls)
        if call.channel not in HOURS_EXEMPT_CHANNELS
        and not start <= call.at.astimezone(SHANGHAI).time() < end
    }


# A daily limit per kind of phone call, keyed by `answered`. Each limit comes from a source
# that binds only some lender types (GB/T 45251-2025: online consumer credit; the bank
# guideline: banks), so a lender type gets only the limits of the rules that bind it.
DAILY_LIMITS = {True: "answered_calls_per_day", False: "unanswered_attempts_per_day"}


def daily_limits(lender: str, registry: Registry) -> dict[bool, int]:
    """{answered: limit} for the limits whose source binds this lender type."""
    limits = {}
    for answered, name in DAILY_LIMITS.items():
        threshold = registry.threshold(name)
        if threshold.source is None or registry.source(threshold.source).applies(lender):
            limits[answered] = threshold.value
    return limits


def too_many_calls(calls: Sequence, registry: Registry, lender: str) -> set[int]:
    """Phone calls past the daily limit, per Asia/Shanghai day, answered and missed apart."""
    limits = daily_limits(lender, registry)
    per_day = defaultdict(list)
    for index, call in enumerate(calls):
        if call.channel == COUNTED_CHANNEL and call.answered in limits:
            per_day[(call.at.astimezone(SHANGHAI).date(), call.answered)].append(index)
    over = set()
    for (_, answered), indices in per_day.items():
        in_time_order = sorted(indices, key=lambda i: (calls[i].at, i))
        over.update(in_time_order[limits[answered] :])
    return over


COMPUTED: dict[str, Callable[[Sequence, Registry, str], set[int]]] = {
    "outside_hours": outside_hours,
    "too_many_calls": too_many_calls,
}


@dataclass(frozen=True)
class LogSummary:
    """What the assessment reads of a call log, in a size that does not grow with it: how
    many flags of each code (first flagged first), the rules they cite (first cited
    first) and the channels used. A page that only shows these can keep the summary of a
    log of thousands of calls instead of its flags (assess(log=...))."""

    flag_counts: tuple[tuple[str, int], ...]
    rules: tuple[str, ...]
    channels: frozenset[str]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.flag_counts)


def summarise(calls: Sequence, flags: Sequence[Flag]) -> LogSummary:
    """The LogSummary of `calls`, whose flags (flags_for) are `flags`."""
    counts = defaultdict(int)
    rules = {}
    for flag in flags:
        counts[flag.code] += 1
        rules.update(dict.fromkeys(flag.rules))
    return LogSummary(
        flag_counts=tuple(counts.items()),
        rules=tuple(rules),
        channels=frozenset(call.channel for call in calls),
    )


def flags_for(calls: Sequence, lender: str, registry: Registry) -> tuple[Flag, ...]:
    """Flags in call order; on one call the computed ones first, then those reported."""
    computed = {code: check(calls, registry, lender) for code, check in COMPUTED.items()}
    rules = {code: registry.applicable(BY_CODE[code].rules, lender) for code in BY_CODE}
    flags = []
    for index, call in enumerate(calls):
        codes = [code for code, hits in computed.items() if index in hits]
        codes += [code for code in call.conduct if code not in codes]
        flags += [Flag(code, index, rules[code]) for code in codes]
    return tuple(flags)
