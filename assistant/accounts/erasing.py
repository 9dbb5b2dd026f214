"""Deleting a visitor's data: cases with everything recorded on them, and an account's own.

Deleting a Case cascades to its repayments, calls (deleted ones too: Call's base manager
sees them), call changes, evidence, letters, sent items and the payment order, share codes,
shares, volunteers' notes and the audit log of their looks. The post_delete handlers of
Evidence and SentItem remove each file (evidence, an answer's file) from disk. The counts
are taken first, so the person can be told what went.

An account's own records (the reminder choice and the reminders sent, its shares as a
volunteer, its wrong share codes) go with the user row by cascade; its failed log-ins are
kept by username, so they are deleted here. A volunteer's notes and looks on other people's
cases stay: they belong to those borrowers' records, and say who wrote them by name.
"""

from django.db import transaction

from assistant.accounts import throttle
from assistant.calls.models import Call, Evidence
from assistant.cases.models import Case
from assistant.followup.models import ReminderSent, SentItem
from assistant.letters.models import Letter
from assistant.sharing.models import AuditEntry, Note, Share


def counts(cases, user=None):
    """How many cases, calls, letters, files, sent items, notes, shares and looks `cases`
    hold, and (for an account) how many reminders were sent to `user`."""
    ids = list(cases.values_list("pk", flat=True))
    sent = SentItem.objects.filter(case__in=ids)
    return {
        "cases": len(ids),
        "calls": Call.all_objects.filter(case__in=ids).count(),
        "letters": Letter.objects.filter(case__in=ids).count(),
        "files": Evidence.objects.filter(call__case__in=ids).count(),
        "sent": sent.count(),
        "replies": sent.exclude(reply_file="").count(),
        "notes": Note.objects.filter(case__in=ids).count(),
        "shares": Share.objects.filter(case__in=ids).count(),
        "looks": AuditEntry.objects.filter(case__in=ids).count(),
        "reminders": _reminders(user).count(),
    }


def _reminders(user):
    if user is None or not user.is_authenticated:
        return ReminderSent.objects.none()
    return ReminderSent.objects.filter(user=user)


@transaction.atomic
def delete_cases(cases, user=None):
    """Delete `cases` and everything in them, and `user`'s failed log-ins if given (the
    caller deletes the user row itself); what was deleted, as counts()."""
    deleted = counts(cases, user)
    Case.objects.filter(pk__in=cases.values("pk")).delete()
    if user is not None and user.is_authenticated:
        throttle.clear(user.get_username())
    return deleted
