"""The intake wizard: one short form per screen."""

import datetime

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from assistant.assessment.assess import today_in_shanghai
from assistant.cases.fields import FactField, FriendlyDateField, MoneyField
from assistant.cases.lenders import KNOWN_LENDERS, guess_lender_type
from assistant.cases.models import Hardship, LenderType
from assistant.core.textfields import LineField

NOT_SURE = ""
LENDER_TYPE_CHOICES = [(NOT_SURE, _("Not sure — guess from the name")), *LenderType.choices]


class LenderForm(forms.Form):
    title = _("Who is the debt with?")
    lender_name = LineField(
        label=_("Name of the lender or app"),
        max_length=100,
        help_text=_("For example 信用飞, 花呗 or the bank's name. Pick from the list or type it."),
        widget=forms.TextInput(
            attrs={
                "list": "known-lenders",
                "autocomplete": "off",
                # With htmx, the type below is preselected from the name as it is typed.
                "hx-get": reverse_lazy("cases:lender_type_hint"),
                "hx-trigger": "change, keyup changed delay:400ms",
                "hx-target": "#lender-type",
                "hx-swap": "outerHTML",
                # The type shown now and whether it was a hint: a choice is never overwritten.
                "hx-include": "#lender-type input",
            }
        ),
    )
    lender_type = forms.ChoiceField(
        label=_("What kind of lender is it?"),
        choices=LENDER_TYPE_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    product = LineField(label=_("Product name (optional)"), max_length=100, required=False)

    known_lenders = list(KNOWN_LENDERS)

    def clean(self):
        data = super().clean()
        if not data.get("lender_type"):
            data["lender_type"] = guess_lender_type(data.get("lender_name")) or LenderType.OTHER
        return data


class MoneyForm(forms.Form):
    title = _("How much, and since when?")
    principal = MoneyField(
        label=_("How much did you borrow (principal)?"),
        help_text=_("In yuan. Leave empty if you are not sure."),
    )
    amount_demanded = MoneyField(
        label=_("How much are they asking you to pay now?"),
        help_text=_("The total they demand, including interest and fees."),
    )
    first_missed_due_date = FriendlyDateField(
        label=_("When was the first payment you missed?"),
        help_text=_("The due date of the first missed payment. An estimate is fine."),
    )

    def clean_first_missed_due_date(self):
        due = self.cleaned_data["first_missed_due_date"]
        latest = today_in_shanghai() + datetime.timedelta(days=366)
        if due < datetime.date(1990, 1, 1) or due > latest:
            raise forms.ValidationError(_("Please check the date: it looks too far away."))
        return due


class EventsForm(forms.Form):
    title = _("What has happened so far?")
    third_party_collector = FactField(
        label=_("Has a collection company (not the lender itself) contacted you?")
    )
    contacts_reached = FactField(
        label=_("Have they contacted your family, employer or people in your phone book?")
    )
    credit_reported = FactField(label=_("Has the debt appeared on your credit report (征信)?"))
    court_papers = FactField(
        label=_("Have you received papers from a court (a summons, a payment order)?")
    )


class FinancesForm(forms.Form):
    title = _("Your budget (optional)")
    optional = True
    monthly_income = MoneyField(label=_("Money coming in each month"))
    essential_costs = MoneyField(
        label=_("Essential costs each month"),
        help_text=_("Rent, food, transport, medicine, children."),
    )
    other_debt_payments = MoneyField(label=_("Payments on other debts each month"))
    hardship = forms.MultipleChoiceField(
        label=_("What made it hard to pay?"),
        choices=Hardship.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        data = super().clean()
        amounts = [data.get(k) for k in ("essential_costs", "other_debt_payments")]
        if data.get("monthly_income") is None and any(a is not None for a in amounts):
            self.add_error("monthly_income", _("Please enter your monthly income too."))
        return data


class LoanForm(forms.Form):
    title = _("The loan's repayment plan (optional)")
    optional = True
    amount_received = MoneyField(
        label=_("How much money did you actually receive?"),
        help_text=_("After any fees taken at the start."),
    )
    instalment = MoneyField(label=_("How much was each monthly repayment?"))
    instalments = forms.IntegerField(
        label=_("How many monthly repayments?"), min_value=1, max_value=120, required=False
    )
    first_instalment_due = FriendlyDateField(
        label=_("When was the first repayment due?"), required=False
    )

    def clean(self):
        data = super().clean()
        names = ("amount_received", "instalment", "instalments", "first_instalment_due")
        given = [n for n in names if data.get(n) is not None]
        if given and len(given) < len(names) and not self.errors:
            for name in names:
                if data.get(name) is None:
                    self.add_error(name, _("Please fill this in too, or leave all four empty."))
        return data


class ReviewForm(forms.Form):
    title = _("Check and see your situation")
