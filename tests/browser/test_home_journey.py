import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE


@pytest.mark.parametrize(
    ("language", "heading", "entry"),
    [("zh-hans", "一步一步来", "我逾期了"), ("en", "one step at a time", "I'm overdue")],
)
def test_home_at_phone_width(
    live_server, page, screenshot, assert_accessible, language, heading, entry
):
    page.goto(f"{live_server.url}/{language}/")
    assert heading in page.locator("h1").inner_text()
    assert page.get_by_role("link", name=entry).is_visible()
    call_now = "催收电话正在打来" if language == "zh-hans" else "A collector is calling me now"
    assert page.get_by_role("link", name=call_now).first.is_visible()
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, f"home-{language}")
    assert_accessible(page)


def test_language_switcher_keeps_the_page(live_server, page, assert_accessible):
    page.goto(f"{live_server.url}/zh-hans/help/call-now/")
    assert_accessible(page)
    page.get_by_role("button", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/help/call-now/")
    assert page.locator("h1").inner_text() == "A collector is calling me now"
    assert_accessible(page)
    page.get_by_role("button", name="简体中文").click()
    page.wait_for_url(f"{live_server.url}/zh-hans/help/call-now/")
    assert page.locator("h1").inner_text() == "催收电话正在打来"


def test_home_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/zh-hans/")
    page.get_by_role("link", name="我逾期了").click()
    page.wait_for_load_state("domcontentloaded")
    expect(page.locator("h1")).to_be_visible()
    context.close()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_call_now_screen_at_phone_width(live_server, page, screenshot, assert_accessible, language):
    page.goto(f"{live_server.url}/{language}/")
    page.locator(".site-header .call-now").click()
    page.wait_for_load_state("domcontentloaded")  # the URL changes before the new document
    assert page.url.endswith(f"/{language}/help/call-now/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, f"call-now-{language}")
    assert_accessible(page)
