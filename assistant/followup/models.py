"""What was sent and what came back; a payment order's service date; reminder choices.

A SentItem is one complaint, letter or objection the borrower sent (from a letter marked
sent, or recorded on its own), with the answer when it comes. Its reply deadline is not
stored: deadlines.py computes it from the rule table, so a corrected rule corrects every
item. The reply file is checked and stored like call evidence (calls/evidence.py) and is
only ever sent through the owner-checked `followup:reply_file` view.
"""

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from assistant.core.storage import remove_stored_file


class Channel(models.TextChoices):
    # Codes as in assessment/lenders.py where the channel is one of those.
    LENDER = "lender", _("The lender's complaints desk")
    IN_APP = "in_app", _("In the lender's app")
    NFRA_12378 = "nfra_12378", _("12378 (NFRA)")
    PBOC_12363 = "pboc_12363", _("12363 (People's Bank of China)")
    LOCAL_REGULATOR = "local_financial_regulator", _("Local financial regulator")
    NIFA = "nifa", _("NIFA reporting platform")
    CONSUMER_12315 = "consumer_12315", _("12315 consumer complaints")
    POLICE = "police_110", _("The police (110)")
    COURT = "court", _("A court")
    OTHER = "other", _("Other")


class About(models.TextChoices):
    COMPLAINT = "complaint", _("A complaint")
    CREDIT_OBJECTION = "credit_objection", _("An objection to my credit report")
    REQUEST = "request", _("A request (details of the debt, a plan, more time…)")


class Outcome(models.TextChoices):
    WAITING = "", _("No answer yet")
    RESOLVED = "resolved", _("Resolved")
    PARTLY = "partly", _("Partly resolved")
    REFUSED = "refused", _("Refused")
    NO_ANSWER = "no_answer", _("They never answered")


class Extension(models.IntegerChoices):
    NONE = 0, _("No")
    FIRST = 1, _("Yes, they said the case is complex")
    SECOND = 2, _("Yes, and they extended it a second time")


class SentItem(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="sent_items")
    # A letter may be sent more than once (a later version, again): each sending is its own
    # item, tied to the version that went out.
    letter = models.ForeignKey(
        "letters.Letter",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sent_items",
    )
    version = models.OneToOneField(
        "letters.LetterVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sent_item",
    )
    about = models.CharField(
        _("what it was"), max_length=20, choices=About.choices, default=About.COMPLAINT
    )
    channel = models.CharField(_("where you sent it"), max_length=30, choices=Channel.choices)
    sent_on = models.DateField(_("date sent"))
    # Reply deadlines run from the institution's receipt; until the borrower knows that day,
    # the tracker counts from sent_on and says so.
    received_on = models.DateField(_("date they received it"), null=True, blank=True)
    reference = models.CharField(_("reference or ticket number"), max_length=100, blank=True)
    extension = models.PositiveSmallIntegerField(
        _("did they say they need more time?"), choices=Extension.choices, default=0
    )
    answered_by = models.CharField(_("who answered"), max_length=100, blank=True)
    reply_on = models.DateField(_("date of the answer"), null=True, blank=True)
    reply = models.TextField(_("what they answered"), max_length=5000, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True, default=""
    )
    reply_file = models.FileField(max_length=300, blank=True)
    reply_file_name = models.CharField(max_length=120, blank=True)
    reply_file_type = models.CharField(max_length=50, blank=True)
    reply_file_size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_on", "-pk"]

    def __str__(self):
        return f"{self.get_channel_display()} {self.sent_on}"

    @property
    def answered(self):
        """An answer came (a no-answer outcome is not one)."""
        return self.outcome not in ("", Outcome.NO_ANSWER)


def remove_reply_file(item):
    """Delete the answer's file and its random folder, as call evidence is deleted."""
    remove_stored_file(item.reply_file)


@receiver(post_delete, sender=SentItem)
def _remove_reply_file(sender, instance, **kwargs):
    remove_reply_file(instance)


class PaymentOrder(models.Model):
    """The day a court's payment order (支付令) was served: 15 days to object from then."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="payment_order"
    )
    served_on = models.DateField(_("date the payment order was served on you"))

    def __str__(self):
        return f"payment order {self.served_on}"


class ReminderChoice(models.Model):
    """An account holder's yes to deadline reminders by e-mail (nobody else gets any)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_choice"
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    enabled = models.BooleanField(_("send me reminders"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"reminders for {self.user_id}"


class ReminderSent(models.Model):
    """One reminder already sent, so that the next run of send_reminders skips it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders_sent"
    )
    key = models.CharField(max_length=200)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="reminder_sent_once")]

    def __str__(self):
        return self.key
