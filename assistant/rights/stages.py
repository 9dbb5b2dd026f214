"""Which rights pages explain each stage of the case timeline (stage codes: CASE_FORMAT.md).

Data, not template logic: adding a page to a stage is adding a slug here.
"""

from django.urls import reverse
from django.utils.translation import get_language

from assistant.rights.models import RightsPage

STAGE_PAGES = {
    "not_yet_due": ("negotiating", "interest-and-fees", "scam-warnings"),
    "early_reminder": ("credit-report", "negotiating", "scam-warnings"),
    "early_collection": ("collector-conduct", "credit-report", "personal-information"),
    "outsourced_collection": ("collector-conduct", "personal-information", "scam-warnings"),
    "serious_delinquency": ("legal-process", "criminal-threats", "negotiating"),
    "legal_action": ("legal-process", "limitation-period", "scam-warnings"),
    "enforcement": ("legal-process", "where-to-complain"),
}


def stage_links(stage_codes):
    """{stage code: [{"url", "title"}, …]} for the pages that exist, in one query."""
    wanted = {slug for code in stage_codes for slug in STAGE_PAGES.get(code, ())}
    pages = RightsPage.objects.filter(slug__in=wanted).prefetch_related("texts")
    language = get_language()
    titles = {}
    for page in pages:
        text = page.text_for(language)
        if text:
            titles[page.slug] = text.title
    return {
        code: [
            {"url": reverse("rights:detail", args=[slug]), "title": titles[slug]}
            for slug in STAGE_PAGES.get(code, ())
            if slug in titles
        ]
        for code in stage_codes
    }
