"""What content is due for review: rights pages, legal sources and help-directory entries.

Rights pages live in the database and are corrected in the admin. The source registry
(assistant/assessment/data/sources.json) and the help directory (assistant/help/directory.json)
are data files: a correction is a reviewed change to the file, so this list names the file and
the entry id. Oldest review first; an entry is due when older than `review_after_days`
(data/reviews.json, with why).
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assistant.assessment.registry import default_registry
from assistant.help.directory import directory
from assistant.rights.models import RightsPage

DATA_FILE = Path(__file__).parent / "data" / "reviews.json"
SOURCES_FILE = "assistant/assessment/data/sources.json"
DIRECTORY_FILE = "assistant/help/directory.json"

KINDS = {
    "rights": _("Rights page"),
    "source": _("Legal source"),
    "directory": _("Help-directory entry"),
}


@cache
def review_after_days():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))["review_after_days"]["value"]


@dataclass(frozen=True)
class Item:
    kind: str
    id: str
    name: str
    reviewed: date
    # Where to correct it: a rights page's pk (the admin), or a file in the repository.
    page_pk: int | None = None
    file: str | None = None
    unconfirmed: bool = False

    @property
    def kind_label(self):
        return KINDS[self.kind]


def review_items(language, today=None):
    """Every piece of content with its review date, oldest first, and the day it is due by."""
    items = [*_rights_pages(language), *_sources(language), *_directory(language)]
    today = today or timezone.localdate()
    due_before = today - timedelta(days=review_after_days())
    return sorted(items, key=lambda i: (i.reviewed, i.kind, i.id)), due_before


def _rights_pages(language):
    for page in RightsPage.objects.prefetch_related("texts"):
        text = page.text_for(language)
        yield Item(
            "rights",
            page.slug,
            text.title if text else page.slug,
            page.last_reviewed,
            page_pk=page.pk,
        )


def _sources(language):
    for source in default_registry().sources.values():
        english = language == "en"
        name = " ".join(
            part
            for part in (
                source.instrument_en if english else source.instrument,
                source.article_en if english else source.article,
            )
            if part
        )
        yield Item(
            "source",
            source.id,
            name,
            date.fromisoformat(source.last_reviewed),
            file=SOURCES_FILE,
            unconfirmed=not source.verified,
        )


def _directory(language):
    for group in directory(language):
        for entry in group["entries"]:
            yield Item(
                "directory",
                entry["id"],
                entry["name"],
                entry["last_verified"],
                file=DIRECTORY_FILE,
                unconfirmed=not entry["number_confirmed"],
            )
