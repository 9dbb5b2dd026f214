import os
import time

import pytest
import time_machine

# The suite's "now": noon on Saturday 21 November 2026 in Shanghai. A fixed offset, not a
# zone name, so that time_machine leaves the process time zone alone (see below).
SUITE_NOW = "2026-11-21 12:00 +0800"
# A process time zone where that noon is still the day before: a test or a page that reads
# the process's local date instead of Shanghai's fails at once.
PROCESS_TIME_ZONE = "Pacific/Honolulu"

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from
# live_server tests are then flagged as async-unsafe although they are not.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    # Content corrections reach the pages when saved (signal), never on a timer mid-test.
    settings.CORRECTIONS_MAX_AGE_SECONDS = None


@pytest.fixture(autouse=True)
def _default_language():
    """reverse() follows the active language; start every test in the default one."""
    from django.utils import translation

    translation.activate("zh-hans")
    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def _live_server_answers_one_request_at_a_time():
    """Threaded, the live server let a browser's overlapping requests (an htmx suggestion
    still running while the form is saved) share SQLite's single in-memory test connection
    at once, and a request could miss its rows: a rare 404 in a browser test. One request at
    a time (Django then closes each connection) rules that out."""
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread

    class OneRequestAtATime(WSGIServer):
        # Requests run in the server's own thread, which already uses the test connections.
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    LiveServerThread.server_class = OneRequestAtATime


class Clock:
    """The suite's one clock. `travel(when)` moves "now" for the rest of the test."""

    def __init__(self):
        self._travel = None

    def travel(self, when, tick=False):
        self.stop()
        self._travel = time_machine.travel(when, tick=tick)
        self._travel.start()

    def stop(self):
        if self._travel:
            self._travel.stop()
            self._travel = None


@pytest.fixture(autouse=True)
def clock(request):
    """Every test runs at SUITE_NOW, or at the time of its `@pytest.mark.now(WHEN)`; a test
    or a folder's conftest moves it with `clock.travel(WHEN)` (WHEN with its UTC offset)."""
    marker = request.node.get_closest_marker("now")
    the_clock = Clock()
    the_clock.travel(marker.args[0] if marker else SUITE_NOW)
    yield the_clock
    the_clock.stop()


@pytest.fixture(scope="session", autouse=True)
def _process_time_zone_is_not_shanghai(django_test_environment):
    """Django set the process time zone to TIME_ZONE; the site must not rely on it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = PROCESS_TIME_ZONE
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
