"""Settings, the clock and the fixtures that tests of more than one app use.

Each app's own fixtures stay in its conftest.py; a fixture two apps need lives here.
"""

import os
import time
from pathlib import Path

import axe_playwright_python
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
    # What was kept of the content (corrections, rights pages, rendered bodies) belonged to
    # a database that the last test's rollback took away without a signal.
    from assistant.corrections import current

    current.changed()


@pytest.fixture(autouse=True)
def _default_language():
    """reverse() follows the active language; start every test in the default one."""
    from django.utils import translation

    translation.activate("zh-hans")
    yield
    translation.deactivate()


def one_request_at_a_time():
    """SQLite's in-memory test database is one connection, which the live server's request
    threads share (Django hands it to them): threaded, a browser's overlapping requests (an
    htmx suggestion still running while the form is saved) used it at once and a request
    could miss its rows, a rare 404. On a database with real connections (PostgreSQL) each
    request thread has its own, and the server stays threaded as in production."""
    from django.db import connection

    return connection.vendor == "sqlite" and not connection.settings_dict["TEST"].get("NAME")


@pytest.fixture(scope="session", autouse=True)
def _live_server_threads():
    if not one_request_at_a_time():
        # A threaded server's request thread lives as long as the browser keeps its
        # connection alive, and would keep a persistent database connection with it past
        # the end of the run, so that the test database could not be dropped. Each request
        # closes its connection instead.
        from django.db import connections

        for alias in connections:
            connections[alias].settings_dict["CONN_MAX_AGE"] = 0
        return
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


# Browser tests -------------------------------------------------------------------------

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
PHONE = {"width": 390, "height": 844}


def pytest_collection_modifyitems(items):
    # A test that drives Chromium is a browser test, whichever folder it is in.
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        if "tests/browser/" in str(item.fspath) or uses & {"page", "browser", "live_server"}:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def base_url():
    """Browser tests go to their live server's own URL (pytest-playwright's fallback
    fixture is written in a form pytest 10 drops)."""
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never download a browser: use the distribution's Chromium, with no background traffic.
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A phone in mainland China: its browser asks for Chinese first and keeps Beijing time.
    return {
        **browser_context_args,
        "viewport": PHONE,
        "device_scale_factor": 1,
        "locale": "zh-CN",
        "timezone_id": "Asia/Shanghai",
    }


@pytest.fixture
def page(page, clock):
    """The browser's clock shows the suite's now too (timers keep running)."""
    from django.utils import timezone

    page.clock.set_fixed_time(timezone.now())
    return page


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under test-artifacts/screenshots/NAME.png."""

    def take(page, name):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def assert_accessible():
    """Run axe-core in the page; fail on serious or critical violations.

    The source is evaluated rather than added as a script tag, which our CSP would block.
    """

    def check(page):
        page.evaluate(AXE_SOURCE)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], f"accessibility problems on {page.url}"

    return check


@pytest.fixture
def my_case_in_browser(transactional_db, live_server):
    """A case owned by a browser session; returns (case, cookie for that session)."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from assistant.cases.records import import_case

    session = SessionStore()
    session["anxin_owner"] = "browser-token"
    session.create()
    case = import_case(
        {
            "format": "anxin.case/1",
            "lender": {"name": "信用飞", "type": "online_platform"},
            "first_missed_due_date": "2026-11-15",
        },
        owner=lambda c: setattr(c, "owner_token", "browser-token"),
    )
    cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": session.session_key,
        "url": live_server.url,
    }
    return case, cookie


# People and cases ---------------------------------------------------------------------

PASSWORD = "quiet-river-42"


@pytest.fixture
def alice(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("alice", password=PASSWORD)


@pytest.fixture
def bob(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("bob", password=PASSWORD)


@pytest.fixture
def my_case(client, db):
    """A case owned by the test client's anonymous session (the xinyongfei scenario)."""
    from tests.cases.conftest import own

    return own(client, "xinyongfei-day5")


@pytest.fixture
def someone_elses_case(db):
    from assistant.cases.records import import_case
    from tests.cases.conftest import scenario

    return import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "other-token")
    )


@pytest.fixture
def empty_case(client, db):
    """A case owned by the test client's session, with no calls logged yet."""
    from assistant.cases.records import import_case

    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    return import_case(
        {
            "format": "anxin.case/1",
            "as_of": "2026-11-21",
            "lender": {"name": "信用飞", "type": "online_platform"},
            "first_missed_due_date": "2026-11-15",
        },
        owner=lambda c: setattr(c, "owner_token", "me-token"),
    )


# PDFs ----------------------------------------------------------------------------------


@pytest.fixture
def listener():
    """A TCP server on a free local port that records every connection made to it."""
    import socketserver
    import threading

    class Recorder(socketserver.BaseRequestHandler):
        def handle(self):
            self.server.seen.append(self.request.recv(4096))

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Recorder)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


# PostgreSQL ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _no_connection_left_at_the_end(django_db_setup, django_db_blocker):
    """On PostgreSQL the test database is dropped at the end of the run, which fails while
    another connection to it is open. One is still left after the browser tests of
    tests/calls (idle, its last statement a ROLLBACK; not yet traced): it is named in a
    warning and ended, so that the database is dropped. .ci/run fails if it is not."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "select pid, state, left(query, 200) from pg_stat_activity"
            " where datname = current_database() and pid <> pg_backend_pid()"
            " and backend_type = 'client backend'"
        )
        others = cursor.fetchall()
        for pid, *_ in others:
            cursor.execute("select pg_terminate_backend(%s)", [pid])
    if others:
        import warnings

        warnings.warn(f"connections to the test database left open: {others}", stacklevel=1)


@pytest.fixture(autouse=True)
def _database_checked_at_the_end(request):
    if {"db", "transactional_db", "live_server"} & set(request.fixturenames):
        request.getfixturevalue("_no_connection_left_at_the_end")
