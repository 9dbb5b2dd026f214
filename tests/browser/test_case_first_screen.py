"""The case page's first phone screen (390 × 844) holds what matters now."""

import pytest

from tests.browser.sessions import own_case_in_browser
from tests.conftest import ARTIFACTS, PHONE

FIRST_SCREEN = {
    "days overdue and stage": "main h1",
    "the one next step": ".case-top .top-next",
    "the nearest deadline": ".case-top .nearest-date",
    "log a call": ".case-top a.log-call",
    "letters": ".case-top a.letters-link",
}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_first_screen_holds_stage_next_step_deadline_and_actions(
    live_server, browser, assert_accessible, javascript
):
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    case = own_case_in_browser(page, live_server)
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/")
    assert "逾期" in page.locator("main h1").inner_text()
    below = {}
    for what, selector in FIRST_SCREEN.items():
        box = page.locator(selector).bounding_box()
        assert box is not None, what
        bottom = box["y"] + box["height"]
        if bottom > PHONE["height"]:
            below[what] = bottom
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(
        path=str(ARTIFACTS / f"case-first-screen-{'js' if javascript else 'no-js'}.png")
    )
    assert below == {}
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator(".case-top a.letters-link").click()
    assert page.locator("#letters-h").is_visible()
    if javascript:
        assert_accessible(page)
    context.close()
