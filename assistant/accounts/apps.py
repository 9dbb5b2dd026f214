from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "assistant.accounts"
    label = "accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from assistant.accounts import retention
        from assistant.accounts.signals import keep_session_cases, shorter_session_for_helpers

        retention.connect()

        user_logged_in.connect(keep_session_cases, dispatch_uid="accounts.keep_session_cases")
        user_logged_in.connect(
            shorter_session_for_helpers, dispatch_uid="accounts.shorter_session_for_helpers"
        )
