"""On PostgreSQL the live server is threaded, as gunicorn's workers are in production: a
browser's overlapping requests are answered at the same time, each from its own
connection (tests/conftest.py keeps one request at a time only for SQLite in memory)."""

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.urls import reverse

from tests.conftest import one_request_at_a_time

pytestmark = pytest.mark.skipif(
    one_request_at_a_time(), reason="SQLite's in-memory test database: one request at a time"
)

OVERLAPPING = """async (urls) => Promise.all(
    urls.map((url) => fetch(url, {credentials: "same-origin"}).then(
        async (response) => [response.status, (await response.text()).length]
    ))
)"""


def test_overlapping_requests_each_get_their_own_answer(page, live_server, my_case_in_browser):
    assert isinstance(live_server.thread.httpd, ThreadedWSGIServer)
    case, cookie = my_case_in_browser
    page.context.add_cookies([cookie])
    page.goto(f"{live_server.url}/zh-hans/cases/{case.pk}/")
    pages = [
        reverse("cases:detail", args=[case.pk]),
        reverse("calls:list", args=[case.pk]),
        reverse("followup:tracker", args=[case.pk]),
        reverse("calls:evidence_html", args=[case.pk]),
    ]
    answers = page.evaluate(OVERLAPPING, pages * 4)
    assert [status for status, _ in answers] == [200] * 16
    # The same page gave the same answer however many were asked for at once.
    lengths = {
        url: {n for (_, n), u in zip(answers, pages * 4, strict=True) if u == url} for url in pages
    }
    assert all(len(n) == 1 for n in lengths.values()), lengths
