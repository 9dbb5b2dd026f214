from django import forms
from django.utils.translation import gettext_lazy as _

from assistant.core.textfields import TextField
from assistant.sharing import codes
from assistant.sharing.models import Note


class ClaimForm(forms.Form):
    code = forms.CharField(
        label=_("Share code"),
        max_length=20,
        help_text=_("The 8 letters and digits the borrower read out to you, like ABCD-EFGH."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = codes.normalise(self.cleaned_data["code"])
        if len(code) != codes.CODE_LENGTH:
            raise forms.ValidationError(
                _("A share code has 8 letters and digits, like ABCD-EFGH."), code="length"
            )
        return code


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["text", "internal"]
        field_classes = {"text": TextField}
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "internal": _("Tick to hide this note from the borrower; otherwise they see it.")
        }
