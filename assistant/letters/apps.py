from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "assistant.letters"
    label = "letters"
