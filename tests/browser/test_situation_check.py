"""Journey 1: home → "I'm overdue" → wizard → case page, with and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

WORDS = {
    "zh-hans": {
        "start": "我逾期了",
        "next": "下一步",
        "skip": "下一步（或跳过）",
        "back": "返回",
        "finish": "查看我的情况",
        "yes": "是",
        "no": "否",
        "here": "你在这里",
        "back_to_review": "保存并回到核对页",
    },
    "en": {
        "start": "I'm overdue",
        "next": "Next",
        "skip": "Next (or skip)",
        "back": "Back",
        "finish": "See my situation",
        "yes": "Yes",
        "no": "No",
        "here": "You are here",
        "back_to_review": "Save and go back to the review",
    },
}


def go(page, button, step):
    """Press a wizard button and wait until step number `step` is showing."""
    page.get_by_role("button", name=button, exact=True).click()
    expect(page.locator("progress")).to_have_attribute("value", str(step))


def change_the_amount_from_the_review(page, words):
    """修改 on the money step, a new amount, and straight back to the review."""
    page.locator(".review-step a.change").nth(1).click()
    expect(page.locator("#id_amount_demanded")).to_have_value("9120.50")
    page.locator("#id_amount_demanded").fill("9200")
    page.get_by_role("button", name=words["back_to_review"]).click()
    expect(page.locator("progress")).to_have_attribute("value", "6")
    expect(page.locator(".review").nth(1)).to_contain_text("¥9200")


def fill_wizard(page, words, screenshot=None, name=""):
    page.get_by_role("link", name=words["start"]).click()
    page.locator("#id_lender_name").fill("信用飞")
    page.locator("#id_lender_name").press("Tab")
    if screenshot:
        screenshot(page, f"wizard-lender-{name}")
    go(page, words["next"], 2)

    page.locator("#id_principal").fill("八千")
    page.locator("#id_first_missed_due_date").fill("2026-11-15")
    page.get_by_role("button", name=words["next"], exact=True).click()
    # The bad amount comes back with a message and what was typed.
    expect(page.locator(".error").first).to_be_visible()
    expect(page.locator("#id_principal")).to_have_value("八千")
    if screenshot:
        screenshot(page, f"wizard-error-{name}")
    page.locator("#id_principal").fill("8000")
    page.locator("#id_amount_demanded").fill("9120.50")
    go(page, words["next"], 3)

    page.locator("#id_third_party_collector_0").check()
    page.locator("#id_court_papers_1").check()
    go(page, words["back"], 2)
    expect(page.locator("#id_principal")).to_have_value("8000")
    go(page, words["next"], 3)
    expect(page.locator("#id_third_party_collector_0")).to_be_checked()
    go(page, words["next"], 4)

    page.locator("#id_monthly_income").fill("4000")
    page.locator("#id_essential_costs").fill("2800")
    go(page, words["skip"], 5)
    go(page, words["skip"], 6)
    if screenshot:
        screenshot(page, f"wizard-review-{name}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    change_the_amount_from_the_review(page, words)
    page.get_by_role("button", name=words["finish"]).click()
    page.wait_for_url("**/cases/*/")


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_wizard_to_case_page(live_server, page, screenshot, assert_accessible, language):
    words = WORDS[language]
    page.goto(f"{live_server.url}/{language}/")
    fill_wizard(page, words, screenshot, language)
    assert words["here"] in page.locator(".timeline .current").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, f"case-page-{language}")
    assert_accessible(page)


def test_wizard_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/")
    fill_wizard(page, WORDS["zh-hans"])
    assert "你在这里" in page.locator(".timeline .current").inner_text()
    context.close()


def test_lender_type_is_preselected_from_the_name_with_htmx(live_server, page):
    page.goto(f"{live_server.url}/en/cases/new/")
    page.locator("#id_lender_name").fill("招商银行信用卡")
    page.locator("#id_lender_name").press("Tab")
    # expect() polls without evaluating a string in the page (our CSP forbids eval).
    expect(page.locator("input[name=lender_type][value=bank_card]")).to_be_checked()
