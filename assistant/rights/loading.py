"""Seed the rights pages from content/<slug>.json: one file per page, every language in it."""

import json
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


@transaction.atomic
def load_pages(directory=CONTENT_DIR):
    """Create or update every page from its file; returns the slugs loaded, in order."""
    pages = [read_page(path) for path in content_files(directory)]
    for data in pages:
        page, _created = RightsPage.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "order": data.get("order", 100),
                "last_reviewed": date.fromisoformat(data["last_reviewed"]),
                "sources": data.get("sources", []),
            },
        )
        for language, text in data["text"].items():
            record = RightsPageText.objects.filter(page=page, language=language).first()
            record = record or RightsPageText(page=page, language=language)
            record.title = text["title"]
            record.summary = text["summary"]
            record.sections = text["sections"]
            record.save()
    return [data["slug"] for data in pages]
