"""Journey 7: my data — keep it with an account, download it, delete it, restore it."""

import zipfile

from playwright.sync_api import expect

from assistant.cases.models import Case
from tests.browser.sessions import own_case_in_browser


def test_a_borrower_keeps_downloads_deletes_and_restores_their_data(
    page, live_server, screenshot, assert_accessible, tmp_path
):
    case = own_case_in_browser(page, live_server)
    page.goto(f"{live_server.url}/en/account/")
    expect(page.locator(".notice")).to_contain_text("kept for 30 days")
    screenshot(page, "my-data-anonymous-en")
    assert_accessible(page)

    # An account keeps the case; a weak password comes back with the name still typed.
    page.get_by_role("link", name="Create an account").first.click()
    page.get_by_label("Username").fill("li.ming")
    page.get_by_label("Password", exact=True).fill("12345678")
    page.get_by_label("Password confirmation").fill("12345678")
    page.get_by_role("button", name="Create my account").click()
    expect(page.locator(".error").first).to_be_visible()
    expect(page.get_by_label("Username")).to_have_value("li.ming")
    screenshot(page, "sign-up-error-en")
    assert_accessible(page)
    page.get_by_label("Password", exact=True).fill("quiet-river-42")
    page.get_by_label("Password confirmation").fill("quiet-river-42")
    page.get_by_role("button", name="Create my account").click()
    # Back on their debts, which the account now keeps.
    expect(page).to_have_url(f"{live_server.url}/en/cases/")
    expect(page.locator("main")).to_contain_text("信用飞")
    assert Case.objects.get(pk=case.pk).user.username == "li.ming"
    page.get_by_role("link", name="My data").click()
    expect(page.locator("main")).to_contain_text("You are logged in as li.ming")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (ZIP)").click()
    saved = tmp_path / "data.zip"
    download.value.save_as(saved)
    assert f"case-{case.pk}/case.json" in zipfile.ZipFile(saved).namelist()

    page.get_by_role("link", name="Delete all my data").click()
    screenshot(page, "delete-confirm-en")
    assert_accessible(page)
    page.get_by_role("button", name="Delete everything").click()
    expect(page.locator("main")).to_contain_text("1 debt")
    expect(page.locator("main")).to_contain_text("your account")
    assert not Case.objects.exists()

    page.goto(f"{live_server.url}/en/account/")
    # The whole ZIP just downloaded brings the debt back.
    page.get_by_label("The ZIP of your data, or a case file").set_input_files(saved)
    page.get_by_role("button", name="Restore", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/en/cases/{Case.objects.get().pk}/")


def test_my_data_and_sign_up_in_chinese_at_phone_width(
    page, live_server, screenshot, assert_accessible
):
    own_case_in_browser(page, live_server)
    page.goto(f"{live_server.url}/zh-hans/account/")
    expect(page.locator(".notice")).to_contain_text("30")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "my-data-anonymous-zh-hans")
    assert_accessible(page)
    page.goto(f"{live_server.url}/zh-hans/account/sign-up/")
    screenshot(page, "sign-up-zh-hans")
    assert_accessible(page)
