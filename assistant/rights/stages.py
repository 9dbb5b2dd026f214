"""Which rights pages explain each stage of the case timeline (stage codes: CASE_FORMAT.md).

Data, not template logic: adding a page to a stage is adding a slug here.
"""

from django.urls import reverse
from django.utils.translation import get_language

from assistant.corrections.current import memoised
from assistant.rights.models import FALLBACK_LANGUAGE, RightsPageText

STAGE_PAGES = {
    "not_yet_due": ("negotiating", "interest-and-fees", "scam-warnings"),
    "early_reminder": ("credit-report", "negotiating", "scam-warnings"),
    "early_collection": ("collector-conduct", "credit-report", "personal-information"),
    "outsourced_collection": ("collector-conduct", "personal-information", "scam-warnings"),
    "serious_delinquency": ("legal-process", "criminal-threats", "negotiating"),
    "legal_action": ("legal-process", "limitation-period", "scam-warnings"),
    "enforcement": ("legal-process", "where-to-complain"),
}


def _links_by_slug(language):
    """{slug: {"url", "title"}} of every page the stages link to, in `language` (the
    Simplified Chinese title when the page is not translated): titles only, in one query."""
    wanted = {slug for slugs in STAGE_PAGES.values() for slug in slugs}
    titles = {}
    rows = RightsPageText.objects.filter(
        page__slug__in=wanted, language__in=(language, FALLBACK_LANGUAGE)
    ).values_list("page__slug", "language", "title")
    for slug, text_language, title in rows:
        if text_language == language or slug not in titles:
            titles[slug] = title
    return {
        slug: {"url": reverse("rights:detail", args=[slug]), "title": title}
        for slug, title in titles.items()
    }


def stage_links(stage_codes):
    """{stage code: [{"url", "title"}, …]} for the pages that exist. Kept per language
    until a rights page or a correction changes (corrections/current.py), so most case
    pages ask the database nothing for them."""
    language = get_language()
    links = memoised(f"stage-links:{language}", lambda: _links_by_slug(language))
    return {
        code: [links[slug] for slug in STAGE_PAGES.get(code, ()) if slug in links]
        for code in stage_codes
    }
