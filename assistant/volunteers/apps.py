from django.apps import AppConfig


class VolunteersConfig(AppConfig):
    name = "assistant.volunteers"
    label = "volunteers"
