"""Deleting a visitor's data: cases with their calls, letters and evidence files.

Deleting a Case cascades to its repayments, calls (deleted ones too: Call's base manager
sees them), call changes, evidence and letters; Evidence's post_delete handler removes
each file from disk. The counts are taken first, so the person can be told what went.
"""

from django.db import transaction

from assistant.calls.models import Call, Evidence
from assistant.cases.models import Case
from assistant.letters.models import Letter


def counts(cases):
    """How many cases, calls, letters and files `cases` hold."""
    ids = list(cases.values_list("pk", flat=True))
    return {
        "cases": len(ids),
        "calls": Call.all_objects.filter(case__in=ids).count(),
        "letters": Letter.objects.filter(case__in=ids).count(),
        "files": Evidence.objects.filter(call__case__in=ids).count(),
    }


@transaction.atomic
def delete_cases(cases):
    """Delete `cases` and everything in them; what was deleted, as counts()."""
    deleted = counts(cases)
    Case.objects.filter(pk__in=cases.values("pk")).delete()
    return deleted
