"""Edits, deletes and undo for logged calls: nothing a borrower typed is lost.

Each change stores the call's values from before it (CallChange.before). A change can be
undone while it is the call's latest change; the undo is itself a change (holding the values it
replaced), so the full history stays and an undo cannot be undone twice.
"""

import datetime
import hashlib
import json

from django.db import transaction
from django.utils import timezone

from assistant.calls.models import EDITABLE, Call, CallChange


def fingerprint(call):
    """A short digest of the call's values: the edit form carries the one it was opened
    with, so a save can tell that the call changed meanwhile (another tab, an undo)."""
    values = json.dumps(call.snapshot(), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(values.encode()).hexdigest()[:20]


class StaleEdit(Exception):
    """The call changed after the form was opened; `current` is the call as saved now."""

    def __init__(self, current):
        super().__init__(current.pk)
        self.current = current


@transaction.atomic
def edit_call(call, fields, seen=None):
    """Save the new `fields` on `call`; the CallChange to offer undo for, or None if unchanged.

    With `seen` (the fingerprint the form was opened with), StaleEdit when the call was
    changed since, and nothing is saved: a second tab never silently undoes the first."""
    if seen is not None:
        call = Call.all_objects.select_for_update().get(pk=call.pk)
        if fingerprint(call) != seen:
            raise StaleEdit(call)
    before = call.snapshot()
    for name, value in fields.items():
        setattr(call, name, value)
    if call.snapshot() == before:
        return None
    call.save(update_fields=list(EDITABLE))
    return CallChange.objects.create(call=call, kind=CallChange.Kind.EDIT, before=before)


@transaction.atomic
def delete_call(call):
    """Hide `call` from the log and every assessment, keeping it (and its files) for undo."""
    call.deleted_at = timezone.now()
    call.save(update_fields=["deleted_at"])
    return CallChange.objects.create(call=call, kind=CallChange.Kind.DELETE, before=call.snapshot())


def can_undo(change):
    if change.kind == CallChange.Kind.UNDO or change.undone_at:
        return False
    return not CallChange.objects.filter(call_id=change.call_id, pk__gt=change.pk).exists()


@transaction.atomic
def undo(change):
    """Put the call back as it was before `change`. False if that is no longer possible."""
    if not can_undo(change):
        return False
    call = change.call
    current = call.snapshot()
    if change.kind == CallChange.Kind.DELETE:
        call.deleted_at = None
        call.save(update_fields=["deleted_at"])
    else:
        _restore(call, change.before)
    change.undone_at = timezone.now()
    change.save(update_fields=["undone_at"])
    CallChange.objects.create(call=call, kind=CallChange.Kind.UNDO, before=current)
    return True


def _restore(call, values):
    for name in EDITABLE:
        value = values[name]
        setattr(call, name, datetime.datetime.fromisoformat(value) if name == "at" else value)
    call.save(update_fields=list(EDITABLE))
