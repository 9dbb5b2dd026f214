"""The help directory (directory.json): complaint channels, courts, legal aid, support, police.

Each entry carries the day it was last verified; a number FACTS.md does not confirm is
marked so the page can say "check this number". The file is the seed: volunteers correct an
entry in the admin (assistant.corrections.DirectoryCorrection), and `directory()` shows the
correction over the file's entry.
"""

import json
from datetime import date
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from assistant.corrections.current import directory_corrections

DIRECTORY_FILE = Path(__file__).parent / "directory.json"
FALLBACK_LANGUAGE = "zh-hans"

GROUPS = {
    "emergency": _("In danger"),
    "complaints": _("Where to complain, in this order"),
    "courts": _("Checking court papers"),
    "legal_aid": _("Free legal help"),
    "support": _("Someone to talk to"),
}


@cache
def _data():
    return json.loads(DIRECTORY_FILE.read_text(encoding="utf-8"))


def seed_entries():
    """{id: entry} as directory.json has them, before any correction."""
    return {entry["id"]: entry for group in _data()["groups"] for entry in group["entries"]}


def _entry(data, language):
    text = data.get(language) or data[FALLBACK_LANGUAGE]
    return {
        "id": data["id"],
        "phone": data["phone"],
        "website": data["website"],
        "number_confirmed": data["number_confirmed"],
        "last_verified": date.fromisoformat(data["last_verified"]),
        "sources": data["sources"],
        **{key: text[key] for key in ("name", "handles", "prepare", "response")},
    }


def directory(language):
    """The groups in order, each {"code", "title", "entries"} with text in `language`."""
    corrections = directory_corrections()

    def corrected(entry):
        correction = corrections.get(entry["id"])
        return correction.apply(entry) if correction else entry

    return [
        {
            "code": group["code"],
            "title": GROUPS[group["code"]],
            "entries": [_entry(corrected(entry), language) for entry in group["entries"]],
        }
        for group in _data()["groups"]
    ]
