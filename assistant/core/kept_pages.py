"""Parts of a case's pages kept between one visitor's requests, until anything in the case
changes.

The case page and the call list cost ten times a plain page to build (the assessment, the
timeline, the rules cited, the call entries), and a borrower goes back and forth between
them. What is kept is the part that depends only on the case and on who reads it; the notices
of the moment (a call just saved, an undo, messages) and the sharing panel while a share or
a code is live are built on every request.

A kept part is found again only by the same request context that built it. Its key holds:
- the case and its versions: `version`, which every write of the case or of anything stored
  under it moves on (accounts/retention.py), and `calls_version`;
- the visitor: the session key and the account, and whether they own the case or read it as
  a volunteer; never shared between sessions, so one borrower's page cannot reach another;
- the language, the content's version (a corrected source or rights page shows at once in
  this process), and the day in Shanghai (days overdue, deadlines);
- what else the caller says the part depends on (the call list's page and filters).

Whether a part cites a source not yet checked against the official text is kept with it:
the page's "check the official text" legend (core/templatetags/caveats.py) shows on every
view, not only on the one that built the part.

The access check comes first: a part is looked up only for a case `get_case_for` returned.
The CSRF token is never kept: a part is built with a marker in its place, filled in on
every request.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from assistant.assessment.assess import today_in_shanghai
from assistant.core.templatetags import caveats
from assistant.corrections import current

CACHE = "pages"
CSRF_MARKER = "anxin-csrf-token-slot"
# Where a page puts its notices of the moment inside a kept part (split_at_slot).
SLOT = "<!--anxin:kept-slot-->"
# Other processes see a content correction within CORRECTIONS_MAX_AGE_SECONDS
# (corrections/current.py); a kept part lives no longer than that.
LONGEST_SECONDS = 10 * 60


def _seconds():
    most = getattr(settings, "CORRECTIONS_MAX_AGE_SECONDS", current.MAX_AGE_SECONDS)
    return LONGEST_SECONDS if most is None else min(most, LONGEST_SECONDS)


def _key(request, case, part, depends_on):
    if not hasattr(request, "_kept_key"):  # the same for every part of one request
        visitor = f"{request.session.session_key}:{request.user.pk or ''}"
        content = f"{get_language()}:{current.version()}:{today_in_shanghai().isoformat()}"
        request._kept_key = f"{visitor}:{content}"
    owner = "owner" if getattr(case, "viewer_is_owner", False) else "volunteer"
    versions = f"{case.pk}:{case.version}:{case.calls_version}:{owner}"
    extra = hashlib.sha256(repr(depends_on).encode()).hexdigest()[:16] if depends_on else ""
    return f"kept:{part}:{versions}:{request._kept_key}:{extra}"


def csrf_token(request):
    """This request's CSRF token, made once: pages put it in their context as `csrf_token`,
    so that the kept parts and the rest of the page share it (each one costs a masking)."""
    if not hasattr(request, "_kept_csrf_token"):
        request._kept_csrf_token = get_token(request)
    return request._kept_csrf_token


def kept_part(request, case, part, build, depends_on=(), *, fresh=False):
    """The HTML of `part` for this visitor and this version of `case`: `build(csrf_token)`
    makes it, and once kept it is not built again. `fresh` builds it for this request only
    (a form with errors, a notice of the moment).
    """
    cache = caches[CACHE]
    key = None if fresh else _key(request, case, part, depends_on)
    kept = key and cache.get(key)
    if kept is None:
        kept = _built(request, build)
        if key and request.session.session_key:
            cache.set(key, kept, _seconds())
    html, cites_unverified = kept
    if cites_unverified:  # the page's "check the official text" legend, as when built
        caveats.set_request_cites_unverified(request, True)
    if CSRF_MARKER in html:
        html = html.replace(CSRF_MARKER, csrf_token(request))
    return mark_safe(html)  # noqa: S308 (rendered by the template engine, which escaped it)


def _built(request, build):
    """(the part's HTML, whether it cites a source not yet checked against the official
    text): the second is kept with the HTML, since a part used again is not rendered."""
    cited_before = caveats.request_cites_unverified(request)
    caveats.set_request_cites_unverified(request, False)
    html = build(CSRF_MARKER)
    cites = caveats.request_cites_unverified(request)
    caveats.set_request_cites_unverified(request, cited_before or cites)
    return html, cites


def split_at_slot(html):
    """(before, after) the SLOT of a kept part, where the page puts something of the moment."""
    before, _slot, after = html.partition(SLOT)
    return mark_safe(before), mark_safe(after)  # noqa: S308 (parts of kept HTML)
