"""The call-now screen at 390 px: log this call on the first screen, helplines tap-to-call."""

import pytest

from tests.conftest import ARTIFACTS, PHONE


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_log_this_call_is_on_the_first_screen_and_numbers_are_tap_to_call(
    live_server, browser, assert_accessible, javascript
):
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/help/call-now/")
    log = page.get_by_role("link", name="记录这通电话", exact=True)
    box = log.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = f"call-now-first-screen-{'js' if javascript else 'no-js'}"
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    for number in ("110", "12348", "12356"):
        assert page.get_by_role("link", name=f"拨打 {number}").get_attribute("href") == (
            f"tel:{number}"
        )
    must_not = page.locator("ul.must-not > li")
    assert must_not.count() == 5
    sources = page.locator(".must-not-sources .source").first
    assert not sources.is_visible()  # folded below the list
    page.locator(".must-not-sources summary").click()
    assert sources.is_visible()
    if javascript:
        assert_accessible(page)
    log.click()
    page.wait_for_url("**/calls/quick/")
    context.close()
