"""A volunteer reads the borrower's call log without its controls; the borrower's delete page
counts every kind of record. Phone width, Chinese."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.accounts.conftest import add_call_with_file
from tests.accounts.records import add_everything
from tests.browser.sessions import own_case_in_browser
from tests.browser.test_sharing import fits_the_phone, volunteer_page
from tests.sharing.conftest import share


@pytest.mark.django_db(transaction=True)
def test_a_volunteer_reads_the_log_and_the_borrower_sees_what_delete_removes(
    page, browser, browser_context_args, live_server, screenshot, assert_accessible
):
    case = own_case_in_browser(page, live_server)
    add_call_with_file(case)
    add_everything(case)
    helper = volunteer_page(browser, browser_context_args, live_server)
    share(case, get_user_model().objects.get(username="wang.volunteer"))

    helper.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/calls/")
    expect(helper.locator(".call-entry").first).to_be_visible()
    expect(helper.locator(".log-call")).to_have_count(0)
    expect(helper.locator("a[href*='/calls/'][href$='/edit/']")).to_have_count(0)
    fits_the_phone(helper)
    screenshot(helper, "volunteer-call-log-read-only-zh-hans")
    assert_accessible(helper)
    helper.context.close()

    page.goto(f"{live_server.url}/zh-hans/account/delete/")
    expect(page.locator(".data-counts li")).to_have_count(8)
    fits_the_phone(page)
    screenshot(page, "delete-my-data-counts-zh-hans")
    assert_accessible(page)
