"""Admins see the audit log read-only and export the selected entries as CSV."""

import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from assistant.core.admin import RecordAdmin
from assistant.sharing.models import AuditEntry

CSV_COLUMNS = ("at", "case_id", "volunteer_name", "url_name", "method")


def audit_csv(entries):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for entry in entries.order_by("at", "pk"):
        writer.writerow(
            [
                entry.at.isoformat(),
                entry.case_id,
                entry.volunteer_name,
                entry.url_name,
                entry.method,
            ]
        )
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
