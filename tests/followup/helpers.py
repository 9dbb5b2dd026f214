from datetime import date

from django.core.files.base import ContentFile

from assistant.followup.models import SentItem


def add_sent_item_with_file(case, data=b"%PDF-1.4 answer"):
    """A complaint on `case` with its answer stored as a file under MEDIA_ROOT."""
    item = SentItem(case=case, channel="lender", sent_on=date(2026, 11, 10), outcome="refused")
    item.reply_file.save(f"evidence/answer{case.pk}/answer.pdf", ContentFile(data), save=False)
    item.reply_file_name, item.reply_file_type, item.reply_file_size = (
        "answer.pdf",
        "application/pdf",
        len(data),
    )
    item.save()
    return item
