"""On every log-in (sign-up logs in too), the browser session's cases move to the account,
and a volunteer's or staff member's session is given its shorter life."""

from django.conf import settings

from assistant.cases.access import move_session_cases_to
from assistant.volunteers.roles import needs_second_factor


def keep_session_cases(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        move_session_cases_to(request, user)


def shorter_session_for_helpers(sender, request, user, **kwargs):
    """Volunteers and staff see other people's cases: their log-in lasts a working day
    (HELPER_SESSION_HOURS), not a borrower's 30 days, so a forgotten browser does not stay
    open on strangers' debts."""
    if request is not None and hasattr(request, "session") and needs_second_factor(user):
        request.session.set_expiry(settings.HELPER_SESSION_HOURS * 60 * 60)
