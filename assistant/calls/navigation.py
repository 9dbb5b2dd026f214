"""Where "log a call" leads from pages that are not about one debt (home, call-now screen)."""

from django.urls import reverse

from assistant.cases.access import cases_for, owner_token

MAX_LISTED = 10


def log_call_links(request):
    """One link per debt of this visitor, straight to its call form (at most MAX_LISTED)."""
    if not (request.user.is_authenticated or owner_token(request)):
        return []  # a first visit owns nothing: no query to build
    return [
        {"case": case, "url": reverse("calls:new", args=[case.pk])}
        for case in cases_for(request)[:MAX_LISTED]
    ]


def debts_url(links):
    """The debt list when the visitor has debts (`links`: log_call_links), else the wizard."""
    return reverse("cases:list") if links else reverse("cases:new")


def log_call_url(request, links=None, debts=None):
    """The call form when there is one debt; the debt list when several; the wizard when none.
    `links`, `debts`: log_call_links(request) and debts_url(links) when the caller has them."""
    links = log_call_links(request) if links is None else links
    if len(links) == 1:
        return links[0]["url"]
    return debts_url(links) if debts is None else debts
