from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_MONTHS = 360
# What people type around an amount: "¥10,000", "10 000元".
AMOUNT_DECORATIONS = str.maketrans("", "", ",，¥￥元 ")


class YuanField(forms.DecimalField):
    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.translate(AMOUNT_DECORATIONS)
        return super().to_python(value)


class AprCheckForm(forms.Form):
    """What a borrower can read off their loan: money received, the instalment, how many.

    Text inputs, not number inputs: whatever was typed comes back as typed with its error.
    """

    received = YuanField(
        label=_("Money you actually received (yuan)"),
        help_text=_("What reached your account, after any fees taken at the start."),
        min_value=Decimal("0.01"),
        max_digits=12,
        decimal_places=2,
        error_messages={"required": _("Enter the money you received, for example 10000.")},
    )
    instalment = YuanField(
        label=_("Each monthly payment (yuan)"),
        help_text=_("Everything you pay each month: principal, interest and every fee."),
        min_value=Decimal("0.01"),
        max_digits=12,
        decimal_places=2,
        error_messages={"required": _("Enter the monthly payment, for example 950.")},
    )
    months = forms.IntegerField(
        label=_("Number of monthly payments"),
        min_value=1,
        max_value=MAX_MONTHS,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={
            "required": _("Enter how many monthly payments there are, for example 12.")
        },
    )
