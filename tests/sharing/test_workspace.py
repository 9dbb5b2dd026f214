"""The volunteer's workspace: most urgent first, filter by stage, search by lender."""

from django.urls import reverse

from assistant.cases.records import import_case
from assistant.sharing import workspace
from tests.cases.conftest import scenario
from tests.sharing.conftest import share, sign_in


def owned_case(user, name):
    return import_case(scenario(name), owner=lambda c: setattr(c, "user", user))


def test_court_papers_and_later_stages_come_first(alice, bob, volunteer):
    early = owned_case(alice, "xinyongfei-day5")  # day 5, one call broke two rules
    court = owned_case(bob, "microloan-day20-court-papers")
    flood = owned_case(bob, "huabei-day40-flood")  # day 40, same stage, one call broke one
    card = owned_case(bob, "card-100days-criminal-threat")
    for case in (early, court, flood, card):
        share(case, volunteer)
    rows = workspace.shared_with(volunteer)
    assert [row["case"] for row in rows] == [court, card, flood, early]
    assert rows[0]["court_papers"] is True
    assert (rows[2]["flags"], rows[2]["recent_flags"], rows[2]["days_overdue"]) == (1, 1, 40)
    assert (rows[3]["flags"], rows[3]["recent_flags"], rows[3]["days_overdue"]) == (1, 1, 5)


def test_within_a_stage_recent_rule_breaking_outranks_days_overdue():
    row = {"stage_code": "outsourced_collection", "court_papers": False}
    quiet_but_late = {**row, "recent_flags": 0, "days_overdue": 60}
    harassed = {**row, "recent_flags": 3, "days_overdue": 35}
    assert sorted([quiet_but_late, harassed], key=workspace.urgency) == [harassed, quiet_but_late]


def test_filter_by_stage_and_search_by_lender(client, alice, volunteer):
    early = owned_case(alice, "xinyongfei-day5")
    card = owned_case(alice, "card-100days-criminal-threat")
    share(early, volunteer), share(card, volunteer)
    by_stage = workspace.shared_with(volunteer, stage="serious_delinquency")
    assert [r["case"] for r in by_stage] == [card]
    lender = early.lender_name
    assert [r["case"] for r in workspace.shared_with(volunteer, lender=lender)] == [early]

    sign_in(client, volunteer)
    page = client.get(reverse("volunteer:dashboard"), {"lender": lender}).content.decode()
    assert reverse("cases:detail", args=[early.pk]) in page
    assert reverse("cases:detail", args=[card.pk]) not in page


def test_only_my_active_shares_are_listed(alice, volunteer):
    from tests.sharing.conftest import make_volunteer

    other = make_volunteer("someone.else")
    share(owned_case(alice, "xinyongfei-day5"), other)
    assert workspace.shared_with(volunteer) == []


def test_the_workspace_costs_the_same_queries_with_three_calls_or_sixty(alice, volunteer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.calls.conftest import add_call

    case = owned_case(alice, "xinyongfei-day5")
    share(case, volunteer)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            rows = workspace.shared_with(volunteer)
        return len(captured), rows[0]["flags"]

    few, flags_before = queries()
    for n in range(60):
        add_call(case, f"2026-11-{10 + n % 10}T{10 + n % 8}:00+08:00", summary=f"第{n}通")
    many, flags_after = queries()
    assert many == few and flags_after > flags_before  # the new calls counted, not loaded
    # The index is kept under calls_version: no call row is read again on the next look.
    with CaptureQueriesContext(connection) as again:
        workspace.shared_with(volunteer)
    assert not any("calls_call" in q["sql"] for q in again.captured_queries)
