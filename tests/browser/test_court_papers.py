"""The court stage on a phone: a payment order served 3 days ago, from the case page to a
correct objection PDF in at most five screens, with and without JavaScript."""

from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.assessment.assess import today_in_shanghai
from assistant.letters.kinds import cn_date
from tests.browser.sessions import own_case_in_browser
from tests.conftest import PHONE
from tests.letters.test_pdf import pdf_text


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_from_the_case_page_to_a_payment_order_objection(
    browser, page, live_server, screenshot, assert_accessible, tmp_path, javascript
):
    case = own_case_in_browser(page, live_server)
    served = today_in_shanghai() - timedelta(days=3)
    tab = page
    if not javascript:
        context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="zh-CN")
        context.add_cookies(page.context.cookies())
        tab = context.new_page()
    name = "js" if javascript else "nojs"
    screens = []

    def landed(label):
        screens.append(label)
        assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(tab, f"court-{len(screens)}-{label}-{name}")
        if javascript:
            assert_accessible(tab)

    tab.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/")
    landed("case-page")
    tab.get_by_role("link", name="我收到了法院文书").first.click()
    expect(tab.locator("h1")).to_have_text("我收到了法院文书")
    expect(tab.locator("#check-h")).to_be_visible()
    landed("court-papers-form")

    tab.get_by_label("支付令", exact=True).check()
    tab.locator("#id_served_on").fill(served.isoformat())
    tab.locator("#id_court").fill("某某区人民法院")
    tab.locator("#id_case_number").fill("（2026）某0101民督123号")
    tab.get_by_role("button", name="保存并显示我的期限").click()
    deadlines = tab.locator(".court-deadlines")
    expect(deadlines).to_contain_text((served + timedelta(days=15)).isoformat())
    expect(deadlines).to_contain_text("第二百二十七条")
    landed("deadlines")

    tab.get_by_role("link", name="写异议书").click()
    expect(tab.locator("#id_court")).to_have_value("某某区人民法院")
    landed("objection-form")

    tab.get_by_label("我现在还不起").check()
    tab.get_by_role("button", name="生成信件").click()
    expect(tab.locator("#id_reasons_error")).to_contain_text("不是对债务本身的异议")
    tab.get_by_label("对方主张的金额不对").check()
    tab.locator("#id_sender_name").fill("李明华")
    tab.get_by_role("button", name="生成信件").click()
    expect(tab.locator("#letter-preview h1")).to_have_text("支付令异议书")
    landed("objection-draft")

    with tab.expect_download() as download:
        tab.get_by_role("link", name="下载PDF").click()
    path = Path(tmp_path) / "objection.pdf"
    download.value.save_as(path)
    text = pdf_text(path.read_bytes())
    for part in ("支付令异议书", "请求事项", "事实与理由", "此致某某区人民法院", "附："):
        assert part in text, part
    assert f"{cn_date(served)}收到某某区人民法院作出的（2026）某0101民督123号支付令" in text
    assert "申请人主张的欠款金额，异议人不予认可" in text
    assert len(screens) <= 5, screens
    if not javascript:
        tab.context.close()
