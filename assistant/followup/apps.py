from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "assistant.followup"
    label = "followup"
