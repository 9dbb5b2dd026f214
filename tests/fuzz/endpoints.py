"""Every form a visitor can post, in one table: adding a form to the fuzzing is one line.

An Endpoint names the URL (built from the `world`: a case, a call and a letter owned by the
test client), the form class whose fields are fuzzed (field kinds are read from the form,
so a new field is fuzzed without touching this file), fixed values every post carries,
the method, and who posts (the case's owner unless `client` makes another visitor: a
volunteer, an account holder). `fields_of(form_class)` maps each form field to a kind known
by hostile.value_for; files are posted too. test_coverage.py fails when a form a view uses
has no line here.
"""

from dataclasses import dataclass, field

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordChangeForm
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assistant.accounts.forms import LogInForm, SignUpForm
from assistant.accounts.models import CountedAction
from assistant.calls.forms import (
    CallForm,
    EvidenceForm,
    FilterForm,
    QuickCallForm,
    ScreenshotForm,
)
from assistant.cases import wizard
from assistant.followup.forms import PaymentOrderForm, ReminderForm, SentItemForm
from assistant.help.forms import AprCheckForm
from assistant.letters import forms as letter_forms
from assistant.letters.kinds import HARDSHIP_KINDS, KINDS
from assistant.sharing import codes, workspace
from assistant.sharing.forms import ClaimForm, NoteForm
from assistant.sharing.models import FailedShareCode
from assistant.volunteers.forms import CodeForm, FirstCodeForm, PeriodForm
from tests.volunteers.helpers import app_device, make_volunteer, verified_volunteer_client


@dataclass
class Endpoint:
    name: str
    url: object  # world -> URL
    form: type[forms.Form] | None = None
    extra: dict = field(default_factory=dict)
    method: str = "post"
    client: object = None  # world -> the Client that posts; None: the case's owner
    headers: dict = field(default_factory=dict)
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
    try:  # an instance has the choices its __init__ sets (PeriodForm's periods)
        found = form_class().fields
    except TypeError:  # a form that needs an argument (PasswordChangeForm's user)
        found = form_class.base_fields
    return {name: _kind(form_field) for name, form_field in found.items()}


def _kind(form_field):
    choices = tuple(
        str(value) for value, _label in getattr(form_field, "choices", ()) if value != ""
    )
    widget = form_field.widget
    shown = getattr(widget, "input_type", "") != "password"
    if isinstance(form_field, forms.FileField):
        return ("file", (), False)
    if isinstance(form_field, forms.BooleanField):
        return ("bool", (), False)  # a tick-box shows no typed value
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


class LetterAfter(forms.Form):
    """`?after=<item>` on a new letter: the follow-up tracker's escalation link."""

    after = forms.CharField(required=False)


class DashboardFilter(forms.Form):
    """The volunteer dashboard's filter (the view reads request.GET itself)."""

    stage = forms.ChoiceField(choices=workspace.stage_choices, required=False)
    lender = forms.CharField(required=False)


def _unsend(world):
    world.letter.versions.update(sent_on=None, sent_channel="", sent_reference="")


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def _member(world):
    """A visitor with an account (reminders and the password need one)."""
    user = get_user_model().objects.create_user("mei", "mei@example.com", "quiet-river-42")
    return _signed_in(user)


def _volunteer(world):
    """A volunteer whose session passed the second factor."""
    return verified_volunteer_client(Client(), make_volunteer("vera"))


def _volunteer_on_case(world):
    """A verified volunteer the case's owner shared the case with."""
    user = make_volunteer("vera")
    code, _share_code = codes.create_code(world.case)
    codes.claim(code, user)
    return verified_volunteer_client(Client(), user)


def _enrolling(world):
    """A volunteer signed in with the password, with no authenticator app yet."""
    return _signed_in(make_volunteer("nina"))


def _verifying(world):
    """A volunteer signed in with the password whose app is set up: the code page."""
    user = make_volunteer("zhou")
    app_device(user)
    return _signed_in(user)


def _unthrottle(world):
    """Forget wrong codes, so each example reaches the code check, not the "wait" message."""
    FailedShareCode.objects.all().delete()
    TOTPDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)


def _forget_sign_ups(world):
    """Every example comes from 127.0.0.1: forget the sign-up tries (accounts/rates.py), so
    each one reaches the form, not the hourly limit."""
    CountedAction.objects.all().delete()


def _wizard(step, examples=90):
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
        examples=30,
    )


def _budget_plan(kind, htmx, examples=30):
    """The hardship letter's "Work out the plan": the budget partial (htmx, as you type) or
    the whole page with the plan (the button without JavaScript). Nothing is saved."""
    return Endpoint(
        f"budget plan {kind}" + (" htmx" if htmx else ""),
        lambda w: reverse("letters:new", args=[w.case.pk, kind]),
        letter_forms.letter_form(kind),
        extra={"calculate": "1"},
        headers={"HX-Request": "true"} if htmx else {},
        shown=None if htmx else keep_as_typed,  # the partial holds the plan, not the fields
        examples=examples,
    )


ENDPOINTS = [
    *(_wizard(step) for step in wizard.STEP_NAMES if step != "review"),
    Endpoint(
        "new call",
        lambda w: reverse("calls:new", args=[w.case.pk]),
        CallForm,
        shown=keep_as_typed,
        examples=60,
    ),
    Endpoint(
        "quick call",
        lambda w: reverse("calls:quick"),
        QuickCallForm,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "edit call",
        lambda w: reverse("calls:edit", args=[w.case.pk, w.call.pk]),
        CallForm,
        shown=keep_as_typed,
        examples=50,
    ),
    Endpoint(
        "call list filters",
        lambda w: reverse("calls:list", args=[w.case.pk]),
        FilterForm,
        method="get",
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "call suggestions",
        lambda w: reverse("calls:suggest", args=[w.case.pk]),
        CallForm,
        method="get",
        only=("summary", "conduct"),
        extra={"tick": "1"},
        examples=40,
    ),
    Endpoint(
        "lender type hint",
        lambda w: reverse("cases:lender_type_hint"),
        wizard.FORMS["lender"],
        method="get",
        only=("lender_name",),
        examples=60,
    ),
    *(_letter(kind) for kind in KINDS),
    Endpoint(
        "edit letter",
        lambda w: reverse("letters:edit", args=[w.letter.pk]),
        letter_forms.EditForm,
        extra={"from_version": "1"},
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "preview letter",
        lambda w: reverse("letters:preview", args=[w.letter.pk]),
        letter_forms.EditForm,
        extra={"from_version": "1"},
        shown=keep_as_typed,
        examples=30,
    ),
    Endpoint(
        "mark letter sent",
        lambda w: reverse("letters:mark_sent", args=[w.letter.pk]),
        letter_forms.SentForm,
        extra={"version": "1"},
        shown=keep_as_typed,
        reset=_unsend,
        examples=50,
    ),
    *(_budget_plan(kind, htmx=True) for kind in sorted(HARDSHIP_KINDS)),
    _budget_plan("hardship_instalments", htmx=False),
    Endpoint(
        "letter after a complaint",
        lambda w: reverse("letters:new", args=[w.case.pk, "complaint_regulator"]),
        LetterAfter,
        method="get",
        examples=30,
    ),
    Endpoint(
        "attach files to a call",
        lambda w: reverse("calls:attach", args=[w.case.pk, w.call.pk]),
        EvidenceForm,
        examples=40,
    ),
    Endpoint(
        "calls from a screenshot",
        lambda w: reverse("calls:from_screenshot", args=[w.case.pk]),
        ScreenshotForm,
        examples=20,  # a file that is a real image is read by OCR: seconds each
    ),
    Endpoint(
        "new sent item",
        lambda w: reverse("followup:new", args=[w.case.pk]),
        SentItemForm,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "sent item answer",
        lambda w: reverse("followup:edit", args=[w.case.pk, w.item.pk]),
        SentItemForm,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "payment order date",
        lambda w: reverse("followup:payment_order", args=[w.case.pk]),
        PaymentOrderForm,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "deadline reminders",
        lambda w: reverse("followup:reminders"),
        ReminderForm,
        client=_member,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(  # no form on the owner's page (a hand-made post): only "never a 500"
        "borrower's note",
        lambda w: reverse("sharing:add_note", args=[w.case.pk]),
        NoteForm,
        examples=20,
    ),
    Endpoint(
        "volunteer's note",
        lambda w: reverse("sharing:add_note", args=[w.case.pk]),
        NoteForm,
        client=_volunteer_on_case,
        shown=keep_as_typed,
        examples=20,
    ),
    Endpoint(
        "share code entry",
        lambda w: reverse("volunteer:dashboard"),
        ClaimForm,
        client=_volunteer,
        shown=keep_as_typed,
        reset=_unthrottle,
        examples=40,
    ),
    Endpoint(
        "volunteer dashboard filter",
        lambda w: reverse("volunteer:dashboard"),
        DashboardFilter,
        method="get",
        client=_volunteer_on_case,
        shown=keep_as_typed,
        examples=40,
    ),
    Endpoint(
        "lender patterns period",
        lambda w: reverse("volunteer:patterns"),
        PeriodForm,
        method="get",
        client=_volunteer,
        shown=keep_as_typed,
        examples=30,
    ),
    Endpoint(
        "second factor enrol",
        lambda w: reverse("volunteer:enrol"),
        FirstCodeForm,
        client=_enrolling,
        shown=keep_as_typed,
        examples=20,
    ),
    Endpoint(
        "second factor code",
        lambda w: reverse("volunteer:verify"),
        CodeForm,
        client=_verifying,
        shown=keep_as_typed,
        reset=_unthrottle,
        examples=30,
    ),
    Endpoint(
        "APR check",
        lambda w: reverse("help:apr_check"),
        AprCheckForm,
        method="get",
        shown=keep_as_typed,
        examples=60,
    ),
    Endpoint(
        "change password",
        lambda w: reverse("account:change_password"),
        PasswordChangeForm,
        client=_member,
        examples=30,
    ),
    Endpoint(
        "sign up",
        lambda w: reverse("account:sign_up"),
        SignUpForm,
        shown=keep_as_typed,
        fresh_client=True,
        examples=60,
        reset=_forget_sign_ups,
    ),
    Endpoint(
        "log in",
        lambda w: reverse("account:log_in"),
        LogInForm,
        shown=keep_as_typed,
        fresh_client=True,
        examples=60,
    ),
    Endpoint(
        "rights search",
        lambda w: reverse("rights:index"),
        RightsSearch,
        method="get",
        shown=lambda value: value.strip()[:100],  # the view keeps the first 100 characters
        examples=60,
    ),
]
