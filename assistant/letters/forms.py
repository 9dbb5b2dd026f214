"""The letter forms: a short pre-filled one per kind, the paragraph editor, "mark as sent"."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from assistant.assessment.registry import default_registry
from assistant.cases.fields import FriendlyDateField, MoneyField
from assistant.cases.models import Hardship
from assistant.letters import hardship
from assistant.letters.kinds import EVIDENCE_ZH, HARDSHIP_KINDS
from assistant.letters.models import SentChannel

TEXT_MAX = 2000
LONG_MAX = 20000


def _text(label, max_length=TEXT_MAX, help_text="", required=False, rows=None):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput
    return forms.CharField(
        label=label, max_length=max_length, required=required, help_text=help_text, widget=widget
    )


def sender_fields():
    return {
        "sender_name": _text(
            _("Your name"),
            100,
            _("Optional. Left empty, the letter shows a blank line to fill in by hand."),
        ),
        "sender_id_number": _text(_("ID card number"), 100, _("Optional.")),
        "sender_phone": _text(_("Phone number for the reply"), 100, _("Optional.")),
        "sender_address": _text(_("Postal address"), 200, _("Optional.")),
    }


def _hardship_fields():
    return {
        "hardship": forms.MultipleChoiceField(
            label=_("What has made it hard to pay"),
            choices=Hardship.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
        ),
        "hardship_detail": _text(
            _("In a sentence or two, what happened (in Chinese if you can)"), rows=3
        ),
        "evidence": _text(
            _("Documents you will attach, one per line"),
            help_text=_("For example a termination letter or a hospital record."),
            rows=3,
        ),
    }


KIND_FIELDS = {
    "complaint_regulator": lambda: {
        "recipient": _text(
            _("Regulator"),
            200,
            _("Filled in from the type of lender; change it if you know the exact office."),
            required=True,
        ),
        "tried_with_lender": _text(
            _("What you already tried with the lender"),
            help_text=_(
                "For example the date of your complaint, its ticket number and the answer."
            ),
            rows=3,
        ),
    },
    "credit_objection": lambda: {
        "record": _text(_("Which record in your credit report is wrong"), required=True, rows=2),
        "reason": _text(_("Why it is wrong"), required=True, rows=3),
        "correction": _text(_("What it should say instead"), required=True, rows=2),
    },
    "hardship_instalments": lambda: {
        "plan_total": MoneyField(
            label=_("Amount to repay under the plan (yuan)"),
            required=True,
            min_value=Decimal("0.01"),
        ),
        "monthly": MoneyField(
            label=_("Monthly payment you can afford (yuan)"),
            required=True,
            min_value=Decimal("0.01"),
            help_text=_("From your budget: income minus essential costs and other debts."),
        ),
        **_hardship_fields(),
    },
    "hardship_deferral": lambda: {
        "deferral_months": forms.IntegerField(
            label=_("How many months of delay to ask for"), min_value=1, max_value=12, initial=3
        ),
        **_hardship_fields(),
    },
    "hardship_reduction": lambda: {
        "lump_sum": MoneyField(
            label=_("A one-off sum you could pay to settle (yuan)"),
            help_text=_("Optional. Leave empty if you cannot offer one."),
        ),
        **_hardship_fields(),
    },
}


class LetterForm(forms.Form):
    """Base of the per-kind forms; `letter_form(kind)` adds the fields."""

    kind = ""

    def clean_evidence(self):
        return [
            line.strip()
            for line in self.cleaned_data.get("evidence", "").splitlines()
            if line.strip()
        ]

    def clean(self):
        data = super().clean()
        if self.kind == "hardship_instalments" and data.get("plan_total") and data.get("monthly"):
            longest = default_registry().value("card_instalment_max_months")
            schedule = hardship.instalment_schedule(data["plan_total"], data["monthly"], longest)
            if not schedule.fits:
                self.add_error(
                    "monthly",
                    _(
                        "At %(monthly)s yuan a month, %(total)s yuan would take %(months)s "
                        "months, longer than the longest plan lenders agree to (%(max)s "
                        "months). %(needed)s yuan a month would repay it in %(max)s months; "
                        "if that is too much, a letter asking for more time or for a "
                        "reduction may fit better."
                    )
                    % {
                        "monthly": schedule.monthly,
                        "total": schedule.total,
                        "months": schedule.months,
                        "max": longest,
                        "needed": schedule.needed_monthly,
                    },
                )
            else:
                data["schedule"] = schedule
        return data


def letter_form(kind):
    """The new-letter form class for `kind`: sender fields, then the kind's own fields."""
    fields = {**sender_fields(), **KIND_FIELDS.get(kind, dict)()}
    return type(f"{kind.title().replace('_', '')}Form", (LetterForm,), {"kind": kind, **fields})


def initial_for(kind, case, assessment):
    """Pre-fill from the case and its assessment."""
    initial = {}
    if kind in HARDSHIP_KINDS:
        initial["hardship"] = list(case.hardship)
        initial["evidence"] = ""
    if kind == "hardship_instalments":
        initial["plan_total"] = case.principal or case.owed
        plan = assessment.get("proposed_plan")
        initial["monthly"] = (plan and plan["monthly"]) or assessment.get("affordable_monthly")
    return initial


def split_paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class EditForm(forms.Form):
    """Every paragraph of the letter. Lists: one item per paragraph (blank line between)."""

    recipient = _text(_("Recipient (one line each)"), TEXT_MAX, required=True, rows=2)
    subject = _text(_("Subject"), 200, required=True)
    salutation = _text(_("Salutation"), 200, required=True)
    intro = _text(_("Opening paragraph"), required=True, rows=3)
    facts = _text(
        _("Facts, numbered in the letter"),
        LONG_MAX,
        _("Leave an empty line between two facts."),
        required=True,
        rows=10,
    )
    requests = _text(
        _("Requests, numbered in the letter"),
        LONG_MAX,
        _("Leave an empty line between two requests."),
        required=True,
        rows=6,
    )
    closing = _text(_("Closing paragraph"), rows=3)
    attachments = _text(_("Attachments, one per line"), rows=4)
    sender_name = sender_fields()["sender_name"]
    sender_id_number = sender_fields()["sender_id_number"]
    sender_phone = sender_fields()["sender_phone"]
    sender_address = sender_fields()["sender_address"]

    @classmethod
    def initial_from(cls, content):
        sender = content.get("sender", {})
        return {
            "recipient": "\n".join(content["recipient"]),
            "subject": content["subject"],
            "salutation": content["salutation"],
            "intro": content["intro"],
            "facts": "\n\n".join(content["facts"]),
            "requests": "\n\n".join(content["requests"]),
            "closing": content.get("closing", ""),
            "attachments": "\n".join(content.get("attachments", [])),
            **{f"sender_{key}": value for key, value in sender.items()},
        }

    def content(self, base):
        """`base` (a version's content) with this form's paragraphs."""
        data = self.cleaned_data
        return {
            **base,
            "recipient": split_lines(data["recipient"]),
            "subject": data["subject"].strip(),
            "salutation": data["salutation"].strip(),
            "intro": data["intro"].strip(),
            "facts": split_paragraphs(data["facts"]),
            "requests": split_paragraphs(data["requests"]),
            "closing": data["closing"].strip(),
            "attachments": split_lines(data["attachments"]),
            "sender": {
                key: data[f"sender_{key}"].strip()
                for key in ("name", "id_number", "phone", "address")
            },
        }


class SentForm(forms.Form):
    sent_on = FriendlyDateField(label=_("Date you sent it"))
    sent_channel = forms.ChoiceField(
        label=_("How you sent it"), choices=SentChannel.choices, widget=forms.RadioSelect
    )
    sent_reference = _text(
        _("Reference or ticket number"), 100, _("Optional. The number you were given, if any.")
    )


assert set(EVIDENCE_ZH) == set(Hardship.values)
