"""Journey: a borrower shares a debt with a volunteer, the volunteer helps, the borrower
takes access back. Phone width, Chinese."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from assistant.sharing.models import AuditEntry
from tests.browser.sessions import own_case_in_browser
from tests.conftest import ARTIFACTS
from tests.sharing.conftest import make_volunteer, sign_in


def volunteer_page(browser, browser_context_args, live_server):
    """A second phone, signed in as a volunteer who passed the second factor."""
    client = sign_in(Client(), make_volunteer())
    context = browser.new_context(**browser_context_args)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


def fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.django_db(transaction=True)
def test_share_then_volunteer_helps_then_the_borrower_takes_it_back(
    page, browser, browser_context_args, live_server, screenshot, assert_accessible
):
    case = own_case_in_browser(page, live_server)
    case_url = f"{live_server.url}/zh-hans/cases/{case.pk}/"
    page.goto(case_url)
    page.locator("#sharing form button").first.click()
    code = page.locator(".share-code strong").inner_text()
    assert len(code) == 9 and code[4] == "-"
    page.locator("#sharing").scroll_into_view_if_needed()
    fits_the_phone(page)
    screenshot(page, "case-sharing-code-zh-hans")
    page.locator("#sharing").screenshot(path=ARTIFACTS / "case-sharing-code-section-zh-hans.png")
    assert_accessible(page)

    helper = volunteer_page(browser, browser_context_args, live_server)
    helper.goto(f"{live_server.url}/zh-hans/volunteer/")
    helper.locator("input[name=code]").fill(code.lower())
    helper.locator("input[name=code]").press("Enter")
    entry = helper.locator(f"a[href='/zh-hans/cases/{case.pk}/']")
    expect(entry).to_be_visible()
    fits_the_phone(helper)
    screenshot(helper, "volunteer-dashboard-zh-hans")
    assert_accessible(helper)

    entry.click()
    helper.locator("#notes textarea").fill("下周一我们一起给平台打电话，先别答应新的还款日期。")
    helper.locator("#notes button").click()
    expect(helper.locator("#notes .note-list")).to_contain_text("下周一")
    fits_the_phone(helper)
    screenshot(helper, "volunteer-case-notes-zh-hans")
    helper.locator("#notes").screenshot(path=ARTIFACTS / "volunteer-notes-section-zh-hans.png")
    assert_accessible(helper)

    page.goto(case_url)
    expect(page.locator(".share-list")).to_contain_text("wang.volunteer")
    # The case page, the note (a change), the case page again after it.
    expect(page.locator(".audit-list li")).to_have_count(3)
    expect(page.locator("#notes")).to_contain_text("下周一")
    screenshot(page, "case-sharing-access-zh-hans")
    page.locator("#sharing").screenshot(path=ARTIFACTS / "case-sharing-access-section-zh-hans.png")
    assert_accessible(page)
    page.locator("a[href$='/sharing/log/']").click()
    expect(page.locator(".audit-list li")).to_have_count(3)
    fits_the_phone(page)
    screenshot(page, "case-sharing-log-zh-hans")
    assert_accessible(page)
    page.goto(case_url)
    page.locator(".share-list button").click()
    expect(page.locator(".share-list")).to_have_count(0)

    assert helper.goto(case_url).status == 404
    assert AuditEntry.objects.filter(case=case).count() == 3
    helper.context.close()
