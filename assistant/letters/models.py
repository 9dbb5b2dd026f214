"""A letter and its versions.

Versioning: every save of a letter makes a new LetterVersion (the issue: "each saved
version is kept"), unless nothing changed. A version marked sent (date, channel) is frozen:
nothing updates it again, and the next edit starts a new version from it. The PDF and the
HTML of a version are rendered from its stored content, so a re-download gives the letter
as it was.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from assistant.letters.kinds import KINDS


class Kind(models.TextChoices):
    COMPLAINT_LENDER = "complaint_lender", _("Complaint to the lender")
    COMPLAINT_REGULATOR = "complaint_regulator", _("Complaint to a regulator")
    CREDIT_OBJECTION = "credit_objection", _("Objection to a credit record")
    DEBT_DETAILS_REQUEST = "debt_details_request", _("Request for the details of the debt")
    STOP_THIRD_PARTY_CONTACT = (
        "stop_third_party_contact",
        _("Request to stop contacting other people"),
    )
    HARDSHIP_INSTALMENTS = "hardship_instalments", _("Request for an instalment plan")
    HARDSHIP_DEFERRAL = "hardship_deferral", _("Request for more time")
    HARDSHIP_REDUCTION = "hardship_reduction", _("Request to reduce interest and fees")
    PAYMENT_ORDER_OBJECTION = "payment_order_objection", _("Objection to a payment order")
    DEFENCE_OUTLINE = "defence_outline", _("Defence statement")


assert set(Kind.values) == set(KINDS)


class SentChannel(models.TextChoices):
    POST = "post", _("By post")
    EMAIL = "email", _("By e-mail")
    APP = "app", _("In the lender's app or website")
    ONLINE_FORM = "online_form", _("A regulator's online form")
    IN_PERSON = "in_person", _("Handed in in person")
    OTHER = "other", _("Other")


class Letter(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    def latest(self):
        return self.versions.order_by("-number").first()


class LetterVersion(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    # kinds.build_content(): plain strings only, escaped when rendered.
    content = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_on = models.DateField(_("date sent"), null=True, blank=True)
    sent_channel = models.CharField(
        _("how it was sent"), max_length=20, choices=SentChannel.choices, blank=True
    )
    sent_reference = models.CharField(_("reference number"), max_length=100, blank=True)

    class Meta:
        ordering = ["letter", "number"]
        constraints = [
            models.UniqueConstraint(fields=["letter", "number"], name="letter_version_number")
        ]

    def __str__(self):
        return f"{self.letter} v{self.number}"

    @property
    def is_sent(self):
        return self.sent_on is not None
