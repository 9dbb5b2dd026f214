"""Heavy work in a child process (assistant/core/bounded.py): lower priority than the pages
of other requests, and forked only while no other thread holds the work's own lock."""

import os
import threading

import pytest

from assistant.core import bounded


def test_the_child_runs_at_a_lower_priority_than_the_worker():
    worker = os.nice(0)
    child = int(bounded.run(lambda: str(os.nice(0)).encode(), seconds=10))
    assert child == min(worker + bounded.CHILD_NICENESS, 19)


def test_the_fork_waits_for_another_thread_to_leave_the_lock():
    lock, entered = threading.Lock(), threading.Event()

    def another_request():
        with lock:
            entered.set()
            threading.Event().wait(0.3)

    other = threading.Thread(target=another_request)
    other.start()
    entered.wait()
    # Forked while the other thread held it, the child could never take the lock.
    took = bounded.run(lambda: str(lock.acquire(timeout=2)).encode(), seconds=10, fork_lock=lock)
    other.join()
    assert took == b"True" and not lock.locked()


def test_work_past_its_time_limit_is_stopped():
    with pytest.raises(bounded.TimedOut):
        bounded.run(lambda: threading.Event().wait(30) or b"", seconds=0.5)
