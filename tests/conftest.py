import os

import pytest

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
