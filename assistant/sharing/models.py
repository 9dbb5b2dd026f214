"""A borrower shares one case with one volunteer: a code, the share it becomes, every look.

A ShareCode is made by the owner and stored only as a keyed hash; a volunteer who types it
gets a Share of that case until the owner revokes it. Every view or change a volunteer
makes through a share is an AuditEntry. Notes are what volunteers write on the case.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assistant.cases.models import Case


class ShareCode(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="share_codes")
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"code for case {self.case_id}, expires {self.expires_at:%Y-%m-%d}"

    @property
    def is_usable(self):
        return self.claimed_at is None and self.expires_at > timezone.now()


class ActiveShares(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class Share(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares"
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)
    last_viewed_at = models.DateTimeField(_("last looked"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ActiveShares.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"case {self.case_id} shared with {self.volunteer}"


AREAS = {
    "cases": _("the debt page"),
    "calls": _("the call log"),
    "letters": _("the letters"),
    "followup": _("the follow-up of your complaints"),
    "sharing": _("the notes"),
}


class AuditEntry(models.Model):
    """One request a volunteer made on a shared case: who, when, which page, which method."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="audit_entries")
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept as text too, so the entry still says who it was if the account is deleted.
    volunteer_name = models.CharField(_("volunteer"), max_length=150)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    url_name = models.CharField(_("page"), max_length=100)
    method = models.CharField(_("method"), max_length=10)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return f"{self.volunteer_name} {self.method} {self.url_name} at {self.at:%Y-%m-%d %H:%M}"

    @property
    def is_change(self):
        return self.method not in ("GET", "HEAD", "OPTIONS")

    @property
    def area(self):
        """The part of the case the request was about, in words a borrower knows."""
        return AREAS.get(self.url_name.split(":")[0], self.url_name)


class Note(models.Model):
    """A volunteer's note on a case; the borrower sees it unless it is marked internal."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="volunteer_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150)
    text = models.TextField(_("note"), max_length=2000)
    internal = models.BooleanField(_("only for volunteers"), default=False)
    # Brought back from the borrower's data export: the borrower's file says who wrote it,
    # nobody here can confirm it, and the page says so.
    restored = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"note by {self.author_name} on case {self.case_id}"


class FailedShareCode(models.Model):
    """One wrong share code typed, kept for throttling (throttle.py)."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"wrong share code from {self.ip} at {self.at:%Y-%m-%d %H:%M}"
