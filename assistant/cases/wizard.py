"""The intake wizard's steps and what the borrower typed so far (kept in the session).

Raw typed values are stored, not cleaned ones, so "back" and errors always show exactly what the
person typed. Cleaning happens again when the case is created.
"""

import calendar
import datetime
from decimal import Decimal

from django import forms as django_forms

from assistant.cases import forms

STEPS = (
    ("lender", forms.LenderForm),
    ("money", forms.MoneyForm),
    ("events", forms.EventsForm),
    ("finances", forms.FinancesForm),
    ("loan", forms.LoanForm),
    ("review", forms.ReviewForm),
)
STEP_NAMES = [name for name, _form in STEPS]
FORMS = dict(STEPS)
SESSION_KEY = "case_wizard"
# The case started from a quick call that this run of the wizard completes (calls/quick.py).
FOR_CASE_KEY = "case_wizard_for"


def step_name(value):
    return value if value in FORMS else STEP_NAMES[0]


def neighbour(step, offset):
    index = STEP_NAMES.index(step) + offset
    return STEP_NAMES[min(max(index, 0), len(STEP_NAMES) - 1)]


def answers(session):
    return session.get(SESSION_KEY, {})


def remember(session, step, querydict):
    """Keep what was typed on `step` (lists for multi-value fields)."""
    form_class = FORMS[step]
    stored = answers(session)
    stored[step] = {
        name: querydict.getlist(name) if _is_multiple(form_class, name) else querydict.get(name, "")
        for name in form_class.base_fields
    }
    session[SESSION_KEY] = stored
    session.modified = True


def forget(session):
    session.pop(SESSION_KEY, None)
    session.pop(FOR_CASE_KEY, None)


def start_for(session, case):
    """Begin the wizard for `case` (started from a call): the lender's name is filled in, the
    type left for the borrower to choose (or for the name to suggest)."""
    session[SESSION_KEY] = {"lender": {"lender_name": case.lender_name, "lender_type": ""}}
    session[FOR_CASE_KEY] = case.pk


def completing(session):
    """The pk of the case this wizard run completes, or None when it makes a new one."""
    return session.get(FOR_CASE_KEY)


def bound_form(session, step):
    """The form for `step` filled with what was typed before, or an empty one."""
    form_class = FORMS[step]
    typed = answers(session).get(step)
    return form_class(data=typed) if typed else form_class()


def first_incomplete(session):
    """The first required step that is not valid yet, or None when all are."""
    for step, form_class in STEPS:
        if getattr(form_class, "optional", False) or step == "review":
            continue
        typed = answers(session).get(step)
        if not typed or not form_class(data=typed).is_valid():
            return step
    return None


def cleaned(session):
    """All steps' cleaned data merged (call only when first_incomplete() is None)."""
    merged = {}
    for step, form_class in STEPS:
        typed = answers(session).get(step)
        if typed:
            form = form_class(data=typed)
            if form.is_valid():
                merged.update(form.cleaned_data)
    return merged


def review(session):
    """Every step with each of its questions and the answer given, for the review screen.

    Choices show the label of what was picked ("Not sure" stays "Not sure"); the lender type
    left to the name shows the type guessed from it. `value` is None when nothing was given.
    """
    typed, data = answers(session), cleaned(session)
    return [
        {
            "step": step,
            "title": form_class.title,
            "rows": [
                {
                    "label": field.label,
                    "value": _answer(field, typed.get(step, {}).get(name), data.get(name)),
                }
                for name, field in form_class.base_fields.items()
            ],
        }
        for step, form_class in STEPS[:-1]
    ]


def _answer(field, raw, value):
    if isinstance(field, django_forms.ChoiceField) and raw and not isinstance(raw, list):
        return str(dict(field.choices).get(raw, raw))
    if isinstance(field, django_forms.MultipleChoiceField):
        labels = dict(field.choices)
        return " · ".join(str(labels.get(code, code)) for code in value or []) or None
    if isinstance(field, django_forms.ChoiceField):
        return str(dict(field.choices).get(value, value)) if value else None
    if isinstance(value, Decimal):
        return f"¥{value}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value) if value not in (None, "") else None


def monthly_schedule(first_due, count, amount):
    """`count` repayments of `amount`, one a month from `first_due` (day clamped to month end)."""
    schedule = []
    for n in range(count):
        month_index = first_due.month - 1 + n
        year, month = first_due.year + month_index // 12, month_index % 12 + 1
        day = min(first_due.day, calendar.monthrange(year, month)[1])
        schedule.append((datetime.date(year, month, day), amount))
    return schedule


def _is_multiple(form_class, name):
    return getattr(form_class.base_fields[name].widget, "allow_multiple_selected", False)
