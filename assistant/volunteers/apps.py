from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


class VolunteersConfig(AppConfig):
    default = True
    name = "assistant.volunteers"
    label = "volunteers"

    def ready(self):
        from assistant.volunteers.roles import volunteers_group

        # The group exists (with its content-admin permissions) as soon as the tables do.
        post_migrate.connect(lambda **kwargs: volunteers_group(), sender=self, weak=False)


class VerifiedAdminConfig(admin_apps.AdminConfig):
    """Django's admin, served by a site that demands a verified second factor."""

    default = False

    default_site = "assistant.volunteers.admin_site.VerifiedAdminSite"
