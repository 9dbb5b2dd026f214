from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "assistant.cases"
    label = "cases"
