import json

from django.core.management.base import BaseCommand, CommandError

from assistant.cases.models import Case
from assistant.cases.records import case_to_file


class Command(BaseCommand):
    help = "Print a case as an anxin.case/1 JSON file."

    def add_arguments(self, parser):
        parser.add_argument("id", type=int)

    def handle(self, *args, **options):
        try:
            case = Case.objects.prefetch_related("repayments", "calls").get(pk=options["id"])
        except Case.DoesNotExist as error:
            raise CommandError(f"no case with id {options['id']}") from error
        self.stdout.write(json.dumps(case_to_file(case), ensure_ascii=False, indent=2))
