"""The session store (core/sessions.py): Django's database sessions, read by a fixed
statement, with the same answers as Django's own store."""

import datetime

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.utils import timezone

from assistant.core.sessions import SessionStore

pytestmark = pytest.mark.django_db


def saved(data, age_seconds=3600):
    store = DjangoStore()
    store.update(data)
    store.set_expiry(age_seconds)
    store.create()
    store.save()
    return store.session_key


def test_a_saved_session_reads_back_as_it_was_written():
    key = saved({"anxin_owner": "abc", "wizard": {"step": 2, "typed": "花呗 <b>"}})

    assert dict(SessionStore(key).items()) == dict(DjangoStore(key).items())
    assert SessionStore(key)["wizard"] == {"step": 2, "typed": "花呗 <b>"}


def test_an_expired_session_is_empty_and_gets_a_new_key_when_saved():
    key = saved({"anxin_owner": "abc"}, age_seconds=60)
    later = timezone.now() + datetime.timedelta(minutes=5)
    with time_machine.travel(later, tick=False):
        store = SessionStore(key)
        assert "anxin_owner" not in store
        store["anxin_owner"] = "new"
        store.save()
    assert store.session_key != key


@pytest.mark.parametrize("cookie", ["", "short", "no-such-session-key-0123456789", "x' OR '1'='1"])
def test_a_missing_or_made_up_cookie_reads_as_an_empty_session(cookie):
    saved({"anxin_owner": "abc"})

    store = SessionStore(cookie)

    assert dict(store.items()) == {}
    assert store.session_key is None
