"""A content-admin volunteer signs in, goes straight to the code, corrects a source in the admin
and sees the correction with its review date on the public help directory."""

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone
from playwright.sync_api import expect

from assistant.corrections import current
from tests.volunteers.helpers import PASSWORD, app_device, code_now, make_volunteer


@pytest.fixture(autouse=True)
def _forget_corrections():
    """The site's copy of the corrections goes with the test's rows."""
    yield
    current.changed()


def test_a_volunteer_corrects_a_source_and_the_help_directory_shows_it(
    page, live_server, screenshot, assert_accessible
):
    device = app_device(make_volunteer("cora", staff=True))
    admin = f"{live_server.url}/zh-hans/admin/corrections/sourcecorrection"
    add = f"{admin}/add/?source_id=criminal_law_245"

    page.goto(add)
    page.locator("input[name=username]").fill("cora")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page.locator("input[name=code]")).to_be_visible()
    page.locator("input[name=code]").fill(code_now(device))
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(add)
    screenshot(page, "content-admin-source-correction-zh")

    page.locator("input[name=article]").fill("第二百四十五条第一款")
    page.locator("textarea[name=note]").fill("与国家法律法规数据库的条文核对")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    assert LogEntry.objects.get().user.username == "cora"

    page.goto(f"{live_server.url}/zh-hans/help/directory/")
    police = page.locator("#police_110")
    expect(police).to_contain_text("第二百四十五条第一款")
    expect(police).to_contain_text(timezone.localdate().isoformat())
    screenshot(page, "content-admin-corrected-directory-zh")
    assert_accessible(page)
