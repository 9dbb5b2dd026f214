"""Each kind downloads as a PDF that carries the case's facts, its incidents and their rules."""

import re

import pytest

from assistant.assessment.conduct import SHANGHAI
from assistant.cases.records import assess_case
from assistant.letters.kinds import HARDSHIP_KINDS, KINDS, NOT_ADMITTING, build_content, cite
from tests.letters.conftest import make_letter, own, url
from tests.letters.test_pdf import pdf_text, squeeze

# stop_third_party_contact cites only the third-party incidents: test_third_party.py
INCIDENT_KINDS = {"complaint_lender", "complaint_regulator"}


def download(client, letter):
    response = client.get(url("pdf", letter.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return pdf_text(response.content)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_carries_the_account_facts(client, kind):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, kind))

    assert "信用飞" in text
    if kind != "credit_objection":
        for fact in ("人民币8,000.00元", "人民币9,120.50元", "2026年11月15日"):
            assert fact in text, fact
    assert "2026年11月28日" in text.rsplit("日期", 1)[1]  # the date line, in Chinese format
    assert "李明华" in text and "13800000000" in text
    assert "身份证号：________" in text  # left out: a blank line to fill in by hand
    assert squeeze(KINDS[kind].subject.format(lender="信用飞").zh) in text
    assert "第1页" in text


@pytest.mark.parametrize("kind", sorted(HARDSHIP_KINDS))
def test_a_hardship_letter_counts_the_days_overdue_to_its_own_date(client, kind):
    case = own(client, "xinyongfei-day5")
    text = download(client, make_letter(client, case, kind))
    # Dated the day it is written (28 November), and overdue counted to that day, not to
    # the as_of (20 November) the imported file fixed.
    assert "截至2026年11月28日已逾期13天" in text


@pytest.mark.parametrize("kind", sorted(NOT_ADMITTING))
def test_a_letter_that_must_not_admit_the_debt_gives_only_the_lenders_claim(client, kind):
    case = own(client, "xinyongfei-day5")
    text = download(client, make_letter(client, case, kind))
    assert "本函不构成对债务金额及诉讼时效的确认" in text
    # No "as of … N days overdue", no "I am your borrower" except as what the lender says.
    assert not re.search(r"截至.{4,14}已逾期\d+天", text)
    assert not re.search(r"(?<!称)本人是贵司的借款人", text)
    assert "称本人" in text or kind == "credit_objection"


def test_the_credit_objection_names_the_report_and_account_not_the_days_overdue(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(
        client, case, "credit_objection", report_number="2026112812345", account_id="ZH-0042"
    )
    text = download(client, letter)
    assert "信用报告编号：2026112812345" in text and "ZH-0042" in text
    assert "逾期13天" not in text and "未能按期还款" not in text


@pytest.mark.parametrize("kind", sorted(INCIDENT_KINDS))
def test_complaints_cite_each_incident_and_its_rules(client, kind):
    case = own(client, "huabei-day40-flood")
    flags = assess_case(case)["flags"]
    calls = list(case.calls.all())

    text = download(client, make_letter(client, case, kind))

    flagged = sorted({flag["call"] for flag in flags})
    for index in flagged:
        call = calls[index]
        at = call.at.astimezone(SHANGHAI)
        when = f"{at.year}年{at.month}月{at.day}日{at:%H:%M}"
        assert squeeze(when) in text, when
        if call.summary:
            assert squeeze(call.summary) in text
        for flag in (f for f in flags if f["call"] == index):
            for rule in flag["rules"]:
                assert squeeze(cite(rule)) in text, rule


def test_unverified_rules_carry_the_caveat(client):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, "complaint_lender"))

    assert "GB/T45251-2025" in text
    assert "以官方文本为准" in text


def test_the_instalment_letter_shows_the_schedule(client):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, "hardship_instalments"))

    assert "每月还款人民币700.00元，共12期，最后一期还款人民币300.00元" in text
    assert "第1—11期人民币700.00元" in text
    assert "第12期人民币300.00元" in text
    assert "失业登记证明" in text and "离职证明" in text
    assert "暂停计收罚息" in text


def test_the_card_instalment_letter_cites_article_70(client):
    case = own(client, "card-100days-criminal-threat")

    text = download(
        client,
        make_letter(client, case, "hardship_instalments", plan_total="60000", monthly="1200"),
    )

    assert "第七十条" in text and "共50期" in text


def test_the_reduction_letter_offers_the_lump_sum(client):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, "hardship_reduction"))

    assert "一次性偿还人民币5,000.00元" in text
    assert "收入明显下降" in text


def test_the_credit_objection_says_which_record_and_why(client):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, "credit_objection"))

    for part in ("2026年11月的逾期记录", "该笔款项已于到期日前还清", "删除该逾期记录", "20日内"):
        assert part in text
    assert "《征信业管理条例》第二十五条" in text


@pytest.mark.parametrize(
    ("scenario_name", "recipient"),
    [
        ("card-100days-criminal-threat", "国家金融监督管理总局"),
        ("consumer-finance-day31-contacts", "国家金融监督管理总局"),
        ("huabei-day40-flood", "国家金融监督管理总局"),
        ("xinyongfei-day5", "国家金融监督管理总局"),
        ("microloan-day20-court-papers", "地方金融管理局"),
    ],
)
def test_the_regulator_complaint_goes_to_the_right_body(client, scenario_name, recipient):
    case = own(client, scenario_name)

    content = build_content(case, "complaint_regulator", {})
    page = client.get(url("new", case.pk, "complaint_regulator")).content.decode()

    assert recipient in content["recipient"][0]
    assert recipient in page  # the form is pre-filled with it


@pytest.mark.parametrize(
    ("kind", "recipient"),
    [
        ("complaint_lender", "信用飞客户投诉处理部门"),
        ("debt_details_request", "信用飞客户投诉处理部门"),
        ("credit_objection", "中国人民银行征信中心"),
    ],
)
def test_letters_to_the_lender_and_the_credit_centre(client, kind, recipient):
    case = own(client, "xinyongfei-day5")

    text = download(client, make_letter(client, case, kind))

    assert "收件人" + recipient in text
