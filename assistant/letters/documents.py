"""Letters as stored data → what the letter template shows, and new versions.

`document()` turns a version's content into the template context (Chinese date, blank
lines for what was left out, the schedule rows as text). `save_version()` holds the
versioning rule (models.py docstring): a new version per change, sent versions frozen.
"""

from datetime import date
from decimal import Decimal

from django.db import transaction

from assistant.followup import escalation, records
from assistant.letters import court_kinds
from assistant.letters.kinds import BLANK, cn_date, en_date, yuan, yuan_en
from assistant.letters.models import Letter, LetterVersion

LABELS = {
    "zh": {
        "lang": "zh-CN",
        "recipient": "收件人",
        "sender": "寄件人",
        "facts": "一、事实与经过",
        "requests": "二、请求事项",
        "closing": "此致",
        "regards": "敬礼！",
        "signature": "（签名）",
        "date": "日期",
        "attachments": "附件",
        "schedule": "还款计划（合计{total}）",
        "months": "期数",
        "amount": "每期还款",
        "sender_lines": (
            ("name", "姓名"),
            ("id_number", "身份证号"),
            ("phone", "联系电话"),
            ("address", "通讯地址"),
        ),
    },
    # The English reading copy for volunteers (kinds.py docstring); never sent.
    "en": {
        "lang": "en",
        "recipient": "To",
        "sender": "From",
        "facts": "1. Facts",
        "requests": "2. Requests",
        "closing": "Yours faithfully,",
        "regards": "",
        "signature": " (signature)",
        "date": "Date",
        "attachments": "Attachments",
        "schedule": "Repayment plan (total {total})",
        "months": "Months",
        "amount": "Payment each month",
        "sender_lines": (
            ("name", "Name"),
            ("id_number", "ID card number"),
            ("phone", "Phone"),
            ("address", "Address"),
        ),
    },
}


class AsTyped(str):
    """Reading-copy text with no English: shown as written, and marked so (`.typed`)."""

    typed = True


def _months(row, english):
    first, last = row["first"], row["last"]
    if english:
        return f"Month {first}" if first == last else f"Months {first}–{last}"
    return f"第{first}期" if first == last else f"第{first}—{last}期"


def _labels(content, reading):
    """The letter's headings; a court document's (court_kinds.LABELS) for its layout."""
    labels = LABELS["en" if reading else "zh"]
    if content.get("layout") != "court":
        return labels
    party, _other, requests, facts = court_kinds.LABELS[content["kind"]]["en" if reading else "zh"]
    return {**labels, "party": party, "requests": requests, "facts": facts}


def document(content: dict, reading: bool = False) -> dict:
    """The template context of a letter: Chinese, or with `reading` its English reading copy.

    The reading copy has the same structure; each string we wrote is looked up in
    `content["reading"]` (kinds.build_content); anything else (what the person typed, or a
    paragraph rewritten since) is an `AsTyped` string, shown as it stands.
    """
    labels = _labels(content, reading)
    english = content.get("reading", {}) if reading else None
    money = yuan_en if reading else yuan
    day = date.fromisoformat(content["date"])

    def tr(text):
        if english is None or not text:
            return text
        if text in english:
            return english[text]
        return text if text == BLANK else AsTyped(text)

    sender = content.get("sender", {})
    schedule = content.get("schedule")
    rows = [
        {"months": _months(row, reading), "amount": money(Decimal(row["amount"]))}
        for row in (schedule or {}).get("rows", [])
    ]
    fields = ("subject", "salutation", "intro", "closing", "signer")
    lists = ("recipient", "facts", "requests", "attachments")
    return {
        **content,
        **{key: tr(content.get(key, "")) for key in fields},
        **{key: [tr(item) for item in content.get(key, [])] for key in lists},
        "labels": labels,
        "reading": reading,
        "date_cn": en_date(day) if reading else cn_date(day),
        "sender_lines": [
            {"label": label, "value": sender.get(key) or BLANK}
            for key, label in labels["sender_lines"]
        ],
        "signer_name": sender.get("name") or BLANK,
        "schedule_rows": rows,
        "schedule_caption": schedule
        and labels["schedule"].format(total=money(Decimal(schedule["total"]))),
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


@transaction.atomic
def mark_sent(version, sent_on, channel, reference="") -> bool:
    """Freeze `version` as sent and start following its reply deadline in the tracker, both
    or neither; False (and no change) when it was already sent."""
    updated = LetterVersion.objects.filter(pk=version.pk, sent_on__isnull=True).update(
        sent_on=sent_on, sent_channel=channel, sent_reference=reference
    )
    if updated:
        version.refresh_from_db()
        records.from_letter(version.letter, version)
    return bool(updated)


def follows_up(case, kind, item_pk) -> dict:
    """Form pre-fill citing an earlier complaint that went unanswered (`?after=<item>` from
    the follow-up tracker): its date, channel, reference number and the missing answer."""
    return escalation.letter_initial(case, kind, item_pk)
