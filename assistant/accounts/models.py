from django.db import models


class FailedLogIn(models.Model):
    """One failed log-in, kept for throttling (throttle.py); in the database so that every
    server process sees the same count."""

    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.username} from {self.ip} at {self.at:%Y-%m-%d %H:%M}"


class CountedAction(models.Model):
    """One costly or probing action (a case-file import, a sign-up), kept for a while so
    rates.py can refuse too many in a row, per visitor and per network address, across every
    server process."""

    kind = models.CharField(max_length=20)
    who = models.CharField(max_length=150, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        indexes = [
            models.Index(fields=["kind", "who", "at"]),
            models.Index(fields=["kind", "ip", "at"]),
        ]

    def __str__(self):
        return f"{self.kind} by {self.who or '-'} from {self.ip} at {self.at:%Y-%m-%d %H:%M}"
