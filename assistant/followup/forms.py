"""Recording a sent item, its answer, a payment order's date, and the reminder choice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assistant.calls import evidence
from assistant.calls.forms import ACCEPT
from assistant.cases.fields import FriendlyDateField
from assistant.core.textfields import text_field
from assistant.followup.models import About, Channel, Extension, Outcome, ReminderChoice
from assistant.followup.records import case_file_bytes

TEXT_MAX = 100
REPLY_MAX = 5000


def _text(label, max_length=TEXT_MAX, help_text="", rows=None):
    return text_field(rows, label=label, max_length=max_length, required=False, help_text=help_text)


def _not_in_future(day, today):
    if day and day > today:
        raise forms.ValidationError(_("This date is in the future. Please check it."))
    return day


class SentItemForm(forms.Form):
    """One complaint or letter sent: where, when, its number, and later the answer."""

    about = forms.ChoiceField(
        label=_("What did you send?"),
        choices=About.choices,
        initial=About.COMPLAINT,
        widget=forms.RadioSelect,
    )
    channel = forms.ChoiceField(
        label=_("Where did you send it?"), choices=Channel.choices, widget=forms.RadioSelect
    )
    sent_on = FriendlyDateField(
        label=_("Date you sent it"),
        help_text=_("The day you posted it, or submitted it in the app, by phone or online."),
    )
    received_on = FriendlyDateField(
        label=_("Date they received it"),
        required=False,
        help_text=_(
            "The reply time runs from the day they received it. For a complaint in the app, by "
            "phone or online that is the day you sent it; for a posted letter the tracking "
            "record shows it. Until you add it, we count from the day you sent it."
        ),
    )
    reference = _text(
        _("Reference or ticket number"), help_text=_("Optional. The number you were given.")
    )
    extension = forms.TypedChoiceField(
        label=_("Did they say they need more time?"),
        choices=Extension.choices,
        coerce=int,
        initial=0,
        widget=forms.RadioSelect,
        help_text=_("Banks and insurers may take up to 30 days for a complex case, or 60."),
    )
    answered_by = _text(_("Who answered"), help_text=_("Optional. A name or a department."))
    reply_on = FriendlyDateField(label=_("Date of the answer"), required=False)
    reply = _text(_("What they answered"), REPLY_MAX, rows=4)
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Outcome.choices, required=False, widget=forms.RadioSelect
    )
    reply_file = forms.FileField(
        label=_("The answer as a file (optional)"),
        help_text=_(
            "A screenshot, photo or PDF of the answer; up to 10 MB. Only you and a volunteer "
            "you share this case with can open it."
        ),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, case=None, today=None, **kwargs):
        self.case, self.today = case, today
        super().__init__(*args, **kwargs)

    def clean_sent_on(self):
        return _not_in_future(self.cleaned_data.get("sent_on"), self.today)

    def clean_received_on(self):
        return _not_in_future(self.cleaned_data.get("received_on"), self.today)

    def clean_reply_on(self):
        return _not_in_future(self.cleaned_data.get("reply_on"), self.today)

    def clean_reply_file(self):
        upload = self.cleaned_data.get("reply_file")
        if not upload:
            return None
        return upload, evidence.check_file(upload, case_file_bytes(self.case))

    def clean(self):
        data = super().clean()
        sent, replied = data.get("sent_on"), data.get("reply_on")
        if sent and replied and replied < sent:
            self.add_error("reply_on", _("The answer cannot come before the day you sent it."))
        received = data.get("received_on")
        if sent and received and received < sent:
            self.add_error("received_on", _("They cannot receive it before the day you sent it."))
        return data


class PaymentOrderForm(forms.Form):
    served_on = FriendlyDateField(
        label=_("Date the payment order was served on you"),
        help_text=_("The day you received it from the court, by post, in person or online."),
    )

    def __init__(self, *args, today=None, **kwargs):
        self.today = today
        super().__init__(*args, **kwargs)

    def clean_served_on(self):
        return _not_in_future(self.cleaned_data.get("served_on"), self.today)


class ReminderForm(forms.ModelForm):
    class Meta:
        model = ReminderChoice
        fields = ["enabled", "email"]
        labels = {"enabled": _("E-mail me before a deadline"), "email": _("E-mail address")}
        help_texts = {
            "email": _("Only for these reminders. You can stop them here at any time."),
        }

    def clean(self):
        data = super().clean()
        if data.get("enabled") and not data.get("email"):
            self.add_error("email", _("Please give the e-mail address for the reminders."))
        return data
