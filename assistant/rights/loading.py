"""Seed the rights pages from content/<slug>.json: one file per page, every language in it."""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction

from assistant.rights.models import (
    FALLBACK_LANGUAGE,
    LANGUAGES,
    RightsPage,
    RightsPageText,
    section_problems,
    unknown_sources,
)

CONTENT_DIR = Path(__file__).parent / "content"
LANGUAGE_CODES = {code for code, _name in LANGUAGES}


def content_files(directory=CONTENT_DIR):
    return sorted(Path(directory).glob("*.json"))


def read_page(path):
    """The page in `path`, checked; raises ValueError naming the file and what is wrong."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    problems = []
    if data.get("slug") != Path(path).stem:
        problems.append("slug must equal the file name")
    problems += [f"page cites unknown source {i}" for i in unknown_sources(data.get("sources", []))]
    texts = data.get("text", {})
    if FALLBACK_LANGUAGE not in texts:
        problems.append(f"no {FALLBACK_LANGUAGE} text")
    for language, text in texts.items():
        if language not in LANGUAGE_CODES:
            problems.append(f"unknown language {language}")
        for key in ("title", "summary"):
            if not text.get(key):
                problems.append(f"{language}: no {key}")
        problems += [f"{language}: {p}" for p in section_problems(text.get("sections"))]
    if problems:
        raise ValueError(f"{path}: " + "; ".join(str(p) for p in problems))
    date.fromisoformat(data["last_reviewed"])
    return data


@dataclass
class Loaded:
    loaded: list = field(default_factory=list)
    # Pages a volunteer corrected in the admin, left as they are.
    skipped: list = field(default_factory=list)


@transaction.atomic
def load_pages(directory=CONTENT_DIR, *, force=False):
    """Create or update every page from its file, in order.

    A page changed in the admin is skipped unless `force`, which overwrites it and forgets
    the admin change.
    """
    pages = [read_page(path) for path in content_files(directory)]
    edited = set(
        RightsPage.objects.filter(edited_in_admin__isnull=False).values_list("slug", flat=True)
    )
    result = Loaded()
    for data in pages:
        if data["slug"] in edited and not force:
            result.skipped.append(data["slug"])
            continue
        _save_page(data)
        result.loaded.append(data["slug"])
    return result


def _save_page(data):
    page, _created = RightsPage.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "order": data.get("order", 100),
            "last_reviewed": date.fromisoformat(data["last_reviewed"]),
            "sources": data.get("sources", []),
            "edited_in_admin": None,
        },
    )
    for language, text in data["text"].items():
        record = RightsPageText.objects.filter(page=page, language=language).first()
        record = record or RightsPageText(page=page, language=language)
        record.title = text["title"]
        record.summary = text["summary"]
        record.sections = text["sections"]
        record.save()
