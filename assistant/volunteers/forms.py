from django import forms
from django.utils.translation import gettext_lazy as _

from assistant.volunteers.patterns import rules


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_(
            "The 6 digits your authenticator app shows now, or one of your recovery codes."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off"}),
        error_messages={"required": _("Enter the code.")},
    )


class FirstCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=20,
        help_text=_("The 6 digits the app shows for Anxin."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": _("Enter the code.")},
    )


class PeriodForm(forms.Form):
    days = forms.TypedChoiceField(label=_("Period"), coerce=int, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"].choices = [
            (days, _("Last %(days)d days") % {"days": days}) for days in rules().periods_days
        ]

    def period(self):
        """The chosen number of days; the default period when none or a wrong one is given."""
        if self.is_valid() and self.cleaned_data["days"]:
            return self.cleaned_data["days"]
        return rules().default_period
