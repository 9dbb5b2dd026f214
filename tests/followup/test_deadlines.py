"""The deadline rule table (assessment/deadlines.py): pure, no database."""

import json
from datetime import UTC, date, datetime

import pytest

from assistant.assessment import deadlines
from assistant.assessment.registry import default_registry

SENT = date(2026, 3, 1)


def rule(about, channel="lender", lender="bank_card"):
    return deadlines.rule_for(about, channel, lender)


def test_a_bank_complaint_is_due_on_day_15_and_late_on_day_16():
    complaint = rule("complaint")
    assert complaint.id == "bank_insurance_complaint"
    assert complaint.source == "complaint_handling_2020"
    due = deadlines.due_date(SENT, complaint)
    assert due == date(2026, 3, 16)
    assert deadlines.state(due, date(2026, 3, 15)) == deadlines.WAITING
    assert deadlines.state(due, date(2026, 3, 16)) == deadlines.DUE_TODAY
    assert deadlines.state(due, date(2026, 3, 17)) == deadlines.OVERDUE
    assert deadlines.state(due, date(2026, 3, 17), answered=True) == deadlines.ANSWERED


def test_extensions_give_30_then_60_days():
    complaint = rule("complaint", "lender", "consumer_finance")
    assert deadlines.due_date(SENT, complaint, 1) == date(2026, 3, 31)
    assert deadlines.due_date(SENT, complaint, 2) == date(2026, 4, 30)
    assert deadlines.due_date(SENT, complaint, 5) == date(2026, 4, 30)


def test_a_credit_objection_has_20_days_whatever_the_lender():
    objection = rule("credit_objection", "other", "microloan")
    assert (objection.days, objection.source) == (20, "credit_reg_25")
    assert deadlines.due_date(SENT, objection) == date(2026, 3, 21)


def test_the_payment_order_window_is_15_days_from_service():
    window = deadlines.default_rules()["payment_order_objection"]
    assert window.source == "civil_procedure_payment_order"
    assert deadlines.due_date(date(2026, 12, 20), window) == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("about", "channel", "lender"),
    [
        ("complaint", "lender", "microloan"),  # the 2020 measures bind banks and insurers
        ("complaint", "nifa", "pay_later"),
        # The 2020 measures give the institutions 15 days, not the regulator (FACTS §8).
        ("complaint", "nfra_12378", "consumer_finance"),
        ("complaint", "nfra_12378", "bank_card"),
        ("request", "lender", "bank_card"),
    ],
)
def test_without_a_rule_it_is_only_a_check_back_suggestion(about, channel, lender):
    found = rule(about, channel, lender)
    assert found.id == deadlines.CHECK_BACK and found.source is None


def test_every_rule_cites_a_source_in_the_registry():
    registry = default_registry()
    for found in deadlines.default_rules().values():
        assert found.source is None or registry.source(found.source)
        assert (found.source is None) == (found.kind == deadlines.CHECK_BACK)


def test_an_unknown_source_is_refused(tmp_path):
    path = tmp_path / "deadlines.json"
    table = json.loads(deadlines.DATA.read_text(encoding="utf-8"))
    table["rules"][0]["source"] = "no_such_source"
    path.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(KeyError):
        deadlines.load_rules(path)


def test_today_is_the_shanghai_date():
    # 17:30 UTC on 15 March is already 16 March in Shanghai: the day the answer is due.
    assert deadlines.today_in_shanghai(datetime(2026, 3, 15, 17, 30, tzinfo=UTC)) == date(
        2026, 3, 16
    )


def test_the_next_channel_follows_the_lender_types_order():
    bank = ("lender", "nfra_12378", "pboc_12363")
    assert deadlines.next_channel(bank, "lender") == "nfra_12378"
    assert deadlines.next_channel(bank, "in_app") == "nfra_12378"
    assert deadlines.next_channel(bank, "nfra_12378") == "pboc_12363"
    assert deadlines.next_channel(bank, "pboc_12363") is None
    assert deadlines.next_channel(bank, "court") is None
