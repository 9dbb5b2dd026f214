"""What content is due for review: rights pages, legal sources and help-directory entries.

Everything here is corrected in the admin by content admins: rights pages directly, legal
sources and help-directory entries as corrections (assistant.corrections) over the seed files
(assistant/assessment/data/sources.json, assistant/help/directory.json), whose names and
entry ids the list also shows for volunteers without admin access. Oldest review first; an
entry is due when older than `review_after_days` (data/reviews.json, with why).
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assistant.core.registry import site_registry
from assistant.corrections.models import DirectoryCorrection, SourceCorrection
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
    # The admin page where it is corrected.
    admin_url: str | None = None

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
            admin_url=reverse("admin:rights_rightspage_change", args=[page.pk]),
        )


def correction_url(model, id_field, entry_id, corrected):
    """The admin page for the entry's correction: the existing one, or a new one for it."""
    opts = model._meta
    name = f"admin:{opts.app_label}_{opts.model_name}"
    if entry_id in corrected:
        return reverse(f"{name}_change", args=[corrected[entry_id]])
    return f"{reverse(f'{name}_add')}?{id_field}={entry_id}"


def _sources(language):
    corrected = dict(SourceCorrection.objects.values_list("source_id", "pk"))
    for source in site_registry().sources.values():
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
            admin_url=correction_url(SourceCorrection, "source_id", source.id, corrected),
        )


def _directory(language):
    corrected = dict(DirectoryCorrection.objects.values_list("entry_id", "pk"))
    for group in directory(language):
        for entry in group["entries"]:
            yield Item(
                "directory",
                entry["id"],
                entry["name"],
                entry["last_verified"],
                file=DIRECTORY_FILE,
                unconfirmed=not entry["number_confirmed"],
                admin_url=correction_url(DirectoryCorrection, "entry_id", entry["id"], corrected),
            )
