"""What the site says about courts, enforcement, complaint routes and call limits (issue 14).

Each test checks one corrected statement of shared/legal/FACTS.md against the pages, the
stage texts, the glossary and the source registry, in both languages.
"""

import json

import pytest
from django.utils import translation

from assistant.assessment import deadlines
from assistant.assessment.lenders import LENDER_TYPES
from assistant.assessment.registry import default_registry
from assistant.assessment.stage_content import COURT, ENFORCEMENT
from assistant.cases import content
from assistant.rights import glossary

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The stage texts are checked in English (their msgids); pages in both languages."""
    with translation.override("en"):
        yield


def page(client, slug, language):
    response = client.get(f"/{language}/rights/{slug}/")
    assert response.status_code == 200
    return response.text.replace("&quot;", '"').replace("&#x27;", "'")


def term(slug, language):
    return next(t for t in glossary.terms(language) if t.slug == slug).text


# 1. Court papers do not always come in person; a 12368 text message can be real.


@pytest.mark.parametrize(
    "language, wrong, right",
    [
        ("en", "you will always receive formal legal papers", "check any court message with 12368"),
        ("zh-hans", "你一定会收到正式的法律文书", "都要通过12368或法院本身核实"),
    ],
)
def test_the_court_page_says_papers_can_come_by_text_or_public_notice(
    client, pages, language, wrong, right
):
    text = page(client, "legal-process", language)
    assert wrong not in text and right in text
    assert ("public notice" if language == "en" else "公告送达") in text
    assert ("judged in absence" if language == "en" else "缺席判决") in text


def test_the_scam_page_no_longer_calls_a_court_text_message_very_likely_fake(client, pages):
    text = page(client, "scam-warnings", "en")
    assert "is very likely fake" not in text
    assert 'a "court text message" may be real or fake' in text
    assert "never call a number, open a link or pay into an account" in text


def test_the_sms_bluff_says_a_court_text_message_can_be_real():
    truth = str(content.BLUFFS["bluff_court_papers_by_sms"]["truth"])
    assert "a text message can be real" in truth and "12368" in truth
    assert "never use a link, number or account that only the message gives" in truth.lower()


def test_the_lawsuit_stage_text_names_electronic_service_and_12368():
    text = str(content.CONSEQUENCES["lawsuit_or_arbitration_possible"])
    assert "12368" in text and "public notice" in text and "never ignore it" in text
    assert "not just a call or a text message" not in text


# 2. Freezing before judgment; other enforceable documents.


def test_a_freeze_is_not_said_to_need_a_judgment():
    freeze = str(content.CONSEQUENCES["account_freeze_after_judgment"])
    assert not freeze.startswith("Only after a judgment")
    assert "preservation" in freeze and "before or during a lawsuit" in freeze
    for document in ("payment order", "arbitral award", "notarised debt instrument"):
        assert document in freeze
    assert "preservation_possible" in COURT.consequences


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_court_page_explains_preservation_and_bank_set_off(client, pages, language):
    text = page(client, "legal-process", language)
    words = (
        ("财产保全", "抵销", "仲裁裁决", "公证债权文书")
        if language == "zh-hans"
        else ("preservation", "set off", "arbitral award", "notarised debt instrument")
    )
    for word in words:
        assert word in text, word


# 3. The payment order: only an objection to the debt counts; cited by article.


def test_the_payment_order_source_cites_the_articles_of_the_2023_text():
    source = default_registry().source("civil_procedure_payment_order")
    assert source.article == "第二百二十五条至第二百二十八条"
    assert "2023" in source.instrument
    assert default_registry().source("cpl_227").article == "第二百二十七条"


@pytest.mark.parametrize(
    "language, words",
    [
        ("en", ('"I cannot pay now"', "ordinary lawsuit", "posted before the deadline is in time")),
        ("zh-hans", ("现在还不起", "转入普通诉讼", "期限届满前交邮的，不算过期")),
    ],
)
def test_the_payment_order_section_says_what_an_objection_must_be(client, pages, language, words):
    text = page(client, "legal-process", language)
    for word in words:
        assert word in text, word


def test_the_payment_order_action_warns_that_cannot_pay_is_no_objection():
    detail = str(content.ACTIONS["object_to_payment_order_15_days"]["detail"])
    assert "cannot pay now does not stop the order" in detail
    assert "tracked mail" in detail


# 4. Detention for obstructing enforcement, art. 313 — only where it applies.


def test_the_criminal_threats_page_adds_the_enforcement_exception(client, pages):
    text = page(client, "criminal-threats", "zh-hans")
    assert "拒不执行判决、裁定罪" in text and "第三百一十三条" in text
    assert "The only exception is" not in page(client, "criminal-threats", "en")


def test_the_enforcement_stage_warns_of_penalties_for_obstruction_not_earlier_stages():
    assert "obstruction_penalties" in ENFORCEMENT.consequences
    assert "criminal_law_313" in ENFORCEMENT.rules
    assert "obstruction_penalties" not in COURT.consequences
    text = str(content.CONSEQUENCES["obstruction_penalties"])
    assert "not about owing money" in text


def test_the_arrest_bluff_names_both_narrow_exceptions():
    truth = str(content.BLUFFS["bluff_arrest"]["truth"])
    assert "The only narrow exception" not in truth
    assert "malicious overdraft" in truth and "obstructing the court" in truth


# 5. Spending limits and the dishonest-debtor list.


def test_spending_restrictions_cover_every_seat_on_g_trains():
    assert "G字头动车组列车的全部座位" in term("consumption-restriction", "zh-hans")
    assert "every seat on G trains" in term("consumption-restriction", "en")
    assert "enforcement notice" in str(content.CONSEQUENCES["consumption_restriction"])


def test_the_dishonest_list_covers_evading_and_breaking_a_settlement():
    text = str(content.CONSEQUENCES["dishonest_list_if_refusing"])
    assert "evade or obstruct" in text and "settlement" in text
    assert "违反执行和解协议" in term("dishonest-debtor", "zh-hans")


# 6. Credit-card measures: recording is art. 68; art. 69 is the notice and the objection.


def test_card_article_69_is_the_collection_notice_and_the_objection():
    registry = default_registry()
    assert "recorded" in registry.source("card_measures_68").summary_en
    assert "objection" in registry.source("card_measures_69").summary_en
    assert "recorded" not in registry.source("card_measures_69").summary_en
    assert "objection" in str(content.SOURCE_SUMMARIES["card_measures_69"])


# 7. 12363 takes no collection complaints; a private lender has no regulator.


def test_no_lender_type_sends_a_collection_complaint_to_12363():
    for lender in LENDER_TYPES:
        assert "pboc_12363" not in lender.complaint_channels, lender.code


def test_a_private_lender_goes_to_the_police_or_a_court_not_a_regulator():
    private = next(lender for lender in LENDER_TYPES if lender.code == "private")
    assert private.complaint_channels[0] == "police_110"
    assert "local_financial_regulator" not in private.complaint_channels


def test_the_complaints_page_says_12363_is_only_for_credit_reports(client, pages):
    text = page(client, "where-to-complain", "en")
    assert "for credit-report and payment-company matters only" in text
    assert "12363: the People's Bank of China's hotline for financial consumers" not in text
    assert "funder named in the contract" in text


def test_the_12363_channel_text_sends_collection_complaints_to_12378():
    how = str(content.CHANNELS["pboc_12363"]["how"])
    assert "go to 12378, not 12363" in how


# 8. Call limits by lender type (the engine is tested in tests/assessment/test_conduct.py).


def test_the_collector_conduct_page_gives_each_limit_its_lender_types(client, pages):
    text = page(client, "collector-conduct", "en")
    assert 'No document gives banks a "3 connected calls" limit' in text
    assert "may amount to harassment" in text


def test_the_flag_explanation_names_only_the_limit_that_binds_the_lender():
    registry = default_registry()
    bank = content.flag_text("too_many_calls", registry, "bank_card")["explain"]
    platform = content.flag_text("too_many_calls", registry, "online_platform")["explain"]
    private = content.flag_text("too_many_calls", registry, "private")["explain"]
    assert "6 times a day" in bank and "3 answered" not in bank
    assert "3 answered" in platform and "6 times" not in platform
    assert "3 answered" not in private and "6 times" not in private
    assert all("harassment" in text for text in (bank, platform, private))


def test_the_frequency_sources_bind_only_their_own_lender_types():
    registry = default_registry()
    assert set(registry.source("gbt_45251_2025_frequency").applies_to) == {
        "online_platform",
        "pay_later",
        "consumer_finance",
        "microloan",
    }
    assert set(registry.source("cba_2026_unanswered").applies_to) == {"bank_card", "bank_loan"}


# 9. Microloan companies: the binding NFRA measures.


def test_microloan_flags_cite_the_binding_nfra_measures():
    from assistant.assessment.conduct import BY_CODE

    registry = default_registry()
    rules = BY_CODE["insult"].rules
    assert "microloan_measures_2024" in registry.applicable(rules, "microloan")
    assert "microloan_measures_2024" not in registry.applicable(rules, "online_platform")
    assert "金规〔2024〕26号" in registry.source("microloan_measures_2024").instrument


# 10. The one-off credit repair has closed.


@pytest.mark.parametrize(
    "language, closed", [("en", "The policy has closed"), ("zh-hans", "这项政策已经结束")]
)
def test_the_credit_repair_is_in_the_past_and_offered_to_nobody(client, pages, language, closed):
    text = page(client, "credit-report", language)
    assert closed in text
    assert "中国人民银行关于实施一次性信用修复政策有关安排的通知" in text
    assert ("scam" if language == "en" else "骗局") in text
    source = default_registry().source("pboc_2025_credit_relief")
    assert source.instrument == "中国人民银行关于实施一次性信用修复政策有关安排的通知"


# 11. Malicious overdraft counts unpaid principal.


def test_malicious_overdraft_counts_unpaid_principal_only():
    assert "unpaid principal" in term("malicious-overdraft", "en")
    assert "未还本金" in term("malicious-overdraft", "zh-hans")
    assert "unpaid principal" in str(content.CONSEQUENCES["malicious_overdraft_risk"])
    assert "unpaid principal" in str(content.SOURCE_SUMMARIES["spc_spp_2018_card"])


# 12. Reply deadlines (the tracker is tested in tests/followup/test_receipt_deadlines.py).


def test_a_credit_complaint_to_the_pboc_is_answered_in_30_days():
    rule = deadlines.rule_for("complaint", "pboc_12363", "bank_card")
    assert rule.days == 30 and rule.source == "credit_reg_26"


# 14. Family and the debt.


def test_the_family_bluff_has_the_spouse_caveat():
    truth = str(content.BLUFFS["bluff_family_must_pay"]["truth"])
    assert "spouse can share a debt where the loan paid for the household" in truth


# 15. Smaller corrections.


def test_article_253_1_is_dated_from_its_2015_amendment():
    source = default_registry().source("criminal_law_253_1")
    assert source.date == "2015-11-01" and "2009" in source.summary_en


def test_article_680_says_no_interest_is_owed_when_none_was_agreed():
    summary = default_registry().source("civil_code_680").summary_en
    assert "amounts beyond what was agreed" not in summary
    assert "none is owed" in summary


def test_a_source_checked_against_the_full_text_records_what_and_is_verified():
    registry = default_registry()
    checked = [s for s in registry.sources.values() if s.checked]
    assert len(checked) >= 17
    for source in checked:
        assert source.verified and "checked against" in source.checked, source.id
    assert not registry.source("card_measures_69").verified  # not found in any full text


def test_an_unverified_source_is_marked_and_the_caveat_said_once_per_page(client, pages):
    text = page(client, "interest-and-fees", "en")
    assert text.count('class="caveat-mark"') >= 2
    assert text.count('class="caveat"') == 0  # no caveat after each citation
    assert text.count('class="caveat-legend"') == 1


def test_every_section_of_the_court_page_cites_the_rule_it_states():
    path = glossary.GLOSSARY_FILE.parent / "content" / "legal-process.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for language in ("zh-hans", "en"):
        sections = data["text"][language]["sections"]
        for section in sections[:-1]:  # the last one is our own advice on lawyers
            assert section["sources"], (language, section["heading"])
