"""Admins see the audit log read-only and export the selected entries as CSV."""

from django.contrib import admin
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from assistant.calls.export import table_csv
from assistant.core.admin import RecordAdmin
from assistant.sharing.models import AuditEntry

CSV_COLUMNS = ("at", "case_id", "volunteer_name", "url_name", "method")


def audit_csv(entries):
    """The entries as a CSV file that Excel and WPS open with Chinese names (BOM), where a
    name or page that looks like a formula is shown, never run."""
    rows = (
        [entry.at.isoformat(), entry.case_id, entry.volunteer_name, entry.url_name, entry.method]
        for entry in entries.order_by("at", "pk")
    )
    response = HttpResponse(table_csv(CSV_COLUMNS, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    return response


@admin.register(AuditEntry)
class AuditEntryAdmin(RecordAdmin):
    list_display = ("at", "case_id", "volunteer_name", "url_name", "method")
    list_filter = ("method", "at")
    search_fields = ("volunteer_name", "url_name", "case__id")
    actions = ["export_csv"]

    @admin.action(description=_("Export the selected entries as CSV"))
    def export_csv(self, request, queryset):
        return audit_csv(queryset)
