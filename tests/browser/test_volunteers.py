"""Volunteers: set up the second factor, sign in again with a code, see lender patterns."""

import datetime

from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assistant.calls.models import Call
from assistant.cases.models import Case
from tests.volunteers.helpers import PASSWORD, code_now, make_volunteer


def reported_cases(lender, count):
    at = timezone.now() - datetime.timedelta(days=2)  # the suite's clock: noon in Shanghai
    for _ in range(count):
        case = Case.objects.create(
            lender_name=lender,
            lender_type="online_platform",
            first_missed_due_date=datetime.date(2026, 9, 1),
        )
        Call.objects.create(
            case=case, at=at, channel="phone", conduct=["insult", "contacted_third_party"]
        )


def log_in(page):
    page.locator("input[name=username]").fill("vera")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()


def test_a_volunteer_sets_up_the_app_signs_in_again_and_sees_patterns(
    page, live_server, screenshot, assert_accessible
):
    make_volunteer("vera")
    reported_cases("信用飞", 5)
    reported_cases("拍拍贷", 2)
    patterns = f"{live_server.url}/zh-hans/volunteer/patterns/"

    page.goto(patterns)
    log_in(page)
    expect(page).to_have_url(
        f"{live_server.url}/zh-hans/volunteer/second-factor/?next=%2Fzh-hans%2Fvolunteer%2Fpatterns%2F"
    )
    expect(page.locator(".qr-code svg")).to_be_visible()
    screenshot(page, "volunteer-enrol-zh")
    assert_accessible(page)

    device = TOTPDevice.objects.get(confirmed=False)
    page.locator("input[name=code]").fill(code_now(device))
    page.locator("main button[type=submit]").click()
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    screenshot(page, "volunteer-recovery-codes-zh")
    assert_accessible(page)
    page.locator("main a.button").click()
    expect(page).to_have_url(patterns)

    # A new sign-in asks for a code; a wrong one is refused, the next one from the app works.
    page.context.clear_cookies()
    page.goto(patterns)
    log_in(page)
    expect(page.locator("input[name=code]")).to_be_visible()
    page.locator("input[name=code]").fill("000000" if code_now(device) != "000000" else "111111")
    page.locator("main button[type=submit]").click()
    expect(page.locator(".error").first).to_be_visible()
    screenshot(page, "volunteer-verify-error-zh")
    assert_accessible(page)
    device.refresh_from_db()
    # The app's next code (accepted one step early), since this step's code was used already.
    next_code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + 1)
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    page.locator("input[name=code]").fill(f"{next_code:06d}")
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(patterns)

    expect(page.locator(".lender-pattern")).to_have_count(1)
    expect(page.locator(".lender-pattern h2")).to_have_text("信用飞")
    expect(page.locator("main")).not_to_contain_text("拍拍贷")
    screenshot(page, "volunteer-patterns-zh")
    assert_accessible(page)

    page.locator("main a[href$='/volunteer/reviews/']").click()
    expect(page.locator(".review-item").first).to_be_visible()
    screenshot(page, "volunteer-reviews-zh")
    assert_accessible(page)
