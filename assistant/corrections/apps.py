from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CorrectionsConfig(AppConfig):
    name = "assistant.corrections"
    label = "corrections"
    verbose_name = _("Content corrections")

    def ready(self):
        from assistant.corrections import signals  # noqa: F401
