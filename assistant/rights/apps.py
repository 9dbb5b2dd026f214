from django.apps import AppConfig


class RightsConfig(AppConfig):
    name = "assistant.rights"
    label = "rights"
