from django import forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from assistant.accounts import throttle


class SignUpForm(UserCreationForm):
    """A username (a name, phone number or e-mail address) and a password; nothing else.

    A name that is taken gets a message that does not say so: names are often phone numbers
    or e-mail addresses, and "already exists" would tell anyone who uses the site.
    """

    error_messages = {
        **UserCreationForm.error_messages,
        "unique": _(
            "This name cannot be used for a new account. Please choose another one: adding "
            "a word or a few digits is enough."
        ),
    }

    class Meta(UserCreationForm.Meta):
        fields = ("username",)
        help_texts = {
            "username": _(
                "A name, phone number or e-mail address you will remember. "
                "It is not checked and nobody is contacted."
            )
        }

    def validate_password_for_user(self, user, password_field_name="password1"):
        # Django checks the strength on the repeated password, and skips it when the two
        # differ: checked on the first, every problem is shown at once.
        super().validate_password_for_user(user, password_field_name="password1")

    def clean_username(self):
        """Django's check (names differing only in case are one name), with the message
        above in place of "A user with that username already exists"."""
        username = self.cleaned_data.get("username")
        if username and self._meta.model.objects.filter(username__iexact=username).exists():
            raise ValidationError(self.error_messages["unique"], code="unique")
        return username


class ImportForm(forms.Form):
    case_file = forms.FileField(
        label=_("The ZIP of your data, or a case file"),
        help_text=_("The .zip file downloaded above, or a .json case file from inside it."),
    )


class LogInForm(AuthenticationForm):
    """Django's log-in form, throttled per username and per IP address (throttle.py)."""

    def clean(self):
        username = self.cleaned_data.get("username")
        ip = throttle.client_ip(self.request) if self.request else None
        if throttle.is_throttled(username, ip):
            raise ValidationError(
                _("Too many failed log-ins. Please wait %(minutes)s minutes and try again."),
                code="throttled",
                params={"minutes": int(throttle.window().total_seconds() // 60)},
            )
        try:
            cleaned = super().clean()
        except ValidationError as error:
            if username and self.get_user() is None:
                throttle.record_failure(username, ip)
            raise error
        throttle.clear(username)
        return cleaned
