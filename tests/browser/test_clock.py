"""The browser keeps the suite's clock and Beijing time, like the server it talks to."""

import datetime

from django.utils import timezone


def test_the_browser_shows_the_suites_now_in_beijing_time(page, live_server):
    page.goto(f"{live_server.url}/zh-hans/")
    shown = page.evaluate("new Date().toISOString()")
    assert datetime.datetime.fromisoformat(shown) == timezone.now()
    zone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    assert zone == "Asia/Shanghai"
