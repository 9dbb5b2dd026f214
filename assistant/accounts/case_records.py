"""The follow-up and sharing records of one case as CSV files for the data export.

Written by the call log's `table_csv` (assistant/calls/export.py): UTF-8 with a byte-order mark,
and every cell through `safe_cell`, so what a lender, volunteer or borrower typed is shown
in a spreadsheet, never run as a formula. Column names are the models' own labels in the
reader's language; choices are written as their labels, not as codes.

Only what the borrower can see is exported: a volunteer's note marked internal is left out.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from assistant.assessment.conduct import SHANGHAI
from assistant.calls.export import table_csv
from assistant.followup import records
from assistant.followup.models import ReminderChoice, ReminderSent, SentItem
from assistant.sharing.models import AuditEntry, Note, Share

# The sent item's own fields, in the order of the form: one column each.
SENT_FIELDS = records.FIELDS


def _label(model, name):
    return str(model._meta.get_field(name).verbose_name)


def _when(value):
    return timezone.localtime(value, SHANGHAI).strftime("%Y-%m-%d %H:%M") if value else ""


def _value(item, name):
    display = getattr(item, f"get_{name}_display", None)
    if display is not None:
        return display()
    value = getattr(item, name)
    return "" if value is None else value


def reply_file_path(item):
    """Where the answer's file of a sent item goes, inside the case's folder."""
    return f"replies/{item.pk}-{item.reply_file_name}"


def sent_items(case):
    return SentItem.objects.filter(case=case).order_by("sent_on", "pk")


def sent_items_csv(items):
    headers = [_label(SentItem, name) for name in SENT_FIELDS] + [_("file of the answer")]
    rows = [
        [_value(item, name) for name in SENT_FIELDS]
        + [reply_file_path(item) if item.reply_file else ""]
        for item in items
    ]
    return table_csv(headers, rows)


def notes_csv(case):
    """The volunteers' notes the borrower sees on the case page (internal ones are not)."""
    notes = Note.objects.filter(case=case, internal=False).order_by("created_at", "pk")
    headers = [_("when"), _("volunteer"), _label(Note, "text")]
    return table_csv(headers, ([_when(n.created_at), n.author_name, n.text] for n in notes))


def shares_csv(case):
    """Every volunteer the case was shared with, revoked shares too."""
    shares = Share.objects.filter(case=case).select_related("volunteer").order_by("created_at")
    headers = [_("volunteer")] + [_label(Share, f) for f in ("created_at", "last_viewed_at")]
    headers.append(_label(Share, "revoked_at"))
    rows = (
        [
            share.volunteer.get_username(),
            _when(share.created_at),
            _when(share.last_viewed_at),
            _when(share.revoked_at),
        ]
        for share in shares
    )
    return table_csv(headers, rows)


def looks_csv(case):
    """The audit log: every page a volunteer opened or changed on the case, oldest first."""
    entries = AuditEntry.objects.filter(case=case).order_by("at", "pk")
    headers = [_label(AuditEntry, f) for f in ("at", "volunteer_name", "url_name", "method")]
    headers.insert(3, _("part of the case"))
    rows = ([_when(e.at), e.volunteer_name, e.url_name, str(e.area), e.method] for e in entries)
    return table_csv(headers, rows)


def reminders_csv(user):
    """An account's e-mail reminder choice, then each reminder already sent."""
    rows = []
    choice = ReminderChoice.objects.filter(user=user).first()
    if choice is not None:
        answer = _("yes") if choice.enabled else _("no")
        label = _label(ReminderChoice, "enabled")
        rows.append([f"{label}: {answer}", _when(choice.updated_at), choice.email])
    for sent in ReminderSent.objects.filter(user=user).order_by("sent_at", "pk"):
        rows.append([_("reminder sent"), _when(sent.sent_at), sent.key])
    return table_csv([_("what"), _("when"), _("details")], rows)
