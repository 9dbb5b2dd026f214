"""The quick call-log entry and the call-list filters.

Every bad value comes back as a message on its field, with what was typed kept: a huge number,
negative minutes, an impossible date or a very long text is a form error, never a 500.
"""

import datetime
import re
import unicodedata

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image

from assistant.assessment import limits
from assistant.assessment.conduct import REPORTED_CODES, SHANGHAI
from assistant.assessment.registry import default_registry
from assistant.calls import evidence, quick
from assistant.calls.models import Channel
from assistant.cases import content
from assistant.cases.fields import FriendlyDateField
from assistant.cases.presenting import court_line
from assistant.core.textfields import LineField, TextField

DATETIME_INPUT = "%Y-%m-%dT%H:%M"
DATETIME_FORMATS = [DATETIME_INPUT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M"]
EARLIEST = datetime.datetime(2000, 1, 1, tzinfo=SHANGHAI)
# A phone's clock may run a little ahead; more than a day ahead is a typing slip.
FUTURE_SLACK = datetime.timedelta(days=1)
MAX_MINUTES = 24 * 60
SUMMARY_MAX = 4000

ACCEPT = (
    "image/png,image/jpeg,image/webp,image/heic,image/heif,.heic,.heif,"
    "audio/*,.m4a,.amr,application/pdf"
)

FULL_LOG = _(
    "This debt already has %(most)s contacts in its log, the most one case can hold, so "
    "this one was not saved. To log more, delete entries you no longer need; the CSV file "
    "of the log keeps a copy of them all."
)

ANSWERED_CHOICES = [("yes", _("I answered")), ("no", _("Missed call (not answered)"))]


def now_in_shanghai():
    return timezone.localtime(timezone.now(), SHANGHAI).replace(second=0, microsecond=0)


def _normalise(value):
    # Full-width digits and punctuation (２２：３０) become ASCII.
    return unicodedata.normalize("NFKC", value).strip() if isinstance(value, str) else value


class ShanghaiDateTimeField(forms.DateTimeField):
    """A `datetime-local` value read as Asia/Shanghai time, whatever the server's zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT)

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATETIME_FORMATS)
        super().__init__(**kwargs)

    def to_python(self, value):
        with timezone.override(SHANGHAI):
            return super().to_python(_normalise(value))

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime):
            value = timezone.localtime(value, SHANGHAI) if timezone.is_aware(value) else value
            return value.strftime(DATETIME_INPUT)
        return value


class MinutesField(forms.IntegerField):
    """Whole minutes; accepts "6", "６", "6分钟", "6 min"."""

    def __init__(self, **kwargs):
        super().__init__(
            min_value=0,
            max_value=MAX_MINUTES,
            required=False,
            error_messages={
                "invalid": _("Please write the minutes as a whole number, for example 5."),
                "min_value": _("Minutes cannot be less than 0."),
                "max_value": _("That is longer than a day; please check the minutes."),
            },
            **kwargs,
        )
        self.widget.input_type = "text"
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})

    def to_python(self, value):
        value = _normalise(value)
        if isinstance(value, str):
            value = re.sub(r"\s*(分钟|分|minutes|minute|mins|min)$", "", value, flags=re.I)
            # A number too long to be minutes is not parsed at all (int() on it is slow).
            if len(value) > 12:
                raise forms.ValidationError(self.error_messages["max_value"], code="max_value")
        return super().to_python(value)


def conduct_choices():
    return [(code, content.FLAGS[code]["label"]) for code in REPORTED_CODES]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input; cleans to a list of uploads (empty when none is optional)."""

    def clean(self, data, initial=None):
        items = data if isinstance(data, (list, tuple)) else [data]
        items = [item for item in items if item] or [None]
        cleaned = [super(MultipleFileField, self).clean(item, initial) for item in items]
        return [item for item in cleaned if item]


def files_field(required=True):
    return MultipleFileField(
        label=_("Screenshots, photos, recordings or PDFs")
        if required
        else _("Screenshots, photos, recordings or PDFs (optional)"),
        help_text=_(
            "PNG, JPEG, WebP, HEIC, m4a, mp3, amr, wav or PDF; up to 10 MB each. "
            "Only you and volunteers you share this case with can open them."
        ),
        required=required,
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
        error_messages={
            "required": _("Please choose a file to attach."),
            "empty": evidence.EMPTY,
            "invalid": _("This does not look like a file. Please choose it again."),
        },
    )


def checked_uploads(uploads, case_bytes):
    """(upload, Format) for each upload, or one ValidationError naming every bad file."""
    if len(uploads) > evidence.MAX_FILES_AT_ONCE:
        raise forms.ValidationError(
            _("Please attach at most %(n)s files at a time."),
            params={"n": evidence.MAX_FILES_AT_ONCE},
        )
    checked, errors, total = [], [], case_bytes
    for upload in uploads:
        try:
            checked.append((upload, evidence.check_file(upload, total)))
            total += upload.size
        except forms.ValidationError as error:
            errors.extend(f"{safe_display(upload.name)}: {m}" for m in error.messages)
    if errors:
        raise forms.ValidationError(errors)
    return checked


ALREADY_LOGGED = _(
    "This call is already in your log (the same time, number and words). If it was another "
    "call, tick “keep both” and save again; otherwise there is nothing more to do."
)


class CallForm(forms.Form):
    at = ShanghaiDateTimeField(
        label=_("When was it?"),
        help_text=_("Filled in with the time now; change it if the call was earlier."),
        error_messages={
            "required": _("Please give the date and time of the call."),
            "invalid": _("Please enter a real date and time, for example 2026-11-18 22:40."),
        },
    )
    channel = forms.ChoiceField(
        label=_("How did they contact you?"),
        choices=Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how they contacted you.")},
    )
    answered = forms.TypedChoiceField(
        label=_("Did you answer?"),
        choices=ANSWERED_CHOICES,
        coerce=lambda value: value != "no",
        empty_value=True,
        required=False,
        widget=forms.RadioSelect,
    )
    number = LineField(
        label=_("Their phone number or account (optional)"), max_length=50, required=False
    )
    organisation = LineField(
        label=_("Company or organisation they named (optional)"), max_length=100, required=False
    )
    collector = LineField(
        label=_("Name the collector gave (optional)"), max_length=100, required=False
    )
    duration_minutes = MinutesField(label=_("How many minutes did it last? (optional)"))
    summary = TextField(
        label=_("What did they say? (optional)"),
        help_text=_("Their words as close as you remember them. A few words are enough."),
        max_length=SUMMARY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    conduct = forms.MultipleChoiceField(
        label=_("Did any of this happen? Tick all that did."),
        choices=conduct_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # Only the quick entry shows it (calls/new.html); later files go through calls:attach.
    files = files_field(required=False)
    # Shown only when the call looks already logged (calls/new.html).
    keep_both = forms.BooleanField(
        label=_("It is another call: keep both"), required=False, widget=forms.CheckboxInput
    )

    def __init__(
        self, *args, suggest_url=None, case_bytes=0, calls_logged=None, logged=None, **kwargs
    ):
        """`calls_logged`: how many calls the case holds, when this form adds one more;
        `logged`: the case's calls, to catch the same call saved twice."""
        self.case_bytes = case_bytes
        self.calls_logged = calls_logged
        self.logged = logged
        defaults = {"at": now_in_shanghai(), "channel": "phone", "answered": "yes"}
        kwargs["initial"] = {**defaults, **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        summary = self.fields["summary"].widget
        # The browser would cut a long paste silently; the server says what is too long instead.
        summary.attrs.pop("maxlength", None)
        if suggest_url:
            # With htmx, suggestions for the tick-boxes appear under the text as it is typed.
            summary.attrs.update(
                {
                    "hx-get": suggest_url,
                    "hx-trigger": "input changed delay:500ms, change",
                    "hx-target": "#suggestions",
                    "hx-swap": "innerHTML",
                    "hx-include": "#id_summary, #conduct-area input[name=conduct]",
                    "aria-describedby": "id_summary_help suggestions",
                }
            )

    def clean_files(self):
        return checked_uploads(self.cleaned_data.get("files") or [], self.case_bytes)

    def clean(self):
        data = super().clean()
        most = limits.value("calls_per_case")
        if self.calls_logged is not None and self.calls_logged >= most:
            raise forms.ValidationError(FULL_LOG, code="full_log", params={"most": most})
        if self.already_logged(data) and not data.get("keep_both"):
            self.add_error("keep_both", ALREADY_LOGGED)
        return data

    def already_logged(self, data):
        """The same minute, number and words as a call in the log: a double save."""
        if self.logged is None or not data.get("at"):
            return False
        minute = data["at"].replace(second=0, microsecond=0)
        return self.logged.filter(
            at__gte=minute,
            at__lt=minute + datetime.timedelta(minutes=1),
            number=data.get("number") or "",
            summary=data.get("summary") or "",
        ).exists()

    def clean_at(self):
        at = self.cleaned_data["at"]
        if at < EARLIEST:
            raise forms.ValidationError(_("Please check the date: it is too long ago."))
        if at > timezone.now() + FUTURE_SLACK:
            raise forms.ValidationError(_("Please check the date: it is in the future."))
        return at

    def conduct_options(self):
        """Each conduct tick-box with its one-line explanation, for the template."""
        registry = default_registry()
        return [
            (choice, content.flag_text(choice.data["value"], registry)["explain"])
            for choice in self["conduct"]
        ]

    def conduct_check_sources(self):
        """The 12368 line's source, cited once under the tick-boxes when an explanation
        sends the reader there (content.SEND_TO_COURT_LINE)."""
        return court_line([choice.data["value"] for choice in self["conduct"]])

    def call_fields(self):
        """The cleaned values as Call model fields."""
        data = self.cleaned_data
        return {
            "at": data["at"],
            "channel": data["channel"],
            "answered": data["answered"],
            "number": data["number"],
            "organisation": data["organisation"],
            "collector": data["collector"],
            "duration_minutes": data["duration_minutes"],
            "summary": data["summary"],
            "conduct": list(data["conduct"]),
        }


def flag_choices():
    return [("", _("Any")), *((code, text["label"]) for code, text in content.FLAGS.items())]


class FilterForm(forms.Form):
    flag = forms.ChoiceField(
        label=_("Only contacts with this problem"), choices=flag_choices, required=False
    )
    date_from = FriendlyDateField(label=_("From (date)"), required=False)
    date_to = FriendlyDateField(label=_("To (date)"), required=False)

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    def filters(self):
        """The valid filters only: a bad one is shown as an error and otherwise ignored."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            key: value
            for key, value in getattr(self, "cleaned_data", {}).items()
            if value and key not in self.errors
        }


class EvidenceForm(forms.Form):
    """Screenshots, recordings or PDFs for one call; each is checked by evidence.check_file."""

    files = files_field()

    def __init__(self, *args, case_bytes=0, **kwargs):
        self.case_bytes = case_bytes
        super().__init__(*args, **kwargs)

    def clean_files(self):
        return checked_uploads(self.cleaned_data["files"], self.case_bytes)


def safe_display(name):
    """A file name fit to show back in a message (autoescaped by the template as well)."""
    return evidence.safe_name(name, "").rstrip(".")


# The quick entry folds these away: they are optional, or have a usual value (a phone call).
QUICK_FOLDED = ("channel", "answered", "number", "collector", "duration_minutes")


class QuickCallForm(CallForm):
    """A call logged before there is a case (calls:quick): who called leads, and `debt` asks
    which of the visitor's debts it is about when calls.quick cannot tell."""

    debt = forms.ChoiceField(
        label=_("Which debt is this call about?"),
        help_text=_("Leave it, and we match the call by who called."),
        required=False,
        widget=forms.RadioSelect,
    )

    field_order = ["at", "organisation", "summary", "conduct", "channel", "answered"]

    def __init__(self, *args, debts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].label = _(
            "Who called? The lender or the collection company (optional)"
        )
        self.fields["organisation"].help_text = _(
            "With a name, the next call from them goes to the same debt."
        )
        # Files are attached to a call once it is saved (calls:attach): one thing at a time.
        del self.fields["files"]
        self.ask_debt(debts)

    def ask_debt(self, debts):
        """Offer `debts` (and a new one) to choose from; no debts: the question is not shown."""
        self.debts = tuple(debts)
        self.fields["debt"].choices = [
            *((str(case.pk), str(case)) for case in self.debts),
            (quick.NEW, _("Another debt (new)")),
        ]

    def more_details_open(self):
        """The folded details open when one of them needs fixing."""
        return any(self[name].errors for name in QUICK_FOLDED)

    def call_fields(self):
        fields = super().call_fields()
        fields["organisation"] = fields["organisation"].strip()
        return fields


class ScreenshotForm(forms.Form):
    """One screenshot of an SMS thread or of the call history, to be read (calls:from_screenshot).

    Checked like every other upload (evidence.check_file), and it must be an image the reader
    can decode: PNG, JPEG or WebP."""

    image = forms.FileField(
        label=_("Screenshot of the messages or of the call history"),
        help_text=_("PNG, JPEG or WebP, up to 10 MB. Nothing is saved until you confirm."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        error_messages={"required": _("Please choose a screenshot.")},
    )

    def __init__(self, *args, case_bytes=0, **kwargs):
        self.case_bytes = case_bytes
        super().__init__(*args, **kwargs)

    def clean_image(self):
        upload = self.cleaned_data["image"]
        fmt = evidence.check_file(upload, self.case_bytes)
        if fmt.pillow not in ("PNG", "JPEG", "WEBP"):
            raise forms.ValidationError(
                _("We can read PNG, JPEG or WebP screenshots. Please take a new screenshot."),
                code="unreadable",
            )
        if _screens_tall(upload) > MAX_SCREENS:
            raise forms.ValidationError(
                _(
                    "This screenshot is very long. Please send it in parts of up to "
                    "%(n)s screens each."
                ),
                code="too_long",
                params={"n": MAX_SCREENS},
            )
        return upload, fmt


# Reading takes a few seconds per screen of text (docs/performance.md): a long screenshot
# of more screens would keep the page waiting too long.
MAX_SCREENS = 3
PHONE_SCREEN = 844 / 390  # height / width of one phone screen


def _screens_tall(upload):
    """How many phone screens tall the (already checked) image is."""
    upload.seek(0)
    with Image.open(upload) as image:
        screens = image.height / max(image.width, 1) / PHONE_SCREEN
    upload.seek(0)
    return screens


class ScreenshotEntryForm(CallForm):
    """One proposed call from a screenshot, as the borrower corrects it: the call form's
    fields, with short drop-downs so a page of twenty entries stays readable, and whether to
    save it at all."""

    include = forms.BooleanField(label=_("Save this one"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("channel", "answered"):
            self.fields[name].widget = forms.Select(choices=self.fields[name].choices)
        self.fields["at"].help_text = _("As read from the screenshot; correct it if it is wrong.")
        del self.fields["files"]
        del self.fields["organisation"]
        del self.fields["collector"]

    def call_fields(self):
        data = self.cleaned_data
        fields = ("at", "channel", "answered", "number", "duration_minutes", "summary")
        return {
            **{name: data[name] for name in fields},
            "organisation": "",
            "collector": "",
            "conduct": list(data["conduct"]),
        }
