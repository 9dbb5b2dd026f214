"""Form fields that accept money and dates the way people type them on a Chinese phone."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

DATE_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"]


def _normalise(value):
    # Full-width digits and punctuation (８，０００．５０) become ASCII.
    return unicodedata.normalize("NFKC", value or "").strip()


class MoneyField(forms.DecimalField):
    """Yuan, 0 or more, two decimals; accepts "8,000", "8000元", "¥8000", "８０００"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 100_000_000)
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        self.widget.input_type = "text"

    def to_python(self, value):
        value = _normalise(value)
        for noise in (",", "元", "¥", "￥", " ", "RMB", "rmb"):
            value = value.replace(noise, "")
        return super().to_python(value)


class FriendlyDateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_FORMATS)
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = _normalise(value)
        return super().to_python(value)


YES_NO_UNKNOWN = [("yes", _("Yes")), ("no", _("No")), ("unknown", _("Not sure"))]


class FactField(forms.TypedChoiceField):
    """A yes / no / not sure question; gives True, False or None."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=YES_NO_UNKNOWN,
            coerce=lambda v: {"yes": True, "no": False}.get(v),
            empty_value=None,
            required=False,
            widget=forms.RadioSelect,
            **kwargs,
        )
