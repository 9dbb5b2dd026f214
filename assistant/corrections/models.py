"""Corrections that volunteers make in the admin to the legal sources and the help directory.

The repository's files stay the seed (assistant/assessment/data/sources.json,
assistant/help/directory.json); a correction names one entry by its id and holds only what
changed, plus the day it was checked and a note of what was checked. A blank field keeps the
seed's value. The site reads the corrected content through assistant/core/registry.py
`site_registry()` and assistant/help/directory.py `directory()`.

Threshold values (data/thresholds.json) are deliberately not correctable here: a changed
hour or rate changes what the engine decides for every case, so it goes through a reviewed
change of the file with its tests, not an admin form.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from assistant.assessment.registry import default_registry

# How the seed writes a source's date: a year, a month or a day.
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _blank_means_keep(fields, obj):
    return {name: getattr(obj, name) for name in fields if getattr(obj, name)}


class SourceCorrection(models.Model):
    """A correction of one source in the registry: its title, issuer, article, date, link."""

    TEXT_FIELDS = ("instrument", "instrument_en", "issuer", "article", "article_en", "date", "url")

    source_id = models.CharField(_("source id"), max_length=80, unique=True)
    instrument = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    instrument_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    article = models.CharField(_("article (Chinese)"), max_length=100, blank=True)
    article_en = models.CharField(_("article (English)"), max_length=100, blank=True)
    date = models.CharField(
        _("date"), max_length=10, blank=True, help_text=_("YYYY, YYYY-MM or YYYY-MM-DD")
    )
    url = models.URLField(_("official link"), blank=True)
    verified = models.BooleanField(
        _("checked against the official text"),
        default=False,
        help_text=_("Leave unticked while unsure: the site then tells readers to check it."),
    )
    last_reviewed = models.DateField(_("last reviewed"))
    note = models.TextField(_("what was checked"), help_text=_("What you checked, and where."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["source_id"]
        verbose_name = _("source correction")
        verbose_name_plural = _("source corrections")

    def __str__(self):
        return self.source_id

    def clean(self):
        if self.source_id not in default_registry().sources:
            raise ValidationError(
                {"source_id": _("There is no source with this id in the registry.")}
            )
        if self.date and not PARTIAL_DATE.fullmatch(self.date):
            raise ValidationError({"date": _("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")})

    def changes(self):
        """The fields to apply over the seed, as Registry.with_overrides takes them."""
        return {
            **_blank_means_keep(self.TEXT_FIELDS, self),
            "verified": self.verified,
            "last_reviewed": self.last_reviewed.isoformat(),
        }


class DirectoryCorrection(models.Model):
    """A correction of one help-directory entry: its number, website and words."""

    # (field here, language in directory.json, key there)
    TEXTS = tuple(
        (f"{key}_{suffix}", language, key)
        for suffix, language in (("zh", "zh-hans"), ("en", "en"))
        for key in ("name", "handles", "prepare", "response")
    )

    entry_id = models.CharField(_("entry id"), max_length=80, unique=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    number_confirmed = models.BooleanField(
        _("number confirmed"),
        default=False,
        help_text=_("Leave unticked while unsure: the site then tells readers to check it."),
    )
    last_verified = models.DateField(_("last verified"))
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    handles_zh = models.TextField(_("what it handles (Chinese)"), blank=True)
    prepare_zh = models.TextField(_("what to have ready (Chinese)"), blank=True)
    response_zh = models.CharField(
        _("how long an answer takes (Chinese)"), max_length=200, blank=True
    )
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    handles_en = models.TextField(_("what it handles (English)"), blank=True)
    prepare_en = models.TextField(_("what to have ready (English)"), blank=True)
    response_en = models.CharField(
        _("how long an answer takes (English)"), max_length=200, blank=True
    )
    note = models.TextField(_("what was checked"), help_text=_("What you checked, and where."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["entry_id"]
        verbose_name = _("help-directory correction")
        verbose_name_plural = _("help-directory corrections")

    def __str__(self):
        return self.entry_id

    def clean(self):
        from assistant.help.directory import seed_entries

        if self.entry_id not in seed_entries():
            raise ValidationError({"entry_id": _("There is no help-directory entry with this id.")})
        if self.phone and not re.fullmatch(r"[0-9][0-9 -]{1,28}", self.phone):
            raise ValidationError({"phone": _("Write the number with digits only.")})

    def apply(self, entry):
        """A copy of the seed `entry` (as in directory.json) with this correction on top."""
        corrected = {
            **entry,
            **_blank_means_keep(("phone", "website"), self),
            "number_confirmed": self.number_confirmed,
            "last_verified": self.last_verified.isoformat(),
        }
        for field, language, key in self.TEXTS:
            value = getattr(self, field)
            if value and language in corrected:
                corrected[language] = {**corrected[language], key: value}
        return corrected
