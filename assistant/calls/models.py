"""A call is one contact from a collector, as the borrower logged it (`calls[]` in anxin.case/1).

Nothing a borrower typed is lost: a deleted call is only marked `deleted_at` (and can be
brought back), and every edit, delete or undo leaves a CallChange holding the values before it.
The default manager hides deleted calls, so `case.calls` (the assessment, the exports, letters,
the prefetch in cases.access) never sees them; `Call.all_objects` sees everything.
"""

import datetime

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from assistant.cases.models import calls_changed
from assistant.core.storage import remove_stored_file


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("Text message")
    WECHAT = "wechat", _("WeChat")
    APP = "app", _("App message")
    VISIT = "visit", _("Visit in person")
    LETTER = "letter", _("Letter")
    THIRD_PARTY = "third_party", _("They contacted someone else")
    OTHER = "other", _("Other")


class LoggedCalls(models.Manager):
    """Calls that are not deleted. The default manager, hence also what `case.calls` gives."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


# The fields an edit may change; a CallChange snapshot holds exactly these.
EDITABLE = (
    "at",
    "channel",
    "answered",
    "number",
    "organisation",
    "collector",
    "duration_minutes",
    "summary",
    "conduct",
)


class Call(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="calls")
    at = models.DateTimeField(_("time"))
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    number = models.CharField(_("number"), max_length=50, blank=True)
    organisation = models.CharField(_("organisation they named"), max_length=100, blank=True)
    collector = models.CharField(_("collector's name"), max_length=100, blank=True)
    duration_minutes = models.PositiveIntegerField(_("minutes"), null=True, blank=True)
    answered = models.BooleanField(_("answered"), default=True)
    summary = models.TextField(_("what was said"), blank=True)
    conduct = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    all_objects = models.Manager()
    objects = LoggedCalls()

    class Meta:
        # Entry order, which is the order of `calls` in a case file: flags refer to a call by
        # its index there. Lists sorted by time order explicitly.
        ordering = ["pk"]
        # `case.calls` and Call.objects hide deleted calls; cascades, saves and `change.call`
        # must see them too.
        default_manager_name = "objects"
        base_manager_name = "all_objects"

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.channel}"

    def snapshot(self):
        """The editable values as JSON-safe data (for CallChange.before)."""
        return {
            name: self.at.astimezone(datetime.UTC).isoformat()
            if name == "at"
            else getattr(self, name)
            for name in EDITABLE
        }


class CallChange(models.Model):
    """One edit, delete or undo of a call, with the values the call had before it."""

    class Kind(models.TextChoices):
        EDIT = "edit", _("changed")
        DELETE = "delete", _("deleted")
        UNDO = "undo", _("undone")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    before = models.JSONField()
    made_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.kind} {self.made_at:%Y-%m-%d %H:%M}"


class Evidence(models.Model):
    """A screenshot, recording or PDF attached to a call. See evidence.py for the checks.

    The file lives under MEDIA_ROOT/evidence/<random>/ and is only ever sent through the
    owner-checked `calls:evidence` view; `name` is the sanitised name the borrower gave it.
    """

    class Kind(models.TextChoices):
        IMAGE = "image", _("screenshot or photo")
        AUDIO = "audio", _("recording")
        PDF = "pdf", _("PDF document")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(max_length=300)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    content_type = models.CharField(max_length=50)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name


@receiver(post_save, sender=Call)
def _count_the_change(sender, instance, **kwargs):
    # Every save of a call (an add, edit, delete, undo or confirmed tick) moves the case's
    # calls_version on, inside the caller's transaction; bulk_create callers call it themselves.
    calls_changed(instance.case_id)


@receiver(post_delete, sender=Evidence)
def _remove_file(sender, instance, **kwargs):
    # When a case or account is deleted (cascading here), the file goes with it, and so does
    # its random folder.
    remove_stored_file(instance.file)
