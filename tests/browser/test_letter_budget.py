"""The hardship letter's budget on a phone: what is left and the plan update as the person types."""

from playwright.sync_api import expect

from assistant.cases.records import import_case
from tests.browser.sessions import own_case_in_browser
from tests.cases.conftest import scenario


def test_the_plan_follows_the_budget_as_it_is_typed(
    page, live_server, screenshot, assert_accessible
):
    own_case_in_browser(page, live_server)
    case = import_case(
        scenario("card-100days-criminal-threat"),
        owner=lambda c: setattr(c, "owner_token", "browser-token"),
    )
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/letters/new/hardship_instalments/")
    plan = page.locator("#plan-check")
    # Pre-filled from the case: 5000 − 3200 − 600 leaves 1200 a month; the plan offers 80%.
    expect(plan.locator(".affordable")).to_contain_text("1200.00")
    expect(plan.locator("table")).to_contain_text("1000.00")  # 960 would take 63 months

    page.locator("#id_cost_other").fill("2200")
    page.locator("#id_cost_housing").fill("1000")  # the same total, split
    page.locator("#id_other_debts").fill("300")
    expect(plan.locator(".affordable")).to_contain_text("1500.00")
    expect(plan.locator("table")).to_contain_text("1200.00")
    screenshot(page, "letter-budget-zh-hans")
    assert_accessible(page)

    page.locator("#id_income").fill("3000")
    expect(plan.locator(".affordable")).to_contain_text("0.00")
    expect(plan.locator("a[href$='/letters/new/hardship_deferral/']")).to_be_visible()
    screenshot(page, "letter-budget-nothing-left-zh-hans")

    page.locator("#id_income").fill("五千")
    expect(plan.locator(".error").first).to_be_visible()
    expect(page.locator("#id_income")).to_have_value("五千")
