"""Saving sent items: from the form, from a letter marked sent, and the answer's file."""

import hashlib
import json

from django.db.models import Sum

from assistant.calls import evidence
from assistant.cases.models import CourtPaper, CourtPaperKind
from assistant.followup import tracking
from assistant.followup.models import SentItem, remove_reply_file

FIELDS = (
    "about",
    "channel",
    "sent_on",
    "received_on",
    "reference",
    "extension",
    "answered_by",
    "reply_on",
    "reply",
    "outcome",
)


def case_file_bytes(case):
    """Evidence of the case so far, call files and answer files together."""
    if case is None:
        return 0
    answers = SentItem.objects.filter(case=case).aggregate(total=Sum("reply_file_size"))
    return evidence.case_bytes(case) + (answers["total"] or 0)


def save_item(case, data, item=None):
    """Create or update `item` of `case` from the form's cleaned data (file included)."""
    item = item or SentItem(case=case)
    for field in FIELDS:
        setattr(item, field, data.get(field) or SentItem._meta.get_field(field).get_default())
    if data.get("reply_file"):
        upload, fmt = data["reply_file"]
        store_reply_file(item, upload, fmt)
    item.save()
    return item


def store_reply_file(item, upload, fmt):
    remove_reply_file(item)  # the file it replaces, and its folder
    name = evidence.safe_name(upload.name, fmt.extension)
    item.reply_file.save(evidence.storage_path(name), upload, save=False)
    item.reply_file_name = name
    item.reply_file_type = fmt.content_type
    item.reply_file_size = upload.size


def from_letter(letter, version):
    """The tracker item of a letter version marked sent; each version sent is its own item,
    so sending a later version never rewrites the record of an earlier sending."""
    case = letter.case
    values = {
        "case": case,
        "about": tracking.about_for_letter(letter.kind),
        "channel": tracking.channel_for_letter(letter.kind, version.sent_channel, case.lender_type),
        "sent_on": version.sent_on,
        "reference": version.sent_reference,
    }
    item, _created = SentItem.objects.update_or_create(
        version=version, defaults={**values, "letter": letter}
    )
    return item


def save_payment_order(case, served_on):
    """The tracker's payment-order date is the case's latest payment order paper."""
    order = case.court_documents.filter(kind=CourtPaperKind.PAYMENT_ORDER).last()
    order = order or CourtPaper(case=case, kind=CourtPaperKind.PAYMENT_ORDER)
    order.served_on = served_on
    order.save()
    return order


def item_initial(item):
    return {field: getattr(item, field) for field in FIELDS}


def fingerprint(item):
    """A short digest of what the item records (its answer file included): the edit form
    carries the one it was opened with, so a save can tell the item changed meanwhile."""
    values = {**item_initial(item), "file": item.reply_file.name}
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:20]
