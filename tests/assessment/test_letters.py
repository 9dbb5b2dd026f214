import pytest

from assistant.assessment.suggestions import LETTER_KINDS, LETTER_RULES

NIGHT = "2026-11-18T23:00:00+08:00"
DAY = "2026-11-18T10:00:00+08:00"


def letters(result) -> tuple[str, ...]:
    return result.suggested_letters


def test_the_letter_kinds_are_those_of_the_case_format():
    assert LETTER_KINDS == (
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
    assert {kind for kind, _ in LETTER_RULES} == set(LETTER_KINDS)


def test_a_quiet_case_gets_no_letters(assess_case):
    assert letters(assess_case()) == ()


def test_any_flag_suggests_a_complaint_to_the_lender(assess_case, call):
    assert "complaint_lender" in letters(assess_case(calls=[call(NIGHT)]))


@pytest.mark.parametrize(
    "code", ["threat_contact_third_party", "contacted_third_party", "disclosed_debt"]
)
def test_third_party_conduct_suggests_asking_them_to_stop(assess_case, call, code):
    assert "stop_third_party_contact" in letters(assess_case(calls=[call(DAY, conduct=[code])]))


def test_contacts_already_reached_suggest_asking_them_to_stop(assess_case):
    assert "stop_third_party_contact" in letters(assess_case(facts={"contacts_reached": True}))


def test_a_mild_flag_with_a_platform_lender_stays_with_the_lender(assess_case, call):
    assert "complaint_regulator" not in letters(assess_case(calls=[call(NIGHT)]))


@pytest.mark.parametrize("lender", ["bank_card", "bank_loan", "consumer_finance"])
def test_any_flag_with_a_bank_or_consumer_finance_lender_fits_the_regulator(
    assess_case, call, lender
):
    result = assess_case(lender={"type": lender}, calls=[call(NIGHT)])
    assert "complaint_regulator" in letters(result)


@pytest.mark.parametrize("code", ["threat_violence", "threat_arrest", "impersonation"])
def test_serious_conduct_fits_the_regulator_whoever_the_lender(assess_case, call, code):
    assert "complaint_regulator" in letters(assess_case(calls=[call(DAY, conduct=[code])]))


def test_a_credit_report_entry_suggests_an_objection(assess_case):
    assert "credit_objection" in letters(assess_case(facts={"credit_reported": True}))


def test_a_third_party_collector_suggests_asking_for_the_debt_details(assess_case):
    result = assess_case(facts={"third_party_collector": True})
    assert "debt_details_request" in letters(result)


def test_a_demand_notably_above_the_principal_suggests_asking_for_details(assess_case):
    result = assess_case(principal="10000.00", amount_demanded="11500.00")
    assert "debt_details_request" in letters(result)
    assert "hardship_reduction" not in letters(result)


def test_a_demand_far_above_the_principal_suggests_a_reduction(assess_case):
    result = assess_case(principal="10000.00", amount_demanded="12500.00")
    assert "hardship_reduction" in letters(result)


def test_a_demand_close_to_the_principal_suggests_nothing(assess_case):
    assert letters(assess_case(principal="10000.00", amount_demanded="10500.00")) == ()


def test_an_unlawful_amount_suggests_asking_for_details(assess_case, call):
    result = assess_case(calls=[call(DAY, conduct=["unlawful_amount"])])
    assert "debt_details_request" in letters(result)


def test_hardship_suggests_instalments(assess_case):
    result = assess_case(finances={"hardship": ["business_failure"]})
    assert letters(result) == ("hardship_instalments",)


@pytest.mark.parametrize("reason", ["job_loss", "illness", "family_emergency"])
def test_temporary_hardship_also_suggests_a_deferral(assess_case, reason):
    result = assess_case(finances={"hardship": [reason]})
    assert "hardship_deferral" in letters(result)


def test_a_budget_below_the_instalment_suggests_instalments(assess_case):
    loan = {"repayments": [{"due": "2026-11-15", "amount": "900.00"}]}
    finances = {"monthly_income": "3000.00", "essential_costs": "2500.00"}
    assert "hardship_instalments" in letters(assess_case(loan=loan, finances=finances))


def test_a_budget_that_covers_the_instalment_suggests_nothing(assess_case):
    loan = {"repayments": [{"due": "2026-11-15", "amount": "400.00"}]}
    finances = {"monthly_income": "3000.00", "essential_costs": "2500.00"}
    assert letters(assess_case(loan=loan, finances=finances)) == ()


def test_without_a_schedule_the_debt_is_spread_over_a_year(assess_case):
    finances = {"monthly_income": "3000.00", "essential_costs": "2500.00"}
    assert letters(assess_case(principal="6000.00", finances=finances)) == ()
    result = assess_case(principal="6100.00", finances=finances)
    assert "hardship_instalments" in letters(result)


def test_no_money_left_suggests_a_deferral_and_a_reduction(assess_case):
    finances = {"monthly_income": "2000.00", "essential_costs": "2500.00"}
    result = assess_case(principal="3000.00", finances=finances)
    assert {"hardship_instalments", "hardship_deferral", "hardship_reduction"} <= set(
        letters(result)
    )


def test_a_rate_above_24_percent_suggests_a_reduction(assess_case):
    repayments = [{"due": f"2026-{m:02d}-15", "amount": "1000.00"} for m in range(1, 13)]
    result = assess_case(loan={"amount_received": "10000.00", "repayments": repayments})
    assert "hardship_reduction" in letters(result)


def test_letters_come_in_a_fixed_order(assess_case, call):
    result = assess_case(
        facts={"credit_reported": True},
        finances={"hardship": ["illness"]},
        calls=[call(DAY, conduct=["disclosed_debt"])],
    )
    assert letters(result) == (
        "complaint_lender",
        "complaint_regulator",
        "credit_objection",
        "stop_third_party_contact",
        "hardship_instalments",
        "hardship_deferral",
    )


def test_actions_put_the_case_first_and_the_stage_after(assess_case, call):
    result = assess_case(facts={"court_papers": True}, calls=[call(DAY, conduct=["threat_arrest"])])
    assert result.actions[:3] == (
        "check_court_papers_12368",
        "respond_to_court_papers",
        "object_to_payment_order_15_days",
    )
    assert "know_arrears_are_civil" in result.actions
    assert len(result.actions) == len(set(result.actions))
