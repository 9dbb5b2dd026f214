"""The daily call limit shown is the one that binds the case's lender type (FACTS.md §1)."""

import pytest
from django.urls import reverse

from assistant.cases.records import import_case

pytestmark = pytest.mark.django_db


def missed_calls_case(client, lender_type, count=7):
    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    calls = [
        {"at": f"2026-11-18T{9 + hour:02d}:00:00+08:00", "channel": "phone", "answered": False}
        for hour in range(count)
    ]
    return import_case(
        {
            "format": "anxin.case/1",
            "as_of": "2026-11-21",
            "lender": {"name": "某银行", "type": lender_type},
            "first_missed_due_date": "2026-11-15",
            "calls": calls,
        },
        owner=lambda c: setattr(c, "owner_token", "me-token"),
    )


def test_a_bank_case_shows_the_six_attempts_limit_in_the_log_and_the_evidence(client):
    case = missed_calls_case(client, "bank_card")
    log = client.get(reverse("calls:list", args=[case.pk]))
    evidence = client.get(reverse("calls:evidence_html", args=[case.pk]))
    for text in (log.content.decode(), evidence.content.decode()):
        assert "每天拨打一般不超过6次" in text
        assert "接通的催收电话最多3次" not in text


def test_a_platform_case_with_missed_calls_only_has_no_daily_limit_flag(client):
    case = missed_calls_case(client, "pay_later", count=9)
    evidence = client.get(reverse("calls:evidence_html", args=[case.pk])).content.decode()
    assert evidence.count("未接") >= 9  # the calls are there, only not flagged
    assert "每日次数上限" not in evidence and "6次" not in evidence
