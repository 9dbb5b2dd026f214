"""Journey 3: log a call on a phone, then see it in the call log with its flags; with and
without JavaScript. Selectors use ids and names so the test does not depend on wording that is
still waiting for its translation; the flag labels checked are already in the zh-hans catalogue.
"""

import datetime

import pytest
from playwright.sync_api import expect

from assistant.assessment.conduct import SHANGHAI
from assistant.calls.models import Call
from tests.calls.test_evidence_files import png
from tests.conftest import PHONE

OUTSIDE_HOURS = "在不允许的时间段联系"
THREAT_VISIT = "威胁上门或去你单位"
IMPERSONATION = "冒充警察、法院或政府人员"


def open_call_log(page, live_server, case):
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/")
    page.locator("a.log-call").click()
    expect(page.locator("#id_at")).to_be_visible()


def test_log_a_call_with_javascript(
    live_server, page, my_case_in_browser, screenshot, assert_accessible
):
    case, cookie = my_case_in_browser
    page.context.add_cookies([cookie])
    open_call_log(page, live_server, case)
    page.locator("#id_at").fill("2026-11-20T22:30")
    page.locator("#id_summary").fill("说不还就上门，还要联系你父母")
    # The suggestions appear as they type; nothing is ticked until they press "Tick these".
    tick = page.locator("#suggestions button[name=tick]")
    expect(tick).to_be_visible()
    # Each suggestion says which words it comes from.
    expect(page.locator("#suggestions")).to_contain_text("联系你父母")
    expect(page.locator("input[value=threat_visit]")).not_to_be_checked()
    tick.click()
    expect(page.locator("input[value=threat_visit]")).to_be_checked()
    expect(page.locator("input[value=threat_contact_third_party]")).to_be_checked()
    screenshot(page, "call-log-entry-zh-hans")
    page.locator("button.big[name=save]").click()

    saved = page.locator(".just-saved .call-entry")
    expect(saved).to_contain_text(OUTSIDE_HOURS)
    expect(saved).to_contain_text(THREAT_VISIT)
    assert page.url.endswith("/calls/new/")
    # A fresh form for the next call, with everything unticked.
    expect(page.locator("#id_summary")).to_have_value("")
    expect(page.locator("input[value=threat_visit]")).not_to_be_checked()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "call-log-saved-zh-hans")
    assert_accessible(page)

    page.locator(".just-saved a[href$='/calls/']").click()
    entry = page.locator(".call-entry").first
    expect(entry).to_contain_text("说不还就上门")
    expect(entry).to_contain_text(OUTSIDE_HOURS)
    screenshot(page, "call-log-list-zh-hans")
    assert_accessible(page)


def test_log_a_call_without_javascript(
    live_server, browser, page, my_case_in_browser, screenshot, assert_accessible
):
    case, cookie = my_case_in_browser
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="zh-CN")
    context.add_cookies([cookie])
    nojs = context.new_page()
    open_call_log(nojs, live_server, case)
    nojs.locator("#id_at").fill("2026-11-20T23:05")
    nojs.locator("#id_summary").fill("他自称警察，说要抓你")
    nojs.locator("button.big[name=save]").click()

    nojs.wait_for_url("**/calls/?saved=*")
    entry = nojs.locator(".call-entry").first
    expect(entry).to_contain_text(OUTSIDE_HOURS)
    expect(entry.locator(".confirm-suggestions")).to_be_visible()
    expect(entry.locator(".confirm-suggestions")).to_contain_text("自称警察")
    screenshot(nojs, "call-log-suggestions-nojs-zh-hans")
    entry.locator("form:has(input[value=impersonation]) button").click()

    entry = nojs.locator(".call-entry").first
    expect(entry.locator(".call-flags")).to_contain_text(IMPERSONATION)
    expect(entry.locator("input[value=impersonation]")).to_have_count(0)
    assert nojs.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(nojs, "call-log-list-nojs-zh-hans")
    # axe needs JavaScript: check the same page, with its suggestion, in a normal tab.
    page.context.add_cookies([cookie])
    page.goto(nojs.url)
    expect(page.locator(".confirm-suggestions")).to_be_visible()
    assert_accessible(page)
    context.close()


@pytest.fixture
def my_late_call(my_case_in_browser):
    case, cookie = my_case_in_browser
    call = Call.objects.create(
        case=case,
        at=datetime.datetime(2026, 11, 19, 22, 30, tzinfo=SHANGHAI),
        channel="phone",
        summary="半夜打来说要上门",
        conduct=["threat_visit"],
    )
    return case, call, cookie


def test_change_delete_and_undo_a_call_on_a_phone(
    live_server, page, my_late_call, screenshot, assert_accessible
):
    case, call, cookie = my_late_call
    page.context.add_cookies([cookie])
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/calls/")
    entry = page.locator(f"#call-{call.pk}")
    # The rules behind each flag are folded away until asked for.
    rules = entry.locator("details.flag-rules").first
    expect(rules.locator(".sources")).not_to_be_visible()
    rules.locator("summary").click()
    expect(rules.locator(".sources")).to_be_visible()

    entry.locator(f"a[href$='/calls/{call.pk}/edit/']").click()
    expect(page.locator("#id_summary")).to_have_value("半夜打来说要上门")
    page.locator("#id_summary").fill("改错了")
    page.locator("button.big[name=save]").click()
    expect(page.locator(".undo-notice")).to_be_visible()
    expect(page.locator(f"#call-{call.pk}")).to_contain_text("改错了")
    page.locator(".undo-notice button").click()
    expect(page.locator(f"#call-{call.pk}")).to_contain_text("半夜打来说要上门")

    page.locator(f"#call-{call.pk} a[href$='/calls/{call.pk}/delete/']").click()
    page.locator("button.danger").click()
    expect(page.locator(".undo-notice")).to_be_visible()
    expect(page.locator(f"#call-{call.pk}")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "call-log-deleted-undo-zh-hans")
    assert_accessible(page)
    page.locator(".undo-notice button").click()
    expect(page.locator(f"#call-{call.pk}")).to_contain_text(THREAT_VISIT)


def test_attach_a_screenshot_to_a_call_on_a_phone(
    live_server, page, my_late_call, screenshot, assert_accessible
):
    case, call, cookie = my_late_call
    page.context.add_cookies([cookie])
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/calls/{call.pk}/files/")
    page.locator("input[type=file]").set_input_files(
        [{"name": "not-a-photo.jpg", "mimeType": "image/jpeg", "buffer": b"plain text"}]
    )
    page.locator("form.evidence-form button.big").click()
    expect(page.locator(".error ul")).to_contain_text("not-a-photo")
    screenshot(page, "call-log-attach-refused-zh-hans")
    assert_accessible(page)
    page.locator("input[type=file]").set_input_files(
        [{"name": "催收短信.png", "mimeType": "image/png", "buffer": png()}]
    )
    page.locator("form.evidence-form button.big").click()
    expect(page.locator(f"#call-{call.pk} .call-files")).to_contain_text("催收短信.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "call-log-attached-zh-hans")
