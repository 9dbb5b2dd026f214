"""The admin pages where content-admin volunteers correct sources and help-directory entries.

The id is picked from the seed's ids, so an unknown one is refused. Under it the form shows
what the seed file holds for that entry now (a new correction opened from the review list, with
?source_id= or ?entry_id=, shows it at once), and a new correction starts from the seed's
confirmed flag and today's date. Every save and delete is recorded by the admin (LogEntry,
readable in the admin).
"""

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from assistant.assessment.registry import default_registry
from assistant.corrections.models import DirectoryCorrection, SourceCorrection
from assistant.help.directory import FALLBACK_LANGUAGE, seed_entries


def source_choices():
    return [
        (source.id, f"{source.id} · {source.instrument}{source.article or ''}")
        for source in sorted(default_registry().sources.values(), key=lambda s: s.id)
    ]


def entry_choices():
    return [
        (entry_id, f"{entry_id} · {entry[FALLBACK_LANGUAGE]['name']}")
        for entry_id, entry in sorted(seed_entries().items())
    ]


def seed_source_rows(source_id):
    source = default_registry().sources.get(source_id)
    if source is None:
        return []
    names = [*SourceCorrection.TEXT_FIELDS, "verified", "last_reviewed"]
    return [(name, getattr(source, name)) for name in names]


def seed_entry_rows(entry_id):
    entry = seed_entries().get(entry_id)
    if entry is None:
        return []
    names = ("phone", "website", "number_confirmed", "last_verified")
    rows = [(name, entry[name]) for name in names]
    texts = DirectoryCorrection.TEXTS
    return rows + [(field, entry.get(language, {}).get(key)) for field, language, key in texts]


class SeedShownForm(forms.ModelForm):
    """Shows the seed's values for the chosen id as help under the id field."""

    id_field = ""
    title = ""

    def seed_rows(self, entry_id):
        raise NotImplementedError

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = self.initial.get(self.id_field) or getattr(self.instance, self.id_field, "")
        rows = self.seed_rows(chosen)
        if rows:
            listing = format_html_join("", "<li><code>{}</code>: {}</li>", rows)
            self.fields[self.id_field].help_text = format_html("{}<ul>{}</ul>", self.title, listing)


class SourceCorrectionForm(SeedShownForm):
    source_id = forms.ChoiceField(label=_("source id"), choices=source_choices)
    id_field = "source_id"
    title = _("As shipped in sources.json (a blank field below keeps it):")

    def seed_rows(self, entry_id):
        return seed_source_rows(entry_id)


class DirectoryCorrectionForm(SeedShownForm):
    entry_id = forms.ChoiceField(label=_("entry id"), choices=entry_choices)
    id_field = "entry_id"
    title = _("As shipped in directory.json (a blank field below keeps it):")

    def seed_rows(self, entry_id):
        return seed_entry_rows(entry_id)


@admin.register(SourceCorrection)
class SourceCorrectionAdmin(admin.ModelAdmin):
    form = SourceCorrectionForm
    list_display = ["source_id", "last_reviewed", "verified", "updated_at"]
    list_filter = ["verified"]
    search_fields = ["source_id", "instrument", "note"]

    def get_changeform_initial_data(self, request):
        today = {"last_reviewed": timezone.localdate()}
        initial = {**today, **super().get_changeform_initial_data(request)}
        source = default_registry().sources.get(initial.get("source_id"))
        if source is not None:
            initial.setdefault("verified", source.verified)
        return initial


@admin.register(DirectoryCorrection)
class DirectoryCorrectionAdmin(admin.ModelAdmin):
    form = DirectoryCorrectionForm
    list_display = ["entry_id", "phone", "last_verified", "number_confirmed", "updated_at"]
    list_filter = ["number_confirmed"]
    search_fields = ["entry_id", "name_zh", "name_en", "note"]

    def get_changeform_initial_data(self, request):
        today = {"last_verified": timezone.localdate()}
        initial = {**today, **super().get_changeform_initial_data(request)}
        entry = seed_entries().get(initial.get("entry_id"))
        if entry is not None:
            initial.setdefault("number_confirmed", entry["number_confirmed"])
        return initial
