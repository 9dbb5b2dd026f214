"""The corrections in force, read once per process and again after any change.

Every page that shows a source asks for them, so they are kept in memory. A saved or deleted
correction changes a version token in Django's cache (signals.py); each process compares its
token with that one (no database query) and reads the corrections again when it differs. With
a shared cache (Redis, the database) every process sees a change at once. With the default
per-process memory cache only the process that saved it does, so each process also reads them
again once they are CORRECTIONS_MAX_AGE_SECONDS old (settings; None: only on a change).
"""

import time
from uuid import uuid4

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "corrections:version"
MAX_AGE_SECONDS = 60
_memo = {}


def _version():
    token = cache.get(VERSION_KEY)
    if token is None:
        cache.add(VERSION_KEY, uuid4().hex, None)
        token = cache.get(VERSION_KEY)
    return token


def version():
    """The content's current version token (changes with every correction or rights page)."""
    return _version()


def changed():
    """Call after any correction is saved or deleted."""
    cache.set(VERSION_KEY, uuid4().hex, None)
    _memo.clear()


def memoised(name, build):
    """`build()`, kept until the corrections change."""
    token = _version()
    now = time.monotonic()
    max_age = getattr(settings, "CORRECTIONS_MAX_AGE_SECONDS", MAX_AGE_SECONDS)
    found = _memo.get(name)
    fresh = found is not None and (max_age is None or now - found[2] < max_age)
    if fresh and found[0] == token:
        return found[1]
    value = build()
    _memo[name] = (token, value, now)
    return value


def source_overrides():
    """{source id: fields to change} for the corrections of sources the seed still holds."""
    from assistant.assessment.registry import default_registry
    from assistant.corrections.models import SourceCorrection

    known = default_registry().sources
    return {
        correction.source_id: correction.changes()
        for correction in SourceCorrection.objects.all()
        if correction.source_id in known
    }


def directory_corrections():
    """{entry id: DirectoryCorrection}."""
    from assistant.corrections.models import DirectoryCorrection

    return memoised("directory", lambda: {c.entry_id: c for c in DirectoryCorrection.objects.all()})
