from django.core.management.base import BaseCommand, CommandError

from assistant.rights.loading import CONTENT_DIR, load_pages


class Command(BaseCommand):
    help = "Create or update the rights pages from assistant/rights/content/*.json."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=CONTENT_DIR, help="Read the files from here instead.")

    def handle(self, *args, **options):
        try:
            slugs = load_pages(options["dir"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Loaded {len(slugs)} rights pages.")
