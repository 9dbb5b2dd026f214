"""Run one heavy piece of work (a PDF layout) in a child process with a time and memory limit.

A web worker that lays out a huge PDF itself is stuck until the layout ends, however long
that takes, and its memory grows with it. Here the work runs in a forked copy of the worker:
past `seconds` the child is killed and the request gets an answer; past `memory_bytes` (on
top of what the worker already uses) the child's allocations fail. The worker itself never
grows and is free again at once.

Only work that touches no database connection, file or lock shared with the parent may run
here (the child is a copy of the parent, connections included): the caller prepares
everything (the HTML) first, and the child only computes bytes from it. A worker serves
requests in several threads (gunicorn.conf.py): a lock another thread holds at the moment
of the fork stays held in the child for ever. `fork_lock`, held only while forking, keeps
the work's own libraries out of other threads then (the PDF layout's lock, letters/pdf.py);
the child lets go of its copy as the parent does, so the work may take it.

The child runs at a lower priority (CHILD_NICENESS): one visitor's heavy render waits for
the processor while other people's pages are answered.
"""

import contextlib
import os
import resource
import select
import signal
import time


class WorkFailed(RuntimeError):
    """The work raised, ran out of memory, or was stopped after its time limit."""


class TimedOut(WorkFailed):
    pass


def _address_space():
    """The process's current virtual memory size in bytes (Linux), or None."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


# Added to the child's niceness: under load, the pages of other requests go first.
CHILD_NICENESS = 10

# The child's answer: one byte saying which, then the bytes of the result or the error.
DONE, FAILED = b"+", b"-"


def _child(write_end, work, memory_bytes):
    """In the child: limit memory, do the work, send back the result or the error."""
    status = 1
    try:
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)
        current = _address_space()
        if memory_bytes and current is not None:
            limit = current + memory_bytes
            # Above the hard limit set for the server, that limit applies instead.
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            payload = DONE + bytes(work())
            status = 0
        except BaseException as error:  # noqa: B036 (reported to the parent)
            payload = FAILED + f"{type(error).__name__}: {error}".encode(errors="replace")
        with os.fdopen(write_end, "wb") as out:
            out.write(payload)
    finally:
        os._exit(status)  # no atexit, no closing the parent's database connections


def _read_all(read_end, pid, deadline):
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            raise TimedOut("stopped after its time limit")
        ready, _, _ = select.select([read_end], [], [], left)
        if not ready:
            continue
        chunk = os.read(read_end, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def run(work, *, seconds, memory_bytes=None, fork_lock=None) -> bytes:
    """The bytes `work()` returns, computed in a child process; WorkFailed if it fails, runs
    out of memory or takes longer than `seconds`. `fork_lock` is held while forking."""
    if not hasattr(os, "fork"):  # not on Linux: no limit, but the same answer
        return work()
    read_end, write_end = os.pipe()
    with fork_lock or contextlib.nullcontext():
        pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(write_end, work, memory_bytes)
    os.close(write_end)
    try:
        raw = _read_all(read_end, pid, time.monotonic() + seconds)
    finally:
        os.close(read_end)
        _reap(pid)
    if raw[:1] == DONE:
        return raw[1:]
    if raw[:1] == FAILED:
        raise WorkFailed(raw[1:].decode(errors="replace"))
    raise WorkFailed("the child process ended without an answer (killed, or crashed)")


def _reap(pid):
    # ChildProcessError: already collected by a SIGCHLD handler of the server.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
