"""Letter wording corrected against shared/legal/FACTS.md (issue 14, items 6, 7, 13 and 15)."""

import datetime

import pytest
from django.urls import reverse

from assistant.letters.kinds import KINDS, REGULATORS, build_content
from tests.cases.conftest import import_case, scenario
from tests.letters.conftest import make_letter, own, url


def whole(content):
    parts = [content["subject"], content["intro"], content["closing"]]
    return "".join(parts + content["recipient"] + content["facts"] + content["requests"])


def test_a_card_letter_invokes_the_objection_right_of_article_69(client):
    case = own(client, "card-95days-fake-summons")
    text = whole(make_letter(client, case, "debt_details_request").latest().content)
    assert "第六十九条" in text and "记录并核实" in text


def test_a_platform_letter_does_not_cite_the_card_measures(client):
    case = own(client, "xinyongfei-day5")
    text = whole(make_letter(client, case, "debt_details_request").latest().content)
    assert "信用卡业务监督管理办法" not in text


@pytest.mark.parametrize(
    "lender, words",
    [
        ("bank_card", ("国家金融监督管理总局", "监管局", "12378")),
        ("consumer_finance", ("监管局", "12378")),
        ("microloan", ("地方金融管理局",)),
        ("private", ("公安局",)),
    ],
)
def test_the_regulator_letter_goes_to_the_authority_for_the_lender_type(lender, words):
    lines = "".join(line.zh for line in REGULATORS[lender])
    for word in words:
        assert word in lines
    assert "12363" not in lines and "中国人民银行" not in lines


def test_a_hardship_request_goes_to_the_repayment_negotiation_desk(client):
    case = own(client, "xinyongfei-day5")
    content = make_letter(client, case, "hardship_deferral").latest().content
    assert content["recipient"][1] == "还款协商（客户服务）部门"
    assert "投诉" not in content["recipient"][1]


def test_the_requests_of_a_letter_end_with_one_kind_of_punctuation(client):
    case = own(client, "xinyongfei-day5")
    for kind in ("hardship_instalments", "complaint_lender", "credit_objection"):
        extra = {"plan_total": "9000", "monthly": "500"} if kind == "hardship_instalments" else {}
        requests = make_letter(client, case, kind, **extra).latest().content["requests"]
        assert all(r.endswith("；") for r in requests[:-1]), (kind, requests)
        assert requests[-1].endswith("。"), kind


def test_an_incident_is_said_to_break_rules_or_standards_not_a_standards_rules(client):
    case = own(client, "huabei-day40-flood")
    facts = "".join(make_letter(client, case, "complaint_lender").latest().content["facts"])
    assert "不符合以下规定或标准" in facts
    assert (
        "GB/T 45251-2025" in facts
        and "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》5.3的规定" not in facts
    )


def test_the_official_text_caveat_appears_at_most_once_per_letter(client):
    # Conduct whose rules include several different unverified sources.
    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    conduct = ["impersonation", "unlawful_amount", "refused_identity", "threat_arrest"]
    case = import_case(
        {
            "format": "anxin.case/1",
            "lender": {"name": "花呗", "type": "pay_later"},
            "first_missed_due_date": "2026-10-15",
            "calls": [{"at": "2026-11-18T10:00:00+08:00", "channel": "phone", "conduct": conduct}],
        },
        owner=lambda c: setattr(c, "owner_token", "me-token"),
    )
    for kind in KINDS:
        extra = {"plan_total": "9000", "monthly": "500"} if kind == "hardship_instalments" else {}
        text = whole(make_letter(client, case, kind, **extra).latest().content)
        assert text.count("以官方文本为准") <= 1, kind
    complaint = whole(case.letters.get(kind="complaint_lender").latest().content)
    assert complaint.count("以官方文本为准") == 1
    assert "GB/T 45251-2025" in complaint and "互联网金融逾期债务催收自律公约" in complaint


def test_the_evidence_summary_for_institutions_carries_no_caveat(client):
    case = own(client, "huabei-day40-flood")
    with_language = client.get(reverse("calls:evidence_html", args=[case.pk]))
    assert with_language.status_code == 200
    assert "以官方文本为准" not in with_language.text


@pytest.fixture
def old_debt(client):
    """A card debt first missed more than three years ago (as of 28 November 2026)."""
    data = scenario("card-95days-fake-summons")
    data = {**data, "first_missed_due_date": "2023-06-01"}
    data.pop("as_of", None)
    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    return import_case(data, owner=lambda c: setattr(c, "owner_token", "me-token"))


def test_a_hardship_letter_on_a_debt_past_its_limitation_date_warns_first(client, old_debt):
    text = client.get(url("new", old_debt.pk, "hardship_instalments", language="en")).text
    assert "Before you sign: the 3-year limit may have passed" in text
    assert "you can no longer use it as a defence in court" in text
    assert 'action="' in text  # the form is still there: the borrower may go on


def test_a_complaint_on_the_same_debt_does_not_warn(client, old_debt):
    text = client.get(url("new", old_debt.pk, "complaint_lender", language="en")).text
    assert "the 3-year limit may have passed" not in text


def test_a_recent_debt_gets_no_limitation_warning(client):
    case = own(client, "xinyongfei-day5")
    text = client.get(url("new", case.pk, "hardship_instalments", language="en")).text
    assert "the 3-year limit may have passed" not in text


def test_the_warned_borrower_can_still_write_the_hardship_letter(client, old_debt):
    letter = make_letter(client, old_debt, "hardship_deferral")
    assert letter.latest().content["kind"] == "hardship_deferral"


def test_build_content_dates_are_unaffected_by_the_warning(client, old_debt):
    content = build_content(old_debt, "hardship_deferral", {}, today=datetime.date(2026, 11, 28))
    assert content["date"] == "2026-11-28"


def test_the_sender_typed_in_one_letter_is_offered_in_the_next(client):
    case = own(client, "xinyongfei-day5")
    make_letter(client, case, "complaint_lender")  # sender 李明华, 13800000000
    other = own(client, "huabei-day40-flood")  # another debt of the same borrower
    text = client.get(url("new", other.pk, "debt_details_request")).text
    assert 'value="李明华"' in text and 'value="13800000000"' in text


def test_someone_elses_sender_is_never_offered(client, someone_elses_case):
    from assistant.letters.models import Letter, LetterVersion

    letter = Letter.objects.create(case=someone_elses_case, kind="complaint_lender")
    LetterVersion.objects.create(
        letter=letter, number=1, content={"sender": {"name": "别人的名字", "phone": "139"}}
    )
    case = own(client, "xinyongfei-day5")
    text = client.get(url("new", case.pk, "complaint_lender")).text
    assert "别人的名字" not in text


def test_a_call_saved_twice_is_cited_once(client):
    from django.utils.dateparse import parse_datetime

    from assistant.calls.models import Call

    case = own(client, "xinyongfei-day5")
    twice = {"channel": "phone", "number": "0755-1234", "summary": "再不还就上门找你家人"}
    for _ in range(2):
        call = Call.objects.create(
            case=case,
            at=parse_datetime("2026-11-19T23:05+08:00"),
            conduct=["threat_visit"],
            **twice,
        )
        call.save()
    facts = "".join(make_letter(client, case, "complaint_lender").latest().content["facts"])
    assert facts.count("再不还就上门找你家人") == 1
