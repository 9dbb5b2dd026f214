import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from assistant.cases.records import import_case

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
DEMO_USER = "demo"


class Command(BaseCommand):
    help = "Load demo content (idempotent): example cases owned by the 'demo' user."

    @transaction.atomic
    def handle(self, *args, **options):
        user, created = get_user_model().objects.get_or_create(username=DEMO_USER)
        if created:
            user.set_unusable_password()
            user.save()
        if user.cases.exists():
            self.stdout.write("Demo content already loaded.")
            return
        files = sorted(DEMO_DIR.glob("*.case.json"))
        for path in files:
            data = json.loads(path.read_text(encoding="utf-8"))
            import_case(data, owner=lambda case: setattr(case, "user", user))
        self.stdout.write(f"Loaded {len(files)} demo cases for the user {DEMO_USER!r}.")
