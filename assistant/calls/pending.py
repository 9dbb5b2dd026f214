"""A screenshot read but not yet confirmed: kept aside until the borrower saves its calls.

The file waits under MEDIA_ROOT/pending/<random>/ (never served), named only in the
borrower's session, for one case. Confirming moves a copy onto each saved call as its
evidence file and removes it; reading another screenshot for the case replaces it.
"""

import secrets

from django.core.files.storage import default_storage

from assistant.calls import evidence

SESSION_KEY = "pending_screenshots"


def keep(request, case, upload, fmt):
    """Put the checked `upload` aside for `case`; its token."""
    drop(request, case)
    token = secrets.token_urlsafe(16)
    name = evidence.safe_name(upload.name, fmt.extension)
    path = default_storage.save(f"pending/{secrets.token_hex(16)}/{name}", upload)
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
