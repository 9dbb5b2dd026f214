"""A call is one contact from a collector, as the borrower logged it (`calls[]` in anxin.case/1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("Text message")
    WECHAT = "wechat", _("WeChat")
    APP = "app", _("App message")
    VISIT = "visit", _("Visit in person")
    LETTER = "letter", _("Letter")
    THIRD_PARTY = "third_party", _("They contacted someone else")
    OTHER = "other", _("Other")


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

    class Meta:
        # Entry order, which is the order of `calls` in a case file: flags refer to a call by
        # its index there. Lists sorted by time order explicitly.
        ordering = ["pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.channel}"
