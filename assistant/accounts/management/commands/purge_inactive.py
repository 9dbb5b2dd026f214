"""Delete anonymous cases after ANONYMOUS_RETENTION_DAYS without activity; for cron, e.g.

17 3 * * *  cd /srv/anxin && .venv/bin/python manage.py purge_inactive --quiet
"""

from django.core.management.base import BaseCommand, CommandError

from assistant.accounts import rates, throttle
from assistant.accounts.erasing import counts, delete_cases
from assistant.accounts.retention import expired_anonymous_cases, retention_days
from assistant.sharing import throttle as share_throttle


class Command(BaseCommand):
    help = (
        "Delete anonymous cases (with calls, letters, sent items, notes and files) inactive "
        "for N days, and old failed log-ins and share-code attempts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="days of inactivity (default: ANONYMOUS_RETENTION_DAYS)"
        )
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
        parser.add_argument("--quiet", action="store_true", help="print nothing")

    def handle(self, *args, days=None, dry_run=False, quiet=False, **options):
        days = retention_days() if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1")
        cases = expired_anonymous_cases(days)
        result = counts(cases) if dry_run else delete_cases(cases)
        forgotten = 0
        if not dry_run:  # failed log-ins and share codes that no longer count
            forgotten = throttle.forget_old() + share_throttle.forget_old() + rates.forget_old()
        if not quiet:
            verb = "would delete" if dry_run else "deleted"
            self.stdout.write(
                f"{verb} {result['cases']} anonymous cases inactive for {days} days "
                f"({result['calls']} calls, {result['letters']} letters, "
                f"{result['files']} files, {result['sent']} sent items, "
                f"{result['replies']} answer files, {result['notes']} notes); "
                f"forgot {forgotten} old failed log-ins and share codes"
            )
