from django.apps import AppConfig


class HelpConfig(AppConfig):
    name = "assistant.help"
    label = "help"
