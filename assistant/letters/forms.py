"""The letter forms: a short pre-filled one per kind, the paragraph editor, "mark as sent"."""

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from assistant.assessment.deadlines import today_in_shanghai
from assistant.assessment.registry import default_registry
from assistant.cases.fields import FriendlyDateField, MoneyField
from assistant.cases.models import Hardship
from assistant.core.textfields import text_field
from assistant.letters import budget
from assistant.letters.kinds import EVIDENCE_ZH, HARDSHIP_KINDS
from assistant.letters.models import SentChannel

TEXT_MAX = 2000
CENT = Decimal("0.01")
LONG_MAX = 20000


def _text(label, max_length=TEXT_MAX, help_text="", required=False, rows=None):
    return text_field(
        rows, label=label, max_length=max_length, required=required, help_text=help_text
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


COST_LABELS = {
    "housing": _("Housing (rent or mortgage)"),
    "food": _("Food"),
    "transport": _("Transport"),
    "children": _("Children and education"),
    "medical": _("Medical costs"),
    "utilities": _("Water, electricity, gas, phone"),
    "other": _("Other essential costs"),
}
assert tuple(COST_LABELS) == budget.CATEGORIES


def budget_fields():
    """Monthly income, essential costs by category, other debts (all optional)."""
    return {
        "income": MoneyField(label=_("Monthly income after tax (yuan)")),
        **{f"cost_{key}": MoneyField(label=label) for key, label in COST_LABELS.items()},
        "other_debts": MoneyField(
            label=_("Payments on other debts each month (yuan)"),
            help_text=_("Other loans and cards you keep paying."),
        ),
    }


def budget_from(data) -> budget.Budget | None:
    """The budget in cleaned or initial form data; None without an income."""
    if data.get("income") is None:
        return None

    def yuan(name):
        return (data.get(name) or Decimal(0)).quantize(CENT)

    costs = {key: yuan(f"cost_{key}") for key in budget.CATEGORIES}
    return budget.Budget(yuan("income"), costs, yuan("other_debts"))


def _hardship_fields():
    return {
        **budget_fields(),
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
        "report_number": _text(
            _("Credit report number"),
            60,
            _("Printed at the top of the report. Optional, but it helps them find the record."),
        ),
        "account_id": _text(
            _("Account identifier of the record"),
            60,
            _("As the report shows it for this account (账户标识 or 账户编号). Optional."),
        ),
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
            min_value=Decimal("0.01"),
            help_text=_("Leave it empty to offer what your budget leaves each month."),
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
        if self.kind == "hardship_instalments" and not self.has_error("plan_total"):
            check = self._checked = self.plan_check()
            if check.verdict in (budget.FITS, budget.OVER_BUDGET):
                data["schedule"] = check.schedule
            elif not self.has_error("monthly"):
                self.add_error("monthly", PLAN_ERRORS[check.verdict])
        if self.kind in HARDSHIP_KINDS:
            data["budget"] = budget_from(data)
        return data

    def _values(self):
        """What was typed (cleaned, so far as it is valid), or the pre-filled values."""
        if self.is_bound:
            return getattr(self, "cleaned_data", {})
        return {**{name: f.initial for name, f in self.fields.items()}, **self.initial}

    def monthly_budget(self) -> "budget.Budget | None":
        return budget_from(self._values()) if self.kind in HARDSHIP_KINDS else None

    def plan_check(self) -> budget.PlanCheck | None:
        """The plan as typed; once the form is cleaned, the check `clean()` made (its error
        takes "monthly" out of cleaned_data)."""
        if self.kind != "hardship_instalments":
            return None
        if hasattr(self, "_checked"):
            return self._checked
        values = self._values()
        registry = default_registry()
        return budget.check_plan(
            values.get("plan_total"),
            values.get("monthly"),
            self.monthly_budget(),
            registry.value("card_instalment_max_months"),
            registry.value("plan_offer_share"),
        )

    def bound_fields(self, group):
        """The form's fields in one group of the page: "sender", "budget", "plan", "other"."""
        return [field for field in self if field_group(field.name) == group]


PLAN_ERRORS = {
    budget.TOO_LONG: _("At this amount the plan would be too long; see the plan below."),
    budget.NOTHING_LEFT: _("Your budget leaves nothing to pay each month; see the plan below."),
    budget.INCOMPLETE: _(
        "Enter the monthly amount you can pay, or your income and costs so we can work it out."
    ),
}


FIELD_GROUPS = ("sender", "budget", "plan", "other")


def field_group(name):
    if name.startswith("sender_"):
        return "sender"
    if name in ("income", "other_debts") or name.startswith("cost_"):
        return "budget"
    if name in ("plan_total", "monthly"):
        return "plan"
    return "other"


def letter_form(kind):
    """The new-letter form class for `kind`: sender fields, then the kind's own fields."""
    fields = {**sender_fields(), **KIND_FIELDS.get(kind, dict)()}
    return type(f"{kind.title().replace('_', '')}Form", (LetterForm,), {"kind": kind, **fields})


def last_sender(case) -> dict:
    """The sender lines of the owner's most recent letter (any of their cases): typed once,
    offered again. Only the case's own owner's letters are read, never a volunteer's view
    of someone else's."""
    from assistant.letters.models import LetterVersion

    mine = {"letter__case__user": case.user} if case.user_id else None
    if mine is None and case.owner_token:
        mine = {"letter__case__owner_token": case.owner_token, "letter__case__user": None}
    if mine is None:
        return {}
    latest = LetterVersion.objects.filter(**mine).order_by("-created_at", "-pk").first()
    sender = (latest.content.get("sender") or {}) if latest else {}
    return {f"sender_{key}": value for key, value in sender.items() if value}


def initial_for(kind, case):
    """Pre-fill from the case, and the sender lines from the owner's last letter."""
    initial = last_sender(case)
    if kind in HARDSHIP_KINDS:
        initial["hardship"] = list(case.hardship)
        initial["evidence"] = ""
        # The case keeps one total of essential costs: it goes under "other" until the
        # person splits it (the total is what counts).
        initial["income"] = case.monthly_income
        initial["cost_other"] = case.essential_costs
        initial["other_debts"] = case.other_debt_payments
    if kind == "hardship_instalments":
        initial["plan_total"] = case.principal or case.owed
        # "monthly" stays empty: the plan then follows the budget as it is typed.
    return initial


def plan_summary(form) -> dict | None:
    """What the page shows under the budget: the affordable amount, the verdict, the table.

    Built from the form as typed (or as pre-filled); `None` for kinds without a budget.
    """
    if form.kind not in HARDSHIP_KINDS:
        return None
    money = form.monthly_budget()
    check = form.plan_check()
    longest = default_registry().value("card_instalment_max_months")
    summary = {"budget": money, "check": check, "messages": [], "rows": ()}
    if check is None or check.verdict == budget.INCOMPLETE:
        return summary
    schedule = check.schedule
    values = {
        "monthly": schedule.monthly,
        "total": schedule.total,
        "months": schedule.months,
        "max": longest,
        "needed": schedule.needed_monthly,
        "affordable": check.affordable,
    }
    messages = summary["messages"]
    if check.verdict in (budget.FITS, budget.OVER_BUDGET):
        messages.append(
            _("%(monthly)s yuan a month repays %(total)s yuan in %(months)s months.") % values
        )
        if len(schedule.rows) > 1:
            last = {"last": schedule.rows[-1].amount}
            messages.append(_("The last month pays only what is left: %(last)s yuan.") % last)
        if check.affordable and schedule.monthly < check.affordable:
            margin = {"margin": check.affordable - schedule.monthly}
            messages.append(
                _(
                    "This keeps %(margin)s yuan a month of what your budget leaves for the "
                    "unexpected, so one surprise bill does not break the plan."
                )
                % margin
            )
    if check.verdict == budget.OVER_BUDGET:
        messages.append(
            _(
                "That is more than your budget leaves each month (%(affordable)s yuan). "
                "Offer it only if you are sure you can keep paying it."
            )
            % values
        )
    if check.verdict == budget.TOO_LONG:
        messages.append(
            _(
                "At %(monthly)s yuan a month, %(total)s yuan would take %(months)s "
                "months, longer than the longest plan lenders agree to (%(max)s "
                "months). %(needed)s yuan a month would repay it in %(max)s months; "
                "if that is too much, a letter asking for more time or for a "
                "reduction may fit better."
            )
            % values
        )
        if check.needed_over_budget:
            messages.append(
                _(
                    "Your budget leaves %(affordable)s yuan a month, less than that: a letter "
                    "asking for more time or for a reduction fits your situation better."
                )
                % values
            )
    if check.verdict == budget.NOTHING_LEFT:
        messages.append(
            _(
                "After essential costs and other debts, your budget leaves nothing each "
                "month, so an instalment plan cannot repay the debt now. A letter asking "
                "for more time or for a reduction fits better; or enter an amount someone "
                "can help you pay each month."
            )
        )
    summary["problem"] = check.verdict in (budget.TOO_LONG, budget.NOTHING_LEFT)
    summary["suggest_other_kinds"] = summary["problem"]
    summary["rows"] = schedule.rows if summary["problem"] is False else ()
    return summary


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
    # Marked sent most often on the day it was sent.
    sent_on = FriendlyDateField(label=_("Date you sent it"), initial=today_in_shanghai)
    sent_channel = forms.ChoiceField(
        label=_("How you sent it"), choices=SentChannel.choices, widget=forms.RadioSelect
    )
    sent_reference = _text(
        _("Reference or ticket number"), 100, _("Optional. The number you were given, if any.")
    )


assert set(EVIDENCE_ZH) == set(Hardship.values)
