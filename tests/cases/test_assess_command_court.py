"""`manage.py assess FILE` reports the court deadlines of a case file with court papers."""

import json

from django.core.management import call_command


def test_assess_reports_the_payment_order_objection_deadline(tmp_path, capsys):
    path = tmp_path / "case.json"
    case = {
        "format": "anxin.case/1",
        "as_of": "2026-12-03",
        "lender": {"type": "online_platform"},
        "first_missed_due_date": "2026-09-01",
        "court": [{"kind": "payment_order", "served_on": "2026-11-30", "court": "某某区人民法院"}],
    }
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    call_command("assess", str(path))
    got = json.loads(capsys.readouterr().out)
    assert got["court_deadlines"] == [
        {"kind": "payment_order_objection", "date": "2026-12-15", "rules": ["cpl_227"]}
    ]
    assert got["stage"] == "legal_action"
    assert "payment_order_objection" in got["suggested_letters"]
