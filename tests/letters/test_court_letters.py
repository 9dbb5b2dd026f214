"""The payment-order objection and the defence statement: each reason, the refusal of
"I cannot pay now" alone, the court format and nothing that admits the debt."""

import re

import pytest

from assistant.cases.models import CourtPaper
from assistant.cases.records import import_case
from tests.cases.conftest import scenario
from tests.letters.conftest import KIND_DATA, make_letter, url
from tests.letters.test_pdf import pdf_text

TOKEN = "me-token"


def own_case(client, **changes):
    """A day-5 online-platform case (principal 8,000, demanded 9,120.50), with `changes`."""
    session = client.session
    session["anxin_owner"] = TOKEN
    session.save()
    data = {**scenario("xinyongfei-day5"), **changes}
    return import_case(data, owner=lambda c: setattr(c, "owner_token", TOKEN))


def content(client, case, kind, **extra):
    return make_letter(client, case, kind, **extra).versions.get().content


def facts(client, case, kind="payment_order_objection", **extra):
    return "".join(content(client, case, kind, **extra)["facts"])


# A 10,000 loan repaid by 12 × 1,000: an effective rate of about 35%.
EXPENSIVE = {
    "loan": {
        "amount_received": "10000.00",
        "repayments": [{"due": f"2026-{m:02d}-15", "amount": "1000.00"} for m in range(1, 13)],
    }
}
# Due in 2022: the 3-year limitation period has run by November 2026.
OLD = {"first_missed_due_date": "2022-03-01", "as_of": None}


@pytest.mark.parametrize(
    ("reason", "changes", "extra", "expected"),
    [
        ("amount_disputed", {}, {}, "申请人主张人民币9,120.50元，而借款本金为人民币8,000.00元"),
        (
            "above_legal_limits",
            EXPENSIVE,
            {},
            "综合年化利率（内部收益率法）约为35.07%，超过年利率24%",
        ),
        ("above_legal_limits", {}, {}, "可能超过年利率24%"),
        ("fees_not_disclosed", {}, {"fees_detail": "会员费599元"}, "未向异议人明示的服务费"),
        ("repaid_in_part", {}, {"repaid_amount": "1500"}, "异议人已向申请人偿还人民币1,500.00元"),
        ("limitation", OLD, {}, "诉讼时效期间已于2025年3月1日届满"),
        ("not_my_loan", {}, {}, "该借款并非异议人所借"),
    ],
)
def test_each_objection_reason_uses_what_the_case_holds(client, reason, changes, extra, expected):
    case = own_case(client, **changes)
    text = facts(client, case, reasons=[reason], **extra)
    assert expected in text
    assert "会员费599元" in text or reason != "fees_not_disclosed"


@pytest.mark.parametrize("changes", [EXPENSIVE, {}])
def test_charges_of_a_financial_loan_are_asked_to_be_reduced_not_declared_void(client, changes):
    text = facts(client, own_case(client, **changes), reasons=["above_legal_limits"])
    assert "异议人对超过部分不予认可，请求依法予以调减" in text
    assert "不受法律保护" not in text


def test_charges_of_a_private_loan_above_the_cap_are_not_protected(client):
    lender = {"lender": {"name": "王某", "type": "private"}}
    text = facts(client, own_case(client, **lender), reasons=["above_legal_limits"])
    assert "一年期贷款市场报价利率四倍" in text and "超过部分不受法律保护" in text


def test_the_objection_names_the_order_and_asks_to_end_the_procedure(client):
    case = own_case(client)
    letter = content(client, case, "payment_order_objection")
    assert letter["subject"] == "支付令异议书"
    assert letter["recipient"] == ["某某区人民法院"]
    assert (
        "2026年11月25日收到某某区人民法院作出的（2026）某0101民督123号支付令" in letter["facts"][0]
    )
    assert "裁定终结督促程序" in letter["requests"][0]
    assert letter["layout"] == "court"


def test_cannot_pay_now_alone_is_refused_with_the_reason_and_keeps_what_was_typed(client):
    case = own_case(client)
    data = {**KIND_DATA["payment_order_objection"], "reasons": ["cannot_pay_now"]}
    response = client.post(url("new", case.pk, "payment_order_objection"), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "不是对债务本身的异议" in page
    assert 'value="某某区人民法院"' in page  # what they typed is still there
    assert not case.letters.exists()


def test_cannot_pay_now_is_left_out_beside_a_real_reason(client):
    case = own_case(client)
    text = facts(client, case, reasons=["cannot_pay_now", "not_my_loan"])
    assert "该借款并非异议人所借" in text and "无力" not in text


def test_limitation_is_refused_when_the_case_dates_say_it_has_not_run(client):
    case = own_case(client)
    data = {**KIND_DATA["payment_order_objection"], "reasons": ["limitation"]}
    response = client.post(url("new", case.pk, "payment_order_objection"), data)
    assert response.status_code == 200
    assert "诉讼时效" in response.content.decode()


def test_the_objection_pdf_is_in_court_format_and_admits_nothing(client):
    case = own_case(client)
    letter = make_letter(client, case, "payment_order_objection")
    response = client.get(url("pdf", letter.pk))
    text = pdf_text(response.content)
    order = ["支付令异议书", "异议人：", "被异议人（申请人）：信用飞", "请求事项", "事实与理由"]
    order += ["此致某某区人民法院", "异议人（签名）", "日期：", "附："]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "本异议书不构成对债务金额及诉讼时效的确认" in text
    assert not re.search(r"截至.{4,14}已逾期\d+天", text)
    assert "信用飞（网络借贷平台）称本人在其处有一笔借款" in text


def complaint_case(client, served_on):
    case = own_case(client)
    CourtPaper.objects.create(
        case=case,
        kind="complaint",
        served_on=served_on,
        court="某某区人民法院",
        case_number="（2026）某0101民初456号",
    )
    return case


def test_the_defence_prefills_the_complaint_and_offers_jurisdiction_while_it_runs(client):
    case = complaint_case(client, "2026-11-25")  # 3 days before the letter date
    page = client.get(url("new", case.pk, "defence_outline")).content.decode()
    assert 'value="（2026）某0101民初456号"' in page
    assert 'name="jurisdiction"' in page
    assert "2026-12-10" in page  # the last day for the defence
    late = complaint_case(client, "2026-11-01")
    assert (
        'name="jurisdiction"'
        not in client.get(url("new", late.pk, "defence_outline")).content.decode()
    )


def test_the_defence_raises_limitation_contests_charges_and_attaches_the_call_log(client):
    case = own_case(client, **OLD)
    CourtPaper.objects.create(case=case, kind="complaint", served_on="2026-11-25")
    letter = content(
        client,
        case,
        "defence_outline",
        reasons=["limitation", "above_legal_limits"],
        mediation="yes",
        jurisdiction="yes",
        jurisdiction_reason="本人住所地不在该院辖区",
    )
    text = "".join(letter["facts"])
    assert letter["subject"] == "答辩状"
    assert "答辩人在此明确提出诉讼时效抗辩" in text
    # A platform loan: courts may reduce what is above 24% when the borrower asks (FACTS §4).
    assert "请求依法予以调减" in text and "不受法律保护" not in text
    assert "催收过程中有下列行为" in text  # the scenario's logged calls
    requests = "".join(letter["requests"])
    assert "驳回原告的全部诉讼请求" in requests
    assert "在不放弃上述答辩意见的前提下" in requests
    assert "管辖权提出异议" in requests
    assert "催收记录" in "".join(letter["attachments"])


def test_a_defence_with_nothing_chosen_is_refused(client):
    case = complaint_case(client, "2026-11-25")
    data = {**KIND_DATA["defence_outline"], "reasons": []}
    response = client.post(url("new", case.pk, "defence_outline"), data)
    assert response.status_code == 200
    assert not case.letters.exists()


def test_a_court_document_marked_sent_is_followed_up_as_sent_to_the_court(client):
    from assistant.letters.documents import mark_sent

    case = own_case(client)
    letter = make_letter(client, case, "payment_order_objection")
    version = letter.versions.get()
    assert mark_sent(version, "2026-11-28", "post", "EMS1234")
    assert case.sent_items.get().channel == "court"
    assert not mark_sent(version, "2026-11-29", "post")  # the sent version stays frozen


def test_a_private_loan_above_the_cap_of_its_contract_date_says_by_how_much(client):
    # Repaid from January 2026: the cap is four times the LPR in force at the contract date.
    lender = {"lender": {"name": "王某", "type": "private"}, **EXPENSIVE}
    text = facts(client, own_case(client, **lender), reasons=["above_legal_limits"])
    assert "约为35.07%，超过一年期贷款市场报价利率四倍（约" in text
    assert "超过部分不受法律保护" in text
