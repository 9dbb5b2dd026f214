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
