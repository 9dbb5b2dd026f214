from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from assistant.assessment.casefile import CaseFileError
from assistant.cases.casefiles import read_case_file
from assistant.cases.records import import_case


class Command(BaseCommand):
    help = "Create a case (with its calls) for a user from an anxin.case/1 file."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="username that will own the case")

    def handle(self, *args, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(options["user"])
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"no user named {options['user']!r}") from error
        try:
            case = import_case(
                read_case_file(options["file"]), owner=lambda c: setattr(c, "user", user)
            )
        except CaseFileError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(case.pk))
