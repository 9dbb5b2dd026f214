"""The stop-contacting-others letter says only what is known about third-party contact.

Logged incidents (threatened, contacted, disclosed) are cited; when only the case facts say
contacts were reached, the letter says so; otherwise it is a preventive request and does
not claim anyone was contacted.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.calls.models import Call
from assistant.letters.kinds import CONTACTS_REACHED, build_content, cite
from tests.letters.conftest import make_letter, own, url
from tests.letters.test_pdf import pdf_text, squeeze

KIND = "stop_third_party_contact"
BEIJING = ZoneInfo("Asia/Shanghai")
CLAIMS_CONTACT = ("联系了本人以外的人员", "已就本人的借款联系了")


def letter_text(case):
    content = build_content(case, KIND, {})
    return content, "\n".join(
        [content["intro"], *content["facts"], *content["requests"], *content["attachments"]]
    )


def log_call(case, conduct, summary="给我母亲打电话说我欠钱不还"):
    return Call.objects.create(
        case=case,
        at=datetime(2026, 11, 20, 15, 30, tzinfo=BEIJING),
        channel="phone",
        organisation="某某资产管理",
        summary=summary,
        conduct=conduct,
    )


def test_a_logged_threat_is_cited_without_claiming_anyone_was_contacted(client):
    case = own(client, "xinyongfei-day5")  # one call threatening to call parents and employer

    content, text = letter_text(case)

    assert "以联系本人的家人、工作单位或通讯录联系人相威胁" in content["intro"]
    assert "2026年11月18日22:40" in text and "说今晚不还就联系我父母和单位" in text
    assert "威胁联系本人的家人、工作单位或通讯录联系人" in text
    assert not any(claim in text for claim in CLAIMS_CONTACT)
    # The calm reminder call of 16 November has nothing to do with third parties.
    assert "提醒还款，语气平和" not in text
    assert content["requests"][0].startswith("立即停止联系")


@pytest.mark.parametrize("code", ["contacted_third_party", "disclosed_debt"])
def test_a_logged_contact_is_cited_with_its_rule(client, code):
    case = own(client, "xinyongfei-day5")
    log_call(case, [code])

    content, text = letter_text(case)

    assert "联系了本人以外的人员" in content["intro"]
    assert "2026年11月20日15:30" in text and "给我母亲打电话说我欠钱不还" in text
    assert "说今晚不还就联系我父母和单位" in text  # the threat is cited too
    assert "家人、同事等收到的信息截图" in content["attachments"]
    assert CONTACTS_REACHED.zh not in text


def test_when_only_the_case_says_contacts_were_reached_the_letter_says_so(client):
    case = own(client, "huabei-day40-flood")  # no third-party incident logged
    case.contacts_reached = True
    case.save()

    content, text = letter_text(case)

    assert "据本人了解" in content["intro"]
    assert CONTACTS_REACHED.zh in content["facts"]
    assert "北京时间" not in text  # no incident is made up
    assert content["requests"][0].startswith("立即停止联系")


def test_a_threat_and_reached_contacts_give_both(client):
    case = own(client, "xinyongfei-day5")
    case.contacts_reached = True
    case.save()

    content, text = letter_text(case)

    assert "说今晚不还就联系我父母和单位" in text
    assert CONTACTS_REACHED.zh in content["facts"]


@pytest.mark.parametrize("reached", [None, False])
def test_with_nothing_known_it_is_a_preventive_request(client, reached):
    case = own(client, "huabei-day40-flood")  # four calls, none about third parties
    case.contacts_reached = reached
    case.save()

    content, text = letter_text(case)

    assert "提前提出以下要求" in content["intro"]
    assert not any(claim in text for claim in CLAIMS_CONTACT)
    assert "北京时间" not in text and CONTACTS_REACHED.zh not in text
    assert content["requests"][0].startswith("不联系本人的家人")
    assert "立即停止" not in text
    assert content["attachments"] == ["本人身份证复印件"]
    assert len(content["facts"]) == 1  # the account facts only


def test_the_pdf_cites_the_third_party_incident_and_its_rules(client):
    case = own(client, "xinyongfei-day5")
    call = log_call(case, ["contacted_third_party"])
    from assistant.cases.records import assess_case

    flags = [f for f in assess_case(case)["flags"] if f["code"] == "contacted_third_party"]
    assert flags, "the engine flags the logged contact"

    text = pdf_text(client.get(url("pdf", make_letter(client, case, KIND).pk)).content)

    assert squeeze(call.summary) in text
    for rule in flags[0]["rules"]:
        assert squeeze(cite(rule)) in text, rule
