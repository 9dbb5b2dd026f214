"""Where the home page's links to "my debts" lead; a call is logged through calls:quick."""

from django.urls import reverse

from assistant.cases.access import cases_for, owner_token


def has_debts(request):
    """Whether this visitor owns a debt; a first visit owns nothing and asks no query."""
    if not (request.user.is_authenticated or owner_token(request)):
        return False
    return cases_for(request).exists()


def debts_url(has):
    """The debt list when the visitor has debts, else the wizard."""
    return reverse("cases:list") if has else reverse("cases:new")
