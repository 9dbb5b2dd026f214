"""Rights pages: plain-language explanations of the law, one text per language.

The text lives in the database so that a volunteer admin can correct it without a deploy;
the repository's content/<slug>.json files seed it (`manage.py load_rights`).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from assistant.assessment.registry import default_registry

FALLBACK_LANGUAGE = "zh-hans"
LANGUAGES = [
    ("zh-hans", _("Simplified Chinese")),
    ("en", _("English")),
    ("zh-hant", _("Traditional Chinese")),
]


def unknown_sources(source_ids):
    """The ids in `source_ids` that the source registry does not hold."""
    known = default_registry().sources
    return [i for i in source_ids if i not in known]


def _check_sources(source_ids, where):
    if not isinstance(source_ids, list) or not all(isinstance(i, str) for i in source_ids):
        raise ValidationError({where: _("Give the source ids as a list of strings.")})
    missing = unknown_sources(source_ids)
    if missing:
        raise ValidationError(
            {where: _("Not in the source registry: %(ids)s") % {"ids": ", ".join(missing)}}
        )


class RightsPage(models.Model):
    slug = models.SlugField(unique=True)
    order = models.PositiveSmallIntegerField(default=100)
    last_reviewed = models.DateField()
    # The sources behind the page's summary; each section lists its own as well.
    sources = models.JSONField(default=list, blank=True)
    # Set when a volunteer saves the page in the admin: `load_rights` then leaves it alone.
    edited_in_admin = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self):
        return self.slug

    def clean(self):
        _check_sources(self.sources, "sources")

    def text_for(self, language):
        """The text in `language`, or the Simplified Chinese one when it is not translated."""
        texts = {text.language: text for text in self.texts.all()}
        return texts.get(language) or texts.get(FALLBACK_LANGUAGE)


def section_problems(sections):
    """What is wrong with a page's sections, as messages; an empty list when nothing is."""
    if not isinstance(sections, list):
        return [_("The sections must be a list.")]
    problems = []
    for number, section in enumerate(sections, start=1):
        if not isinstance(section, dict) or set(section) != {"heading", "text", "sources"}:
            problems.append(
                _("Section %(n)d needs exactly: heading, text, sources.") % {"n": number}
            )
            continue
        missing = (
            unknown_sources(section["sources"]) if isinstance(section["sources"], list) else []
        )
        if missing:
            problems.append(
                _("Section %(n)d cites sources not in the registry: %(ids)s")
                % {"n": number, "ids": ", ".join(missing)}
            )
    return problems


class RightsPageText(models.Model):
    page = models.ForeignKey(RightsPage, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=10, choices=LANGUAGES)
    title = models.CharField(max_length=200)
    summary = models.TextField(help_text=_("Two short lines: what the reader most needs to know."))
    sections = models.JSONField(
        default=list,
        help_text=_('A list of {"heading": "…", "text": "…", "sources": ["source_id", …]}.'),
    )
    # Title, summary and sections as plain text: JSON would store Chinese as \u escapes.
    search_text = models.TextField(editable=False, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_text_per_language")
        ]

    def __str__(self):
        return f"{self.page.slug} ({self.language})"

    def save(self, *args, **kwargs):
        parts = [self.title, self.summary]
        for section in self.sections:
            parts += [section.get("heading", ""), section.get("text", "")]
        self.search_text = "\n".join(parts)
        super().save(*args, **kwargs)

    def clean(self):
        problems = section_problems(self.sections)
        if problems:
            raise ValidationError({"sections": problems})
