"""Which letters fit a case, and which actions to recommend first.

A case is first reduced to signals: plain names for what is true of it ("any_flag",
"flag:threat_arrest", "fact:court_papers", "hardship:illness", "cannot_afford"...). Each
rule below is a set of signals that must all be present; a letter kind or an action is
suggested when any of its rules holds. Adding a letter kind or a trigger is adding a row.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .conduct import SERIOUS_CODES, LogSummary
from .lenders import lender_type
from .registry import Registry

LETTER_KINDS = (
    "complaint_lender",
    "complaint_regulator",
    "credit_objection",
    "debt_details_request",
    "stop_third_party_contact",
    "hardship_instalments",
    "hardship_deferral",
    "hardship_reduction",
    "payment_order_objection",
    "defence_outline",
)

LETTER_RULES = (
    ("complaint_lender", {"any_flag"}),
    ("complaint_regulator", {"serious_flag"}),
    ("complaint_regulator", {"any_flag", "regulated_lender"}),
    ("credit_objection", {"fact:credit_reported"}),
    ("debt_details_request", {"fact:third_party_collector"}),
    ("debt_details_request", {"demand_notably_above_principal"}),
    ("debt_details_request", {"flag:unlawful_amount"}),
    ("debt_details_request", {"flag:refused_identity"}),
    ("debt_details_request", {"flag:impersonation"}),
    ("debt_details_request", {"apr_above_threshold_high"}),
    ("stop_third_party_contact", {"flag:threat_contact_third_party"}),
    ("stop_third_party_contact", {"flag:contacted_third_party"}),
    ("stop_third_party_contact", {"flag:disclosed_debt"}),
    ("stop_third_party_contact", {"fact:contacts_reached"}),
    ("stop_third_party_contact", {"channel:third_party"}),
    ("hardship_instalments", {"hardship"}),
    ("hardship_instalments", {"cannot_afford"}),
    ("hardship_deferral", {"hardship:job_loss"}),
    ("hardship_deferral", {"hardship:illness"}),
    ("hardship_deferral", {"hardship:family_emergency"}),
    ("hardship_deferral", {"no_budget_left"}),
    ("hardship_reduction", {"demand_far_above_principal"}),
    ("hardship_reduction", {"cannot_repay_in_longest_plan"}),
    ("hardship_reduction", {"apr_above_threshold_low"}),
    ("payment_order_objection", {"court_open:payment_order_objection"}),
    ("defence_outline", {"court_open:defence"}),
)

# Case-specific actions, most urgent first; the current stage's own actions follow them.
ACTION_RULES = (
    ({"fact:court_papers"}, ("check_court_papers_12368", "respond_to_court_papers")),
    ({"fact:court_papers"}, ("object_to_payment_order_15_days", "seek_legal_aid_12348")),
    ({"flag:threat_violence"}, ("call_110_if_threatened",)),
    ({"flag:visited"}, ("refuse_entry_without_consent",)),
    ({"flag:impersonation"}, ("check_court_papers_12368",)),
    ({"flag:fake_documents"}, ("check_court_papers_12368",)),
    ({"flag:threat_arrest"}, ("know_arrears_are_civil",)),
    ({"flag:threat_arrest", "lender:bank_card"}, ("check_malicious_overdraft_conditions",)),
    ({"flag:personal_account"}, ("pay_only_official_channels",)),
    ({"flag:refused_identity"}, ("ask_collector_identity",)),
    ({"flag:unlawful_amount"}, ("ask_for_debt_details",)),
    ({"any_flag"}, ("keep_evidence", "complain_to_lender")),
    ({"serious_flag"}, ("complain_to_regulator",)),
    ({"any_flag", "regulated_lender"}, ("complain_to_regulator",)),
    ({"fact:contacts_reached"}, ("warn_family_and_contacts",)),
    ({"card_large_balance"}, ("negotiate_early_large_card_debt",)),
    ({"hardship"}, ("gather_hardship_proof", "negotiate_instalments")),
    ({"cannot_afford"}, ("make_budget", "negotiate_instalments")),
    ({"fact:credit_reported"}, ("check_credit_report",)),
)


@dataclass(frozen=True)
class Figures:
    """The computed amounts the rules look at."""

    apr_band: str | None
    total_owed: Decimal | None
    affordable_monthly: Decimal | None
    monthly_needed: Decimal | None


def _ratio_above(case, threshold: Decimal) -> bool:
    if case.amount_demanded is None or not case.principal:
        return False
    return case.amount_demanded > case.principal * threshold


def case_signals(case, log: LogSummary, figures: Figures, registry: Registry) -> frozenset:
    """What decides the letters and actions; `log` is the call log's summary."""
    affordable, needed, owed = (
        figures.affordable_monthly,
        figures.monthly_needed,
        figures.total_owed,
    )
    longest_plan = registry.value("card_instalment_max_months")
    hardship = case.finances.hardship if case.finances else ()
    checks = {
        "any_flag": bool(log.flag_counts),
        "serious_flag": any(code in SERIOUS_CODES for code in log.codes),
        "regulated_lender": lender_type(case.lender.type).regulated,
        "hardship": bool(hardship),
        "cannot_afford": affordable is not None and needed is not None and affordable < needed,
        "no_budget_left": affordable is not None and affordable == 0,
        "cannot_repay_in_longest_plan": (
            affordable is not None and owed is not None and affordable * longest_plan < owed
        ),
        "demand_notably_above_principal": _ratio_above(
            case, registry.value("demand_notable_ratio")
        ),
        "demand_far_above_principal": _ratio_above(case, registry.value("demand_high_ratio")),
        # For a person's loan, its own (lower) cap is the line worth asking a reduction over.
        "apr_above_threshold_low": figures.apr_band
        in ("between_thresholds", "above_threshold_high", "above_private_cap"),
        "apr_above_threshold_high": figures.apr_band == "above_threshold_high",
        "card_large_balance": (
            case.lender.type == "bank_card"
            and owed is not None
            and owed >= registry.value("malicious_overdraft_min_principal")
        ),
    }
    return frozenset(
        [name for name, on in checks.items() if on]
        + [f"flag:{code}" for code in log.codes]
        + [f"fact:{name}" for name, value in case.facts.as_dict().items() if value]
        + [f"hardship:{code}" for code in hardship]
        + [f"channel:{channel}" for channel in log.channels]
        + [f"lender:{case.lender.type}"]
    )


def court_signals(papers_facts: dict, court_deadlines) -> frozenset:
    """Recorded court papers count as the court_papers fact; each deadline still running
    is a `court_open:<kind>` signal."""
    return frozenset(
        [f"fact:{name}" for name, on in papers_facts.items() if on]
        + [f"court_open:{d.kind}" for d in court_deadlines if d.open]
    )


def letters_for(signals: frozenset) -> tuple[str, ...]:
    fitting = {kind for kind, needs in LETTER_RULES if needs <= signals}
    return tuple(kind for kind in LETTER_KINDS if kind in fitting)


def actions_for(signals: frozenset, stage_actions: Iterable[str]) -> tuple[str, ...]:
    case_actions = [action for needs, codes in ACTION_RULES if needs <= signals for action in codes]
    return tuple(dict.fromkeys([*case_actions, *stage_actions]))
