from django.contrib import admin

from assistant.rights.models import RightsPage, RightsPageText


class RightsPageTextInline(admin.StackedInline):
    model = RightsPageText
    extra = 0


@admin.register(RightsPage)
class RightsPageAdmin(admin.ModelAdmin):
    list_display = ["slug", "order", "last_reviewed"]
    list_editable = ["order"]
    search_fields = ["slug", "texts__title"]
    inlines = [RightsPageTextInline]
