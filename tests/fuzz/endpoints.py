"""Every form a visitor can post, in one table: adding a form to the fuzzing is one line.

An Endpoint names the URL (built from the `world`: a case, a call and a letter owned by the
test client), the form class whose fields are fuzzed (field kinds are read from the form,
so a new field is fuzzed without touching this file), fixed values every post carries,
and the method. `fields_of(form_class)` maps each form field to a kind known by
hostile.value_for.
"""

from dataclasses import dataclass, field

from django import forms
from django.urls import reverse

from assistant.accounts.forms import LogInForm, SignUpForm
from assistant.calls.forms import CallForm, FilterForm
from assistant.cases import wizard
from assistant.letters import forms as letter_forms
from assistant.letters.kinds import KINDS


@dataclass
class Endpoint:
    name: str
    url: object  # world -> URL
    form: type[forms.Form] | None = None
    extra: dict = field(default_factory=dict)
    method: str = "post"
    only: tuple = ()  # limit the fuzzed fields to these (the others are not on the page)
    shown: object = None  # typed value -> how the page shows it back; None: not shown
    fresh_client: bool = False  # a new anonymous visitor per example (sign-up logs in)
    reset: object = None  # world -> None, run after each example
    examples: int = 100

    def fields(self):
        found = fields_of(self.form) if self.form else {}
        return {name: kind for name, kind in found.items() if not self.only or name in self.only}


def keep_as_typed(value):
    return value


def fields_of(form_class):
    """{name: (kind, choices, shown_back)} for each field of `form_class`."""
    result = {}
    for name, form_field in form_class.base_fields.items():
        result[name] = _kind(form_field)
    return result


def _kind(form_field):
    choices = tuple(
        str(value) for value, _label in getattr(form_field, "choices", ()) if value != ""
    )
    widget = form_field.widget
    shown = getattr(widget, "input_type", "") != "password"
    if isinstance(form_field, forms.FileField):
        return ("file", (), False)
    if isinstance(form_field, forms.MultipleChoiceField):
        return ("multi", choices, shown)
    if isinstance(form_field, forms.ChoiceField):
        return ("choice", choices, shown)
    if isinstance(form_field, forms.DecimalField):
        return ("money", (), shown)
    if isinstance(form_field, forms.IntegerField):
        return ("int", (), shown)
    if isinstance(form_field, forms.DateTimeField):
        return ("datetime", (), shown)
    if isinstance(form_field, forms.DateField):
        return ("date", (), shown)
    return ("text", (), shown)


class RightsSearch(forms.Form):
    """The rights search box (the view reads request.GET["q"] itself)."""

    q = forms.CharField(required=False)


def _unsend(world):
    world.letter.versions.update(sent_on=None, sent_channel="", sent_reference="")


def _wizard(step, examples=150):
    return Endpoint(
        f"wizard {step}",
        lambda w: reverse("cases:new"),
        wizard.FORMS[step],
        extra={"step": step},
        shown=keep_as_typed,
        examples=examples,
    )


def _letter(kind):
    return Endpoint(
        f"new letter {kind}",
        lambda w: reverse("letters:new", args=[w.case.pk, kind]),
        letter_forms.letter_form(kind),
        shown=keep_as_typed,
        examples=60,
    )


ENDPOINTS = [
    *(_wizard(step) for step in wizard.STEP_NAMES if step != "review"),
    Endpoint(
        "new call",
        lambda w: reverse("calls:new", args=[w.case.pk]),
        CallForm,
        shown=keep_as_typed,
        examples=200,
    ),
    Endpoint(
        "edit call",
        lambda w: reverse("calls:edit", args=[w.case.pk, w.call.pk]),
        CallForm,
        shown=keep_as_typed,
        examples=150,
    ),
    Endpoint(
        "call list filters",
        lambda w: reverse("calls:list", args=[w.case.pk]),
        FilterForm,
        method="get",
        shown=keep_as_typed,
        examples=100,
    ),
    Endpoint(
        "call suggestions",
        lambda w: reverse("calls:suggest", args=[w.case.pk]),
        CallForm,
        method="get",
        only=("summary", "conduct"),
        extra={"tick": "1"},
        examples=100,
    ),
    Endpoint(
        "lender type hint",
        lambda w: reverse("cases:lender_type_hint"),
        wizard.FORMS["lender"],
        method="get",
        only=("lender_name",),
        examples=100,
    ),
    *(_letter(kind) for kind in KINDS),
    Endpoint(
        "edit letter",
        lambda w: reverse("letters:edit", args=[w.letter.pk]),
        letter_forms.EditForm,
        extra={"from_version": "1"},
        shown=keep_as_typed,
        examples=80,
    ),
    Endpoint(
        "preview letter",
        lambda w: reverse("letters:preview", args=[w.letter.pk]),
        letter_forms.EditForm,
        extra={"from_version": "1"},
        shown=keep_as_typed,
        examples=60,
    ),
    Endpoint(
        "mark letter sent",
        lambda w: reverse("letters:mark_sent", args=[w.letter.pk]),
        letter_forms.SentForm,
        extra={"version": "1"},
        shown=keep_as_typed,
        reset=_unsend,
        examples=80,
    ),
    Endpoint(
        "sign up",
        lambda w: reverse("account:sign_up"),
        SignUpForm,
        shown=keep_as_typed,
        fresh_client=True,
        examples=100,
    ),
    Endpoint(
        "log in",
        lambda w: reverse("account:log_in"),
        LogInForm,
        shown=keep_as_typed,
        fresh_client=True,
        examples=100,
    ),
    Endpoint(
        "rights search",
        lambda w: reverse("rights:index"),
        RightsSearch,
        method="get",
        shown=lambda value: value.strip()[:100],  # the view keeps the first 100 characters
        examples=100,
    ),
]
