"""Letters as stored data → what the letter template shows, and new versions.

`document()` turns a version's content into the template context (Chinese date, blank
lines for what was left out, the schedule rows as text). `save_version()` holds the
versioning rule (models.py docstring): a new version per change, sent versions frozen.
"""

from datetime import date
from decimal import Decimal

from django.db import transaction

from assistant.letters.kinds import BLANK, cn_date, yuan
from assistant.letters.models import Letter, LetterVersion

SENDER_LABELS = (
    ("name", "姓名"),
    ("id_number", "身份证号"),
    ("phone", "联系电话"),
    ("address", "通讯地址"),
)


def document(content: dict) -> dict:
    sender = content.get("sender", {})
    schedule = content.get("schedule")
    rows = []
    if schedule:
        for row in schedule["rows"]:
            months = (
                f"第{row['first']}期"
                if row["first"] == row["last"]
                else f"第{row['first']}—{row['last']}期"
            )
            rows.append({"months": months, "amount": yuan(Decimal(row["amount"]))})
    return {
        **content,
        "date_cn": cn_date(date.fromisoformat(content["date"])),
        "sender_lines": [
            {"label": label, "value": sender.get(key) or BLANK} for key, label in SENDER_LABELS
        ],
        "signer_name": sender.get("name") or BLANK,
        "schedule_rows": rows,
        "schedule_total": schedule and yuan(Decimal(schedule["total"])),
    }


@transaction.atomic
def create_letter(case, kind, content) -> Letter:
    letter = Letter.objects.create(case=case, kind=kind)
    LetterVersion.objects.create(letter=letter, number=1, content=content)
    return letter


@transaction.atomic
def save_version(letter, content) -> LetterVersion:
    """A new version with `content`, unless it equals the latest one; never changes a sent one."""
    latest = letter.versions.select_for_update().order_by("-number").first()
    if latest is not None and latest.content == content:
        return latest
    number = latest.number + 1 if latest else 1
    return LetterVersion.objects.create(letter=letter, number=number, content=content)


def mark_sent(version, sent_on, channel, reference="") -> bool:
    """Freeze `version` as sent; False (and no change) when it was already sent."""
    updated = LetterVersion.objects.filter(pk=version.pk, sent_on__isnull=True).update(
        sent_on=sent_on, sent_channel=channel, sent_reference=reference
    )
    return bool(updated)
