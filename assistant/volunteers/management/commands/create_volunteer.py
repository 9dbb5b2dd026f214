"""Create a volunteer, or make an existing user one, and say how they set up their second factor."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from assistant.volunteers.roles import volunteers_group


class Command(BaseCommand):
    help = "Create or update a volunteer (a user in the 'volunteers' group)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--content-admin",
            action="store_true",
            help="Also let them correct rights pages, sources and the help directory in the admin.",
        )

    @transaction.atomic
    def handle(self, username, email, content_admin, **options):
        User = get_user_model()
        user, created = User.objects.get_or_create(username=username)
        if created:
            # No usable password: they choose one with `manage.py changepassword`.
            user.set_unusable_password()
        if email:
            user.email = email
        if content_admin:
            user.is_staff = True
        user.save()
        user.groups.add(volunteers_group())
        self.stdout.write(self._instructions(user, created))

    def _instructions(self, user, created):
        with translation.override("zh-hans"):
            log_in = reverse("account:log_in")
            enrol = reverse("volunteer:enrol")
        lines = [
            f"{'Created' if created else 'Updated'} volunteer {user.username!r}"
            + (" (content admin)" if user.is_staff else "")
            + ".",
        ]
        if not user.has_usable_password():
            lines.append(f"Set their password: manage.py changepassword {user.username}")
        lines += [
            "Second factor (needed before any volunteer page opens):",
            f"  1. Log in at {log_in}?next={enrol}",
            "  2. Scan the QR code with an authenticator app and type the first code.",
            "  3. Keep the 10 recovery codes shown once; each replaces a code from the app once.",
        ]
        return "\n".join(lines)
