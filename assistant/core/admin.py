"""Shared admin pieces."""

from django.contrib import admin


class RecordAdmin(admin.ModelAdmin):
    """A record nobody may add, change or delete through the admin: it can only be read."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
