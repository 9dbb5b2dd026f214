"""Cases in and out: the wizard's answers, `anxin.case/1` files, and the assessment.

A stored case is turned into the engine's `casefile.Case` (one mapping each way); export and
assessment both start from it, so what the page shows and what a file says cannot drift apart.
"""

from django.db import transaction
from django.utils import timezone

from assistant.assessment import casefile
from assistant.assessment.assess import assess, assessment_to_dict
from assistant.calls.models import Call
from assistant.cases.models import Case, CourtPaper, Repayment, calls_changed
from assistant.cases.wizard import monthly_schedule

FACTS = ("third_party_collector", "contacts_reached", "credit_reported", "court_papers")
FINANCES = ("monthly_income", "essential_costs", "other_debt_payments")
CALL_TEXT = ("number", "organisation", "collector", "summary")


def to_record(case, *, with_calls=True):
    """The stored case (with repayments and calls) as the engine's `casefile.Case`.

    Without `with_calls` the record has no calls: for assess(log=...), which reads the log's
    cached summary instead (calls.listing.log_summary)."""
    finances = None
    if case.has_finances or case.hardship:
        finances = casefile.Finances(
            **{key: getattr(case, key) for key in FINANCES}, hardship=tuple(case.hardship)
        )
    return casefile.Case(
        lender=casefile.Lender(type=case.lender_type, name=case.lender_name or None),
        first_missed_due_date=case.first_missed_due_date,
        as_of=case.as_of,
        product=case.product or None,
        principal=case.principal,
        amount_demanded=case.amount_demanded,
        loan=casefile.Loan(
            amount_received=case.amount_received,
            repayments=tuple(casefile.Repayment(r.due, r.amount) for r in case.repayments.all()),
        ),
        facts=casefile.Facts(**{fact: getattr(case, fact) for fact in FACTS}),
        finances=finances,
        calls=tuple(call_record(call) for call in case.calls.all()) if with_calls else (),
        court=tuple(
            casefile.CourtPaper(p.kind, p.served_on, p.court or None, p.case_number or None)
            for p in case.court_documents.all()
        ),
    )


def call_record(call):
    return casefile.Call(
        at=timezone.localtime(call.at),
        channel=call.channel,
        duration_minutes=call.duration_minutes,
        answered=call.answered,
        conduct=tuple(call.conduct),
        **{key: getattr(call, key) or None for key in CALL_TEXT},
    )


def case_to_file(case):
    """The case as an `anxin.case/1` dict."""
    return casefile.to_dict(to_record(case))


def assess_case(case, as_of=None):
    """The assessment of a stored case, as the `anxin.assessment/1` dict."""
    return assessment_to_dict(assess(to_record(case), as_of=as_of))


@transaction.atomic
def import_case(data, owner, deleted_calls=()):
    """Create a case with its calls from an `anxin.case/1` dict; all or nothing.

    `deleted_calls` ((position, casefile.Call, deleted_at), from a data export's
    restore.json) are put back among the calls at their places, still deleted.
    Raises casefile.CaseFileError (nothing is stored) when the file is not valid.
    """
    record = casefile.parse(data)
    finances = record.finances or casefile.Finances()
    case = Case(
        lender_name=record.lender.name or "",
        lender_type=record.lender.type,
        product=record.product or "",
        principal=record.principal,
        amount_demanded=record.amount_demanded,
        first_missed_due_date=record.first_missed_due_date,
        as_of=record.as_of,
        amount_received=record.loan.amount_received,
        hardship=list(finances.hardship),
        **record.facts.as_dict(),
        **{key: getattr(finances, key) for key in FINANCES},
    )
    owner(case)
    case.save()
    Repayment.objects.bulk_create(
        Repayment(case=case, due=r.due, amount=r.amount) for r in record.loan.repayments
    )
    rows = in_entry_order(
        [call_row(case, call) for call in record.calls],
        [(at, _deleted_row(case, call, when)) for at, call, when in deleted_calls],
    )
    Call.all_objects.bulk_create(rows)
    CourtPaper.objects.bulk_create(
        CourtPaper(
            case=case,
            kind=p.kind,
            served_on=p.served_on,
            court=p.court or "",
            case_number=p.case_number or "",
        )
        for p in record.court
    )
    calls_changed(case.pk)  # bulk_create sends no post_save
    return case


def in_entry_order(logged, deleted):
    """The `logged` calls (or what goes with them) with each of `deleted` ((position, item))
    put back at its place."""
    merged = list(logged)
    for position, item in sorted(deleted, key=lambda pair: pair[0]):
        merged.insert(position, item)
    return merged


def _deleted_row(case, call, deleted_at):
    row = call_row(case, call)
    row.deleted_at = deleted_at
    return row


def call_row(case, call):
    return Call(
        case=case,
        at=call.at,
        channel=call.channel,
        duration_minutes=call.duration_minutes,
        answered=call.answered,
        conduct=list(call.conduct),
        **{key: getattr(call, key) or "" for key in CALL_TEXT},
    )


@transaction.atomic
def create_case(data, owner):
    """Store a case from the wizard's merged answers; `owner(case)` sets who owns it."""
    case = Case(**_wizard_fields(data))
    owner(case)
    case.save()
    _add_schedule(case, data)
    return case


@transaction.atomic
def complete_case(case, data):
    """The wizard's answers for a case started from a call: its details are known now."""
    for key, value in _wizard_fields(data).items():
        setattr(case, key, value)
    case.details_pending = False
    case.save()
    case.repayments.all().delete()
    _add_schedule(case, data)
    return case


def _wizard_fields(data):
    return {
        "lender_name": data.get("lender_name", ""),
        "lender_type": data["lender_type"],
        "product": data.get("product", ""),
        "principal": data.get("principal"),
        "amount_demanded": data.get("amount_demanded"),
        "first_missed_due_date": data["first_missed_due_date"],
        "amount_received": data.get("amount_received"),
        "hardship": list(data.get("hardship") or []),
        **{key: data.get(key) for key in FACTS + FINANCES},
    }


def _add_schedule(case, data):
    if data.get("instalments"):
        schedule = monthly_schedule(
            data["first_instalment_due"], data["instalments"], data["instalment"]
        )
        Repayment.objects.bulk_create(Repayment(case=case, due=d, amount=a) for d, a in schedule)
