from django.apps import AppConfig


class RightsConfig(AppConfig):
    name = "assistant.rights"
    label = "rights"

    def ready(self):
        from assistant.rights import signals  # noqa: F401
