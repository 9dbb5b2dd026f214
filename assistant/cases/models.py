"""A case is one debt of one borrower, as in the `anxin.case/1` file format."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class LenderType(models.TextChoices):
    BANK_CARD = "bank_card", _("Bank credit card")
    BANK_LOAN = "bank_loan", _("Bank consumer loan")
    ONLINE_PLATFORM = "online_platform", _("Online lending platform")
    CONSUMER_FINANCE = "consumer_finance", _("Consumer-finance company")
    MICROLOAN = "microloan", _("Microloan company")
    PAY_LATER = "pay_later", _("Pay-later credit (like Huabei)")
    PRIVATE = "private", _("A person or an unlicensed lender")
    OTHER = "other", _("Other or not sure")


class Hardship(models.TextChoices):
    JOB_LOSS = "job_loss", _("I lost my job")
    INCOME_DROP = "income_drop", _("My income dropped")
    ILLNESS = "illness", _("Illness or injury")
    FAMILY_EMERGENCY = "family_emergency", _("A family emergency")
    BUSINESS_FAILURE = "business_failure", _("My business failed")
    OTHER = "other", _("Something else")


def first_calls_version():
    """A random start, so a case id used again (a restored database, tests rolled back)
    never meets the call list's cache entries of the case that had it before."""
    return secrets.randbelow(2**30)


class Case(models.Model):
    # Ownership: an anonymous browser session (its owner token) until the person signs up,
    # then a user. The token lives in the session data, so it survives a session key change.
    owner_token = models.CharField(max_length=64, blank=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cases",
    )

    lender_name = models.CharField(_("lender"), max_length=100, blank=True)
    lender_type = models.CharField(_("type of lender"), max_length=20, choices=LenderType.choices)
    product = models.CharField(_("product"), max_length=100, blank=True)
    principal = models.DecimalField(
        _("principal"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    amount_demanded = models.DecimalField(
        _("amount demanded"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    first_missed_due_date = models.DateField(_("first missed due date"))
    # True while the case is only what a quick call log knew (calls:quick): the due date
    # above is then a stand-in (the day of the call), so nothing is worked out from it and the
    # case page asks for the debt's details first.
    details_pending = models.BooleanField(default=False)
    # Fixed evaluation date from an imported file (demo and test cases); None means today.
    as_of = models.DateField(null=True, blank=True)

    amount_received = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)

    # Facts: None is "not known".
    third_party_collector = models.BooleanField(null=True)
    contacts_reached = models.BooleanField(null=True)
    credit_reported = models.BooleanField(null=True)
    court_papers = models.BooleanField(null=True)

    monthly_income = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    essential_costs = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    other_debt_payments = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True
    )
    hardship = models.JSONField(default=list, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Goes up by one with every write of one of the case's calls (calls_changed), in the same
    # transaction; the call list's cached index (calls/listing.py) is keyed on it.
    calls_version = models.PositiveIntegerField(default=first_calls_version, editable=False)
    # Moved on by every write of the case or of anything stored under it (the same writes
    # as `updated_at`, accounts/retention.py), so that what is kept of its pages
    # (core/kept_pages.py) is found again only while nothing changed, even within one tick
    # of the clock.
    version = models.PositiveBigIntegerField(default=first_calls_version, editable=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.lender_name or self.get_lender_type_display()

    def save(self, **kwargs):
        # Saving a case loaded earlier must not put back an older calls_version or version:
        # only calls_changed and retention.note_activity write them once the case exists.
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name not in ("calls_version", "version")
            ]
        super().save(**kwargs)

    @property
    def owed(self):
        """What the borrower is asked to pay, or the principal when no demand is known."""
        return self.amount_demanded if self.amount_demanded is not None else self.principal

    @property
    def has_finances(self):
        return self.monthly_income is not None


def calls_changed(case_id):
    """One of the case's calls was added, edited, deleted, brought back or ticked."""
    Case.objects.filter(pk=case_id).update(calls_version=F("calls_version") + 1)


class Repayment(models.Model):
    """One scheduled repayment of the loan (for the real-rate check and the limitation date)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="repayments")
    due = models.DateField()
    amount = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        ordering = ["due", "pk"]

    def __str__(self):
        return f"{self.due}: {self.amount}"


class CourtPaperKind(models.TextChoices):
    PAYMENT_ORDER = "payment_order", _("A payment order (支付令)")
    COMPLAINT = "complaint", _("A summons with the lender's complaint (起诉状)")
    MEDIATION = "mediation", _("A call to mediation (调解)")
    ARBITRATION = "arbitration", _("An arbitration notice (仲裁)")
    JUDGMENT = "judgment", _("A judgment (判决书)")
    ENFORCEMENT_NOTICE = "enforcement_notice", _("An enforcement notice (执行通知书)")


class CourtPaper(models.Model):
    """A paper the borrower received from a court, as in the case file's `court` list; the
    day it was served starts the court deadlines (assessment/court.py)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="court_documents")
    kind = models.CharField(_("what it is"), max_length=20, choices=CourtPaperKind.choices)
    served_on = models.DateField(_("date it was served on you"))
    court = models.CharField(_("court"), max_length=100, blank=True)
    case_number = models.CharField(_("case number"), max_length=60, blank=True)

    class Meta:
        ordering = ["served_on", "pk"]

    def __str__(self):
        return f"{self.kind} {self.served_on}"
