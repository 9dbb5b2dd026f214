"""The glossary (glossary.json) and the one function that links terms in a text to it.

A term is linked once per text, at its first use; the rest of the text is escaped, so the
result is safe to put in a page whatever the text holds.
"""

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

GLOSSARY_FILE = Path(__file__).parent / "glossary.json"
FALLBACK_LANGUAGE = "zh-hans"


@dataclass(frozen=True)
class Term:
    slug: str
    term: str
    also: tuple[str, ...]
    text: str
    chinese: str
    sources: tuple[str, ...] = ()

    @property
    def anchor(self):
        return f"term-{self.slug}"


@cache
def _data():
    return json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))


def last_reviewed():
    return date.fromisoformat(_data()["last_reviewed"])


@cache
def terms(language):
    """Every entry in `language` (Simplified Chinese when there is no such language)."""
    rows = []
    for entry in _data()["terms"]:
        text = entry.get(language) or entry[FALLBACK_LANGUAGE]
        rows.append(
            Term(
                slug=entry["slug"],
                term=text["term"],
                also=tuple(text["also"]),
                text=text["text"],
                chinese=entry[FALLBACK_LANGUAGE]["term"],
                sources=tuple(entry["sources"]),
            )
        )
    return tuple(rows)


@cache
def _matcher(language):
    """A regex for every spelling of every term (longest first) and a lookup to its slug."""
    slugs = {}
    for term in terms(language):
        for spelling in (term.term, *term.also):
            slugs.setdefault(spelling.lower(), term.slug)
    # A latin spelling must be a whole word ("lpr" is not inside "helpr"); Chinese has no
    # spaces, so a Chinese spelling matches anywhere, and so does a latin one next to Chinese.
    parts = [
        rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])" if s.isascii() else re.escape(s)
        for s in sorted(slugs, key=len, reverse=True)
    ]
    return re.compile("|".join(parts), re.IGNORECASE), slugs


def link_terms(text, language, seen=None):
    """`text` escaped, with the first use of each glossary term linked to its entry.

    `seen` (a set of slugs) is shared across the texts of one page, so that a term is
    linked only where the page first uses it; it is updated in place.
    """
    text = str(text)
    seen = set() if seen is None else seen
    pattern, slugs = _matcher(language)
    glossary_url = reverse("rights:glossary")
    parts, position = [], 0
    for match in pattern.finditer(text):
        slug = slugs[match.group(0).lower()]
        if slug in seen:
            continue
        seen.add(slug)
        parts.append(escape(text[position : match.start()]))
        parts.append(
            format_html(
                '<a class="term" href="{}#term-{}">{}</a>', glossary_url, slug, match.group(0)
            )
        )
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
