"""The record of every admin change (Django's LogEntry), readable in the admin.

Django writes a LogEntry for each add, change and delete made through the admin (who, when,
what, and which fields). It is not registered by default, so nobody could read it there; here
it is, read-only. Content-admin volunteers get the view permission (roles.CONTENT_MODELS).
"""

from django.contrib import admin
from django.contrib.admin.models import LogEntry

from assistant.core.admin import RecordAdmin


@admin.register(LogEntry)
class LogEntryAdmin(RecordAdmin):
    list_display = ["action_time", "user", "content_type", "object_repr", "action_flag"]
    list_filter = ["action_flag", "content_type"]
    search_fields = ["object_repr", "user__username"]
    date_hierarchy = "action_time"
    fields = [
        "action_time",
        "user",
        "content_type",
        "object_id",
        "object_repr",
        "action_flag",
        "get_change_message",
    ]
    readonly_fields = fields
