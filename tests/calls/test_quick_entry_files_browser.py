"""In a phone browser: a screenshot chosen on the quick entry form is saved with the call,
with htmx and without JavaScript (the fixtures are the browser tests' own)."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_call_log import open_call_log
from tests.calls.test_evidence_files import png
from tests.conftest import PHONE

pytestmark = pytest.mark.browser

SHOT = {"name": "催收短信.png", "mimeType": "image/png", "buffer": png()}


def fill_and_attach(page):
    page.locator("#id_at").fill("2026-11-20T22:30")
    page.locator("#id_summary").fill("说要上门")
    page.locator("#id_summary").blur()
    page.locator("#id_files").set_input_files([SHOT])


def test_a_screenshot_is_saved_with_the_call_with_javascript(
    live_server, page, my_case_in_browser, screenshot, assert_accessible
):
    case, cookie = my_case_in_browser
    page.context.add_cookies([cookie])
    open_call_log(page, live_server, case)
    fill_and_attach(page)
    # Wait for the suggestions under the text, so that the page no longer moves.
    expect(page.locator("#suggestions button[name=tick]")).to_be_visible()
    screenshot(page, "call-log-entry-with-file-zh-hans")
    page.locator("button.big[name=save]").click()
    expect(page.locator(".just-saved .call-files")).to_contain_text("催收短信.png")
    assert page.url.endswith("/calls/new/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "call-log-saved-with-file-zh-hans")
    assert_accessible(page)


def test_a_screenshot_is_saved_with_the_call_without_javascript(
    live_server, browser, my_case_in_browser, screenshot
):
    case, cookie = my_case_in_browser
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="zh-CN")
    context.add_cookies([cookie])
    nojs = context.new_page()
    open_call_log(nojs, live_server, case)
    fill_and_attach(nojs)
    nojs.locator("button.big[name=save]").click()
    nojs.wait_for_url("**/calls/?saved=*")
    expect(nojs.locator(".call-entry").first.locator(".call-files")).to_contain_text("催收短信.png")
    screenshot(nojs, "call-log-list-with-file-nojs-zh-hans")
    context.close()
