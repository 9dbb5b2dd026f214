"""Calls from a screenshot, on a phone, with and without JavaScript: Chromium renders an SMS
thread, the borrower uploads its screenshot, checks the entries read from it, ticks one
suggestion and saves; nothing is saved before that."""

import pytest
from playwright.sync_api import expect

from assistant.calls.models import Call, Evidence
from benchmarks.ocr import render, sms_html
from tests.conftest import PHONE


@pytest.fixture
def sms_screenshot(browser, tmp_path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2)
    path = render(context.new_page(), sms_html(), tmp_path / "短信截图.png")
    context.close()
    return path


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_calls_from_a_screenshot(
    live_server,
    browser,
    my_case_in_browser,
    sms_screenshot,
    screenshot,
    assert_accessible,
    javascript,
):
    case, cookie = my_case_in_browser
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE, locale="zh-CN")
    context.add_cookies([cookie])
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/calls/new/")
    page.locator("p.from-screenshot a").click()
    page.locator("input[name=image]").set_input_files(str(sms_screenshot))
    page.locator("button.big").click()

    entries = page.locator("fieldset.proposed-call")
    expect(entries).to_have_count(5)
    expect(entries.nth(0)).to_contain_text("联系您的紧急联系人")  # suggested because
    assert Call.objects.filter(case=case).count() == 0  # nothing saved yet
    screenshot(page, f"calls-from-screenshot-{'js' if javascript else 'nojs'}-zh-hans")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    if javascript:  # axe runs in the page
        assert_accessible(page)

    entries.nth(0).locator("input[value=threat_contact_third_party]").check()
    entries.nth(4).locator("input[name$=-include]").uncheck()  # the lender's own reminder
    page.locator("button[name=save]").click()

    expect(page.locator("p.notice")).to_contain_text("4")
    calls = list(Call.objects.filter(case=case).order_by("at"))
    assert len(calls) == 4
    assert calls[0].number == "106905xxxx"
    assert calls[0].conduct == ["threat_contact_third_party"]
    assert Evidence.objects.filter(call__case=case).count() == 4
    expect(page.locator(".call-entry").first).to_contain_text("私人账户")
    context.close()
