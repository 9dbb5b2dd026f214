"""On every log-in (sign-up logs in too), the browser session's cases move to the account."""

from assistant.cases.access import move_session_cases_to


def keep_session_cases(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        move_session_cases_to(request, user)
