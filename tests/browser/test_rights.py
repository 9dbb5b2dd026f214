"""Journey 5 on a phone: the rights library → live search → a page with its sources."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect


@pytest.fixture
def rights_pages(transactional_db):
    call_command("load_rights", stdout=StringIO())


def test_find_the_payment_order_page_on_a_phone(
    live_server, page, rights_pages, screenshot, assert_accessible
):
    page.goto(f"{live_server.url}/zh-hans/rights/")
    expect(page.locator(".rights-list li")).to_have_count(10)
    screenshot(page, "rights-index-zh-hans")
    assert_accessible(page)

    page.locator("#rights-q").press_sequentially("支付令")
    # htmx swaps the results in place: the search box stays, the list shrinks.
    expect(page.locator(".rights-count")).to_be_visible()
    expect(page.locator(".rights-list li").first).to_contain_text("法律上真正会发生什么")
    assert page.url.endswith("/zh-hans/rights/")
    screenshot(page, "rights-search-zh-hans")
    assert_accessible(page)

    page.get_by_role("link", name="法律上真正会发生什么").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("法律上真正会发生什么")
    expect(page.locator("cite.source").first).to_be_visible()
    expect(page.locator(".rights-reviewed")).to_contain_text("2026-12-03")
    screenshot(page, "rights-detail-zh-hans")
    assert_accessible(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
