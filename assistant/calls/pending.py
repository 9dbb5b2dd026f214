"""A screenshot read but not yet confirmed: kept aside until the borrower saves its calls.

The file waits under MEDIA_ROOT/pending/<random>/ (never served), named only in the
borrower's session, for one case. Confirming moves a copy onto each saved call as its
evidence file and removes it; reading another screenshot for the case replaces it; one
left waiting longer than MAX_AGE (the borrower went away) is removed when the next
screenshot is read by anyone.
"""

import datetime
import secrets

from django.core.files.storage import default_storage

from assistant.calls import evidence

SESSION_KEY = "pending_screenshots"
FOLDER = "pending"
MAX_AGE = datetime.timedelta(days=1)


def keep(request, case, upload, fmt):
    """Put the checked `upload` aside for `case`; its token."""
    drop(request, case)
    remove_stale()
    token = secrets.token_urlsafe(16)
    name = evidence.safe_name(upload.name, fmt.extension)
    path = default_storage.save(f"{FOLDER}/{secrets.token_hex(16)}/{name}", upload)
    waiting = request.session.get(SESSION_KEY, {})
    waiting[str(case.pk)] = {"token": token, "path": path, "name": name}
    request.session[SESSION_KEY] = waiting
    return token


def get(request, case, token):
    """The kept screenshot of `case` if `token` is its token: {"path", "name"}, or None."""
    kept = request.session.get(SESSION_KEY, {}).get(str(case.pk))
    if not kept or not secrets.compare_digest(kept["token"], str(token or "")):
        return None
    return kept if default_storage.exists(kept["path"]) else None


def drop(request, case):
    """Forget the kept screenshot of `case` and remove its file."""
    waiting = request.session.get(SESSION_KEY, {})
    kept = waiting.pop(str(case.pk), None)
    if kept:
        default_storage.delete(kept["path"])
        request.session[SESSION_KEY] = waiting


def remove_stale(now=None):
    """Remove every kept screenshot older than MAX_AGE."""
    now = now or datetime.datetime.now(datetime.UTC)
    if not default_storage.exists(FOLDER):
        return
    for folder in default_storage.listdir(FOLDER)[0]:
        for name in default_storage.listdir(f"{FOLDER}/{folder}")[1]:
            path = f"{FOLDER}/{folder}/{name}"
            if now - default_storage.get_modified_time(path) > MAX_AGE:
                default_storage.delete(path)
