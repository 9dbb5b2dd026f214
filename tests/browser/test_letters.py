"""Journey 4: from the case page to a downloaded letter, on a phone, in Chinese and English."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.browser.sessions import own_case_in_browser

ENGLISH = {
    "write": "Write the letter",
    "save": "Save as a new version",
    "sent": "Mark as sent",
    "post": "By post",
    "pdf": "Download the PDF",
    "monthly": "Monthly payment you can afford (yuan)",
    "reading": "Reading copy — send the Chinese letter",
}


def words_in(language):
    """The button and label texts in `language`, from the catalogue (letters_zh_pending.json
    is merged into it separately: until then the Chinese UI shows the English msgids)."""
    with translation.override(language):
        return {key: gettext(text) for key, text in ENGLISH.items()}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_borrower_writes_edits_downloads_and_sends_a_letter(
    page, live_server, screenshot, assert_accessible, language
):
    words = words_in(language)
    case = own_case_in_browser(page, live_server)

    page.goto(f"{live_server.url}/{language}/cases/{case.pk}/letters/new/hardship_instalments/")
    page.get_by_label(words["monthly"]).fill("一千")
    page.get_by_role("button", name=words["write"]).click()
    # A bad amount comes back with a message and what was typed.
    expect(page.locator(".error").first).to_be_visible()
    expect(page.get_by_label(words["monthly"])).to_have_value("一千")
    screenshot(page, f"letter-form-error-{language}")
    assert_accessible(page)

    page.get_by_label(words["monthly"]).fill("700")
    page.locator("#id_plan_total").fill("8000")
    page.locator("#id_sender_name").fill("李明华")
    page.get_by_role("button", name=words["write"]).click()
    expect(page.locator("#letter-preview h1")).to_have_text("个性化分期还款申请")
    expect(page.locator("#letter-preview")).to_contain_text("共12期")
    screenshot(page, f"letter-draft-{language}")
    assert_accessible(page)

    # The English reading copy, for a volunteer helping, opens in place.
    reading = page.locator("#reading-copy")
    expect(reading.locator("h1")).to_be_hidden()
    reading.locator("summary").click()
    expect(reading).to_contain_text(words["reading"])
    expect(reading.locator("h1")).to_have_text("Request for an individual instalment plan")
    expect(reading).to_contain_text("Months 1–11")
    screenshot(page, f"letter-reading-copy-{language}")
    assert_accessible(page)

    # htmx preview while typing, then a saved version.
    page.locator("#id_intro").fill("本人是贵司的借款人，现申请分期还款。")
    expect(page.locator("#letter-preview")).to_contain_text("现申请分期还款。")
    page.get_by_role("button", name=words["save"]).click()
    expect(page.locator(".versions li")).to_have_count(2)

    with page.expect_download() as download:
        page.get_by_role("link", name=words["pdf"]).click()
    assert download.value.suggested_filename.endswith("-v2.pdf")

    page.locator("#id_sent_on").fill("2026-11-28")
    page.get_by_label(words["post"]).check()
    page.get_by_role("button", name=words["sent"]).click()
    expect(page.get_by_role("button", name=words["sent"])).to_have_count(0)
    screenshot(page, f"letter-sent-{language}")
    assert_accessible(page)
