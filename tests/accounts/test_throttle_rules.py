"""The log-in throttle's rules, checked on the module itself (test_throttling.py checks
them through the log-in page)."""

import time_machine

from assistant.accounts import throttle

START = "2026-11-28 12:00 +0800"


def test_an_address_is_refused_after_its_limit_of_failures_under_any_names(db, settings):
    settings.LOGIN_FAILURES_PER_IP = 3
    with time_machine.travel(START, tick=False):
        for name in ("li", "wang", "zhang"):
            assert not throttle.is_throttled("someone-new", "198.51.100.7")
            throttle.record_failure(name, "198.51.100.7")
        assert throttle.is_throttled("someone-new", "198.51.100.7")
        assert not throttle.is_throttled("someone-new", "198.51.100.8")


def test_an_address_is_free_again_after_the_window(db, settings):
    settings.LOGIN_FAILURES_PER_IP = 2
    with time_machine.travel(START, tick=False):
        throttle.record_failure("li", "198.51.100.7")
        throttle.record_failure("wang", "198.51.100.7")
    with time_machine.travel("2026-11-28 12:16 +0800", tick=False):
        assert not throttle.is_throttled("li", "198.51.100.7")


def test_a_name_is_one_name_however_it_is_capitalised_or_spaced(db):
    with time_machine.travel(START, tick=False):
        for typed in ("Alice", "ALICE", " alice", "alice ", "aLiCe"):
            throttle.record_failure(typed, None)
        assert throttle.is_throttled("alice", None)
        assert throttle.is_throttled("ALICE", None)
        assert not throttle.is_throttled("alicia", None)
        throttle.clear("Alice")
        assert not throttle.is_throttled("alice", None)
