"""A case that the browser's own session owns, as if the wizard had made it."""

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore

from assistant.cases.records import import_case
from tests.cases.conftest import scenario

TOKEN = "browser-token"


def own_case_in_browser(page, live_server, name="xinyongfei-day5"):
    """Import scenario `name` as a case owned by the Playwright page's session."""
    session = SessionStore()
    session["anxin_owner"] = TOKEN
    session.create()
    cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": session.session_key,
        "url": live_server.url,
    }
    page.context.add_cookies([cookie])
    return import_case(scenario(name), owner=lambda c: setattr(c, "owner_token", TOKEN))
