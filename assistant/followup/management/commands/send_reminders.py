"""Send due deadline reminders by e-mail; safe to run from cron as often as you like."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from assistant.followup import reminders


class Command(BaseCommand):
    help = (
        "E-mail deadline reminders to account holders who asked for them. Each reminder is "
        "sent once: a second run sends nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List, send nothing.")
        parser.add_argument("--today", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, today=None, **options):
        try:
            day = date.fromisoformat(today) if today else None
        except ValueError as error:
            raise CommandError(f"--today: {error}") from error
        results = reminders.run(day, send=not dry_run)
        for email, items in results:
            for item in items:
                self.stdout.write(f"{email}\t{item.day}\t{item.key}")
        verb = "would send" if dry_run else "sent"
        self.stdout.write(f"{verb} {sum(len(i) for _e, i in results)} reminder(s)")
