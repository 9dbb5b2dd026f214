"""Who may see a case. Every view that touches a case goes through these functions.

Anything that is not yours is a 404, never a 403: a 403 would confirm that the case exists.
"""

import secrets

from django.shortcuts import get_object_or_404

from assistant.cases.models import Case

SESSION_OWNER_KEY = "anxin_owner"


def owner_token(request, *, create=False):
    """The anonymous owner token of this browser session (made on first use when `create`)."""
    token = request.session.get(SESSION_OWNER_KEY, "")
    if not token and create:
        token = secrets.token_hex(16)
        request.session[SESSION_OWNER_KEY] = token
    return token


def cases_for(request):
    """The cases this visitor owns: their account's, or their browser session's."""
    if request.user.is_authenticated:
        return Case.objects.filter(user=request.user)
    token = owner_token(request)
    if not token:
        return Case.objects.none()
    return Case.objects.filter(user__isnull=True, owner_token=token)


def get_case_for(request, pk):
    """The case `pk` if this visitor owns it, with its schedule and calls preloaded; else 404.

    The preloading exists because every case page assesses the whole case at once.
    """
    return get_object_or_404(
        cases_for(request).prefetch_related("repayments", "calls"),
        pk=pk,
    )


def claim_for(request, case):
    """Make `case` belong to this visitor (used when a case is created)."""
    if request.user.is_authenticated:
        case.user = request.user
        case.owner_token = ""
    else:
        case.owner_token = owner_token(request, create=True)


def move_session_cases_to(request, user):
    """Give `user` the cases of this browser session (on sign-up or log-in); how many moved.

    The owner token is then dropped from the session: the cases are reached through the
    account from now on, and a later visitor of this browser after log-out starts empty.
    """
    token = request.session.pop(SESSION_OWNER_KEY, "")
    if not token:
        return 0
    return Case.objects.filter(user__isnull=True, owner_token=token).update(
        user=user, owner_token=""
    )
