"""Home → a saved call: one screen, one tap to save, at 390 px, with and without JavaScript."""

import pytest

from assistant.assessment.conduct import SHANGHAI
from assistant.calls.models import Call
from assistant.cases.models import Case
from tests.browser.sessions import own_case_in_browser
from tests.conftest import PHONE


def _first_screen_holds(page, locator):
    box = locator.bounding_box()
    return box is not None and box["y"] + box["height"] <= PHONE["height"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_home_to_a_saved_call_is_one_screen_and_one_tap(
    live_server, browser, screenshot, assert_accessible, javascript
):
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/")
    page.get_by_role("link", name="记录一通电话").click()
    page.wait_for_url("**/calls/quick/")
    save = page.get_by_role("button", name="保存这次来电").first
    assert _first_screen_holds(page, save)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_label("谁打来的").fill("某某资产管理")
    screenshot(page, f"quick-call-{'js' if javascript else 'no-js'}")
    if javascript:
        assert_accessible(page)
    save.click()
    page.wait_for_url("**/cases/*/?logged=*")
    assert page.get_by_role("status").inner_text().startswith("已保存")
    assert page.get_by_role("link", name="告诉我们这笔债的情况").first.is_visible()
    screenshot(page, f"quick-call-saved-{'js' if javascript else 'no-js'}")
    if javascript:
        assert_accessible(page)
    assert Call.objects.get().organisation == "某某资产管理"
    page.locator(".case-top").get_by_role("link", name="来电记录").click()
    axis = page.locator(".chart-axis").inner_text()  # one day: its date and counts, in words
    assert axis.startswith(Call.objects.get().at.astimezone(SHANGHAI).date().isoformat())
    assert "1" in axis
    screenshot(page, f"call-list-one-day-{'js' if javascript else 'no-js'}")
    context.close()


def test_a_returning_visitor_also_saves_from_the_first_screen(live_server, page):
    own_case_in_browser(page, live_server)
    page.goto(f"{live_server.url}/zh-hans/calls/quick/")
    assert page.locator(".debt-field").is_visible()  # their debts to choose from, below
    assert _first_screen_holds(page, page.get_by_role("button", name="保存这次来电").first)
    page.get_by_label("谁打来的").fill("信用飞")  # the lender of their debt
    page.get_by_role("button", name="保存这次来电").first.click()
    page.wait_for_url("**/cases/*/?logged=*")
    assert Call.objects.filter(organisation="信用飞", case__lender_name="信用飞").exists()
    assert Case.objects.count() == 1  # the same debt, not a new one
