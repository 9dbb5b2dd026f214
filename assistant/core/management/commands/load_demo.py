from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load demo content (idempotent): example cases for the 'demo' user."

    def handle(self, *args, **options):
        self.stdout.write("Demo content: nothing to load yet.")
