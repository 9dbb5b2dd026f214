import json

from assistant.assessment import assess, assessment_to_dict, timeline_detail

DOCUMENTED_KEYS = [
    "format",
    "as_of",
    "days_overdue",
    "stage",
    "timeline",
    "flags",
    "effective_apr",
    "limitation_date",
    "affordable_monthly",
    "suggested_letters",
]


def test_the_dict_has_the_documented_keys_first_and_is_json(assess_case):
    result = assessment_to_dict(assess_case())
    assert list(result)[: len(DOCUMENTED_KEYS)] == DOCUMENTED_KEYS
    assert result["format"] == "anxin.assessment/1"
    assert json.loads(json.dumps(result)) == result


def test_the_dict_matches_the_case_format_example(make_dict, call):
    case = make_dict(
        principal="8000.00",
        amount_demanded="9120.50",
        facts={"third_party_collector": True},
        finances={
            "monthly_income": "4000.00",
            "essential_costs": "2800.00",
            "other_debt_payments": "500.00",
            "hardship": ["job_loss"],
        },
        calls=[call("2026-11-18T22:40:00+08:00", conduct=["threat_contact_third_party"])],
    )
    result = assessment_to_dict(assess(case))
    assert (result["as_of"], result["days_overdue"], result["stage"]) == (
        "2026-11-20",
        5,
        "outsourced_collection",
    )
    assert [(f["code"], f["call"]) for f in result["flags"]] == [
        ("outside_hours", 0),
        ("threat_contact_third_party", 0),
    ]
    assert "gbt_45251_2025_hours" in result["flags"][0]["rules"]
    assert result["limitation_date"] == "2029-11-15"
    assert result["affordable_monthly"] == "700.00"
    assert result["effective_apr"] is None
    assert {"complaint_lender", "stop_third_party_contact", "hardship_instalments"} <= set(
        result["suggested_letters"]
    )


def test_timeline_entries_have_the_documented_keys(assess_case):
    entry = assessment_to_dict(assess_case())["timeline"][0]
    assert {"stage", "from_day", "to_day", "current"} <= set(entry)


def test_the_timeline_detail_gives_codes_for_every_stage(make_case):
    case = make_case()
    details = timeline_detail(case, assess(case))
    assert [d.stage for d in details if d.current] == ["early_collection"]
    assert [d.stage for d in details if d.past] == ["not_yet_due", "early_reminder"]
    assert all(d.actions for d in details)
    assert "bluff_arrest" in next(d for d in details if d.stage == "outsourced_collection").bluffs
