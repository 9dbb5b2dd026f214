"""Logging a call before there is a case (calls:quick): which debt the call is about.

A borrower on the phone with a collector should not have to describe the debt first. The
call is saved at once; the debt it belongs to is found from who called:

- the borrower picked one of their debts: that one;
- the caller's name is the lender of exactly one of their debts, or the organisation of an
  earlier call in it: that debt (a second call from the same lender joins the first);
- a name that matches none of their debts, or no debts at all: a new debt, started from what
  the call tells us (details_pending) for the case page to ask about the rest;
- otherwise (several debts match, or no name and some debts): the borrower is asked.
"""

import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from assistant.assessment.conduct import SHANGHAI
from assistant.calls.models import Call
from assistant.cases.lenders import guess_lender_type
from assistant.cases.models import Case, LenderType

NEW = "new"


def caller_key(name):
    """The caller's name as compared: full-width letters folded, spaces trimmed."""
    return unicodedata.normalize("NFKC", name or "").strip()


def debts_for_caller(cases, name):
    """The visitor's debts (`cases`, a queryset) whose lender or earlier caller is `name`."""
    key = caller_key(name)
    if not key:
        return []
    earlier_call = Q(calls__organisation__iexact=key, calls__deleted_at__isnull=True)
    return list(cases.filter(Q(lender_name__iexact=key) | earlier_call).distinct())


@dataclass(frozen=True)
class Destination:
    """Where a quick call goes: a debt, a new debt, or a question (`choices` to pick from)."""

    case: Case | None = None
    new: bool = False
    choices: tuple = ()


def destination(cases, name, chosen=""):
    """Where the call goes, by the rules in this module's docstring."""
    if chosen == NEW:
        return Destination(new=True)
    if chosen:
        case = cases.filter(pk=chosen).first()
        if case is not None:
            return Destination(case=case)
    matches = debts_for_caller(cases, name)
    if len(matches) == 1:
        return Destination(case=matches[0])
    if matches:
        return Destination(choices=tuple(matches))
    if caller_key(name) or not cases.exists():
        return Destination(new=True)
    return Destination(choices=tuple(cases))


def start_case(call_fields, owner):
    """A case made from one call: the caller as lender, the call's day standing in for the
    due date until the borrower tells us (details_pending)."""
    name = caller_key(call_fields.get("organisation"))
    case = Case(
        lender_name=name,
        lender_type=guess_lender_type(name) or LenderType.OTHER,
        first_missed_due_date=timezone.localtime(call_fields["at"], SHANGHAI).date(),
        details_pending=True,
    )
    owner(case)
    case.save()
    return case


@transaction.atomic
def log_quick_call(where, call_fields, owner):
    """Save the call in `where` (a Destination that is not a question); the call."""
    case = where.case or start_case(call_fields, owner)
    return Call.objects.create(case=case, **call_fields)
