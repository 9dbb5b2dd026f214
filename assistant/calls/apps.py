from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "assistant.calls"
    label = "calls"
