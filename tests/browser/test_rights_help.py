"""The new rights and help pages on a phone: privacy, scams, glossary, directory, rate check."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect


@pytest.fixture
def rights_pages(transactional_db):
    call_command("load_rights", stdout=StringIO())


def fits_a_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "scrolls sideways"


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/zh-hans/rights/personal-information/", "rights-personal-information-zh-hans"),
        ("/zh-hans/rights/scam-warnings/", "rights-scam-warnings-zh-hans"),
        ("/zh-hans/rights/glossary/", "rights-glossary-zh-hans"),
        ("/zh-hans/help/directory/", "help-directory-zh-hans"),
        ("/en/help/directory/", "help-directory-en"),
    ],
)
def test_the_new_pages_read_well_on_a_phone(
    live_server, page, rights_pages, screenshot, assert_accessible, path, name
):
    page.goto(f"{live_server.url}{path}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, name)
    assert_accessible(page)
    fits_a_phone(page)


def test_from_a_glossary_word_to_its_meaning(live_server, page, rights_pages, screenshot):
    page.goto(f"{live_server.url}/zh-hans/rights/legal-process/")
    page.locator("a.term", has_text="支付令").first.click()
    expect(page).to_have_url(f"{live_server.url}/zh-hans/rights/glossary/#term-payment-order")
    expect(page.locator("#term-payment-order")).to_be_in_viewport()


def test_check_the_real_rate_from_the_interest_page(
    live_server, page, rights_pages, screenshot, assert_accessible
):
    page.goto(f"{live_server.url}/zh-hans/rights/interest-and-fees/")
    page.locator(".rights-tools a").click()
    page.locator("#id_received").fill("一万")
    page.locator("#id_instalment").fill("1100")
    page.locator("#id_months").fill("12")
    page.locator(".apr-form button").click()
    # Bad input comes back as typed, with a message next to it.
    expect(page.locator("#id_received")).to_have_value("一万")
    expect(page.locator("#id_received_error")).to_be_visible()
    screenshot(page, "help-apr-check-error-zh-hans")
    assert_accessible(page)

    page.locator("#id_received").fill("10,000")
    page.locator(".apr-form button").click()
    expect(page.locator(".apr-figure strong")).to_contain_text("%")
    screenshot(page, "help-apr-check-zh-hans")
    assert_accessible(page)
    fits_a_phone(page)


def test_the_case_page_links_each_stage_to_its_rights(
    live_server, page, rights_pages, screenshot, assert_accessible
):
    from tests.browser.test_situation_check import WORDS, fill_wizard

    page.goto(f"{live_server.url}/zh-hans/")
    fill_wizard(page, WORDS["zh-hans"])
    expect(page.locator(".timeline .stage-rights").first).to_be_visible()
    expect(page.locator(".case-head a.term, #next-h ~ ul a.term").first).to_be_visible()
    screenshot(page, "case-page-rights-zh-hans")
    assert_accessible(page)
    fits_a_phone(page)
    page.locator(".timeline .current .stage-rights a").first.click()
    expect(page.locator("cite.source").first).to_be_visible()
