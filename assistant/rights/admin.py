from django.contrib import admin
from django.utils import timezone

from assistant.rights.models import RightsPage, RightsPageText


class RightsPageTextInline(admin.StackedInline):
    model = RightsPageText
    extra = 0


@admin.register(RightsPage)
class RightsPageAdmin(admin.ModelAdmin):
    list_display = ["slug", "order", "last_reviewed", "edited_in_admin"]
    list_editable = ["order"]
    search_fields = ["slug", "texts__title"]
    inlines = [RightsPageTextInline]
    readonly_fields = ["edited_in_admin"]

    def save_model(self, request, obj, form, change):
        # Remembered so that reloading the repository's files does not undo the correction.
        obj.edited_in_admin = timezone.now()
        super().save_model(request, obj, form, change)
