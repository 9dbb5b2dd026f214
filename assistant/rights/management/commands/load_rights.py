from django.core.management.base import BaseCommand, CommandError

from assistant.rights.loading import CONTENT_DIR, load_pages


class Command(BaseCommand):
    help = "Create or update the rights pages from assistant/rights/content/*.json."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=CONTENT_DIR, help="Read the files from here instead.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also overwrite pages a volunteer changed in the admin.",
        )

    def handle(self, *args, **options):
        try:
            result = load_pages(options["dir"], force=options["force"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Loaded {len(result.loaded)} rights pages.")
        if result.skipped:
            self.stdout.write(
                self.style.WARNING(
                    f"Skipped {len(result.skipped)} changed in the admin "
                    f"(use --force to overwrite): {', '.join(result.skipped)}"
                )
            )
