"""What each stage means, per lender group and lender type: codes only, data only.

Practice, not law (shared/legal/FACTS.md §6), except where a rule id says otherwise. The
Django layer turns every event, consequence, bluff and action code into zh/en text; rule
ids are keys of the source registry. Rules that do not bind a lender type are filtered out
by the registry's `applies_to`, so a group's list may name rules of all its members.
"""

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class StageContent:
    events: tuple[str, ...] = ()
    consequences: tuple[str, ...] = ()
    bluffs: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


COURT = StageContent(
    events=("pre_suit_mediation_calls", "court_summons_served", "payment_order_served"),
    consequences=(
        "court_case",
        "payment_order_possible",
        "preservation_possible",
        "judgment_in_absence",
        "judgment_possible",
        "settlement_still_possible",
    ),
    bluffs=("bluff_arrest", "bluff_court_papers_by_sms", "bluff_blacklist_now"),
    rules=(
        "civil_procedure_payment_order",
        "cpl_90",
        "cpl_95",
        "cpl_128",
        "cpl_103_104",
        "civil_code_193",
        "spc_2017_financial_opinion",
        "spc_private_lending_25",
    ),
    actions=(
        "check_court_papers_12368",
        "respond_to_court_papers",
        "object_to_payment_order_15_days",
        "seek_legal_aid_12348",
        "negotiate_settlement",
        "keep_payment_proof",
    ),
)
ENFORCEMENT = StageContent(
    events=("enforcement_application", "account_freeze", "wage_deduction"),
    consequences=(
        "account_freeze_after_judgment",
        "wage_deduction_after_judgment",
        "dishonest_list_if_refusing",
        "consumption_restriction",
        "obstruction_penalties",
        "settlement_still_possible",
    ),
    bluffs=("bluff_arrest", "bluff_family_must_pay"),
    rules=(
        "cpl_248_249",
        "cpl_252",
        "cpl_254",
        "cpl_114_118",
        "criminal_law_313",
        "spc_dishonest_2017",
        "spc_consumption_2015",
    ),
    actions=(
        "agree_enforcement_plan",
        "declare_assets_truthfully",
        "seek_legal_aid_12348",
        "keep_payment_proof",
    ),
)

CONTENT: Mapping[str, Mapping[str, StageContent]] = {
    "platform": {
        "not_yet_due": StageContent(
            events=("app_sms_reminders",),
            consequences=("none_yet",),
            rules=("credit_reg_15", "pboc_2021_3"),
            actions=(
                "check_contract_grace_period",
                "make_budget",
                "contact_lender_early",
                "ask_for_deferral",
            ),
        ),
        "early_reminder": StageContent(
            events=("app_sms_reminders", "robot_calls", "customer_service_calls"),
            consequences=(
                "grace_period_possible",
                "penalty_interest_accrues",
                "credit_report_entry_possible",
            ),
            bluffs=("bluff_contact_everyone", "bluff_visit_today"),
            rules=(
                "gbt_45251_2025_hours",
                "gbt_45251_2025_frequency",
                "civil_code_1033",
                "credit_reg_15",
            ),
            actions=(
                "log_every_call",
                "check_contract_grace_period",
                "contact_lender_early",
                "ask_for_debt_details",
                "make_budget",
            ),
        ),
        "early_collection": StageContent(
            events=("internal_collector_calls", "third_party_agency_calls", "penalty_notices"),
            consequences=(
                "penalty_interest_accrues",
                "credit_report_entry_possible",
                "third_party_agency_collection",
            ),
            bluffs=(
                "bluff_arrest",
                "bluff_contact_everyone",
                "bluff_lawsuit_tomorrow",
                "bluff_pay_fee_to_stop_collection",
            ),
            rules=(
                "gbt_45251_2025_hours",
                "gbt_45251_2025_frequency",
                "gbt_45251_2025_third_parties",
                "gbt_45251_2025_identity",
                "nifa_2018",
                "civil_code_1033",
                "pipl_10",
            ),
            actions=(
                "log_every_call",
                "ask_collector_identity",
                "ask_for_debt_details",
                "negotiate_instalments",
                "check_credit_report",
            ),
        ),
        "outsourced_collection": StageContent(
            events=("third_party_agency_calls", "emergency_contacts_contacted", "legal_letters"),
            consequences=(
                "third_party_agency_collection",
                "emergency_contacts_may_be_contacted",
                "credit_report_entry_possible",
                "penalty_interest_accrues",
            ),
            bluffs=(
                "bluff_arrest",
                "bluff_criminal_record",
                "bluff_lawsuit_tomorrow",
                "bluff_lawyer_letter_is_court",
                "bluff_family_must_pay",
                "bluff_pay_fee_to_stop_collection",
            ),
            rules=(
                "gbt_45251_2025_third_parties",
                "gbt_45251_2025_identity",
                "nfra_2024_cfc",
                "nifa_2018",
                "civil_code_1033",
                "pipl_10",
                "psapl_2025_50",
            ),
            actions=(
                "log_every_call",
                "ask_collector_identity",
                "ask_for_debt_details",
                "warn_family_and_contacts",
                "negotiate_instalments",
                "get_agreement_in_writing",
                "avoid_paid_debt_agencies",
            ),
        ),
        "serious_delinquency": StageContent(
            events=("debt_sold_or_transferred", "lawyers_instructed", "pre_suit_mediation_calls"),
            consequences=(
                "debt_non_performing",
                "debt_may_be_sold",
                "lawsuit_or_arbitration_possible",
                "payment_order_possible",
                "credit_record_kept_5_years",
            ),
            bluffs=(
                "bluff_arrest",
                "bluff_blacklist_now",
                "bluff_accounts_frozen_now",
                "bluff_lawsuit_tomorrow",
                "bluff_family_must_pay",
            ),
            rules=(
                "loan_classification_2023",
                "civil_code_188",
                "civil_code_195",
                "credit_reg_16",
                "spc_2017_financial_opinion",
                "spc_private_lending_25",
                "spc_2020_licensed_lenders",
            ),
            actions=(
                "negotiate_instalments",
                "ask_for_penalty_waiver",
                "get_agreement_in_writing",
                "check_credit_report",
                "check_court_papers_12368",
                "seek_legal_aid_12348",
            ),
        ),
        "legal_action": COURT,
        "enforcement": ENFORCEMENT,
    },
    "bank": {
        "not_yet_due": StageContent(
            events=("bank_sms_reminders",),
            consequences=("none_yet",),
            rules=("credit_reg_15",),
            actions=("check_contract_grace_period", "make_budget", "contact_lender_early"),
        ),
        "early_reminder": StageContent(
            events=("bank_sms_reminders", "bank_calls"),
            consequences=(
                "grace_period_possible",
                "penalty_interest_accrues",
                "credit_report_entry_possible",
            ),
            rules=("cba_2026_hours", "cba_2026_unanswered", "civil_code_1033", "credit_reg_15"),
            actions=(
                "log_every_call",
                "check_contract_grace_period",
                "contact_lender_early",
                "make_budget",
            ),
        ),
        "early_collection": StageContent(
            events=("bank_collector_calls", "card_frozen"),
            consequences=(
                "card_frozen",
                "credit_report_entry_possible",
                "penalty_interest_accrues",
            ),
            bluffs=("bluff_arrest", "bluff_lawsuit_tomorrow", "bluff_pay_fee_to_stop_collection"),
            rules=(
                "cba_2026_hours",
                "cba_2026_unanswered",
                "cba_2026_third_parties",
                "card_measures_68",
                "card_measures_69",
                "cbirc_2022_9_art41",
                "civil_code_1033",
            ),
            actions=(
                "log_every_call",
                "ask_for_debt_details",
                "negotiate_instalments",
                "check_credit_report",
            ),
        ),
        "outsourced_collection": StageContent(
            events=(
                "third_party_agency_calls",
                "formal_collection_demands",
                "emergency_contacts_contacted",
            ),
            consequences=(
                "third_party_agency_collection",
                "credit_report_entry_possible",
                "emergency_contacts_may_be_contacted",
            ),
            bluffs=(
                "bluff_arrest",
                "bluff_criminal_record",
                "bluff_lawyer_letter_is_court",
                "bluff_family_must_pay",
            ),
            rules=(
                "card_measures_68",
                "card_notice_2022",
                "cbirc_2022_9_art41",
                "cba_2026_third_parties",
                "cba_2026_visits",
                "cba_2026_fees",
                "civil_code_1033",
                "pipl_10",
            ),
            actions=(
                "log_every_call",
                "ask_collector_identity",
                "ask_for_debt_details",
                "negotiate_instalments",
                "get_agreement_in_writing",
                "avoid_paid_debt_agencies",
            ),
        ),
        "serious_delinquency": StageContent(
            events=("debt_written_off_or_transferred", "lawyers_instructed"),
            consequences=(
                "debt_non_performing",
                "lawsuit_or_arbitration_possible",
                "payment_order_possible",
                "credit_record_kept_5_years",
            ),
            bluffs=("bluff_arrest", "bluff_blacklist_now", "bluff_accounts_frozen_now"),
            rules=(
                "loan_classification_2023",
                "civil_code_188",
                "civil_code_195",
                "credit_reg_16",
                "spc_2017_financial_opinion",
            ),
            actions=(
                "negotiate_instalments",
                "get_agreement_in_writing",
                "check_credit_report",
                "check_court_papers_12368",
                "seek_legal_aid_12348",
            ),
        ),
        "legal_action": COURT,
        "enforcement": ENFORCEMENT,
    },
}

# Additions for one lender type on top of its group's content.
CARD_RISK = StageContent(
    consequences=("malicious_overdraft_risk",),
    rules=("criminal_law_196", "spc_spp_2018_card", "card_measures_70"),
    actions=("ask_card_instalment_plan", "respond_to_bank_formal_demands"),
)
LENDER_EXTRAS: Mapping[str, Mapping[str, StageContent]] = {
    "bank_card": {
        "early_collection": StageContent(
            rules=("card_measures_70",), actions=("ask_card_instalment_plan",)
        ),
        "outsourced_collection": CARD_RISK,
        "serious_delinquency": CARD_RISK,
    },
    "private": {
        "serious_delinquency": StageContent(consequences=("interest_above_cap_not_enforced",)),
        "legal_action": StageContent(consequences=("interest_above_cap_not_enforced",)),
    },
}
# Codes of the group content that do not fit one lender type.
LENDER_OMIT: Mapping[str, frozenset[str]] = {
    "private": frozenset(
        {"credit_report_entry_possible", "credit_record_kept_5_years", "debt_non_performing"}
    ),
}
