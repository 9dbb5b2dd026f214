"""Journey 8 on a phone (390 px): a letter is sent, an answer is awaited, a late one escalates."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from assistant.assessment.deadlines import today_in_shanghai
from tests.browser.sessions import own_case_in_browser

ENGLISH = {
    "write": "Write the letter",
    "sent": "Mark as sent",
    "app": "In the lender's app or website",
    "waiting": "Answers you are waiting for",
    "complained": "I sent a complaint",
    "desk": "The lender's complaints desk",
    "save": "Save",
    "escalate": "Write to the regulator, citing this complaint",
}


def words_in(language):
    with translation.override(language):
        return {key: gettext(text) for key, text in ENGLISH.items()}


def test_send_record_and_see_the_deadline(page, live_server, screenshot, assert_accessible):
    words = words_in("zh-hans")
    case = own_case_in_browser(page, live_server, "huabei-day40-flood")
    today = today_in_shanghai()
    base = f"{live_server.url}/zh-hans"

    # A letter to the lender, marked sent today in the app: its answer is due in 15 days.
    page.goto(f"{base}/cases/{case.pk}/letters/new/complaint_lender/")
    page.get_by_role("button", name=words["write"]).click()
    page.locator("#id_sent_on").fill(today.isoformat())
    page.get_by_label(words["app"]).check()
    page.locator("#id_sent_reference").fill("HB-778")
    page.get_by_role("button", name=words["sent"]).click()
    expect(page.get_by_role("button", name=words["sent"])).to_have_count(0)

    page.goto(f"{base}/cases/{case.pk}/")
    section = page.locator("section.follow-up")
    expect(section.get_by_role("heading", name=words["waiting"])).to_be_visible()
    expect(section).to_contain_text("HB-778")
    expect(section).to_contain_text((today + timedelta(days=15)).isoformat())

    # A phone complaint from 16 days ago, recorded on its own: late, with the next step.
    section.get_by_role("link", name=words["complained"]).click()
    page.get_by_label(words["desk"]).check()
    page.locator("#id_sent_on").fill((today - timedelta(days=16)).isoformat())
    page.locator("#id_reference").fill("TS-0042")
    screenshot(page, "follow-up-record-zh-hans")
    assert_accessible(page)
    page.get_by_role("button", name=words["save"], exact=True).click()

    late = page.locator(".follow-up-item.late")
    expect(late).to_contain_text("TS-0042")
    expect(late).to_contain_text((today - timedelta(days=1)).isoformat())
    page.locator("#follow-up-h").scroll_into_view_if_needed()
    screenshot(page, "follow-up-case-page-zh-hans")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    late.get_by_role("link", name=words["escalate"]).click()
    expect(page.locator("#id_tried_with_lender")).to_contain_text("TS-0042")


def test_payment_order_and_reminder_pages(page, live_server, screenshot, assert_accessible):
    case = own_case_in_browser(page, live_server, "huabei-day40-flood")
    base = f"{live_server.url}/zh-hans"
    page.goto(f"{base}/cases/{case.pk}/follow-up/")
    page.locator("#id_served_on").fill(today_in_shanghai().isoformat())
    page.locator("form[action$='payment-order/'] button").click()
    expect(page.locator("section.follow-up")).to_contain_text(
        (today_in_shanghai() + timedelta(days=15)).isoformat()
    )
    page.goto(f"{base}/cases/{case.pk}/follow-up/")
    screenshot(page, "follow-up-tracker-zh-hans")
    assert_accessible(page)

    user = get_user_model().objects.create_user("mei", "mei@example.org", "quiet-river-42")
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"{base}/reminders/")
    expect(page.locator("#id_email")).to_have_value("mei@example.org")
    page.locator("form[action$='reminders/'] button").click()
    expect(page.locator(".notice")).to_be_visible()
    screenshot(page, "follow-up-reminders-zh-hans")
    assert_accessible(page)
