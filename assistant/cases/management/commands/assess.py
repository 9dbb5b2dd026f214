import json

from django.core.management.base import BaseCommand, CommandError

from assistant.assessment.assess import assess, assessment_to_dict
from assistant.assessment.casefile import CaseFileError, parse
from assistant.cases.casefiles import read_case_file


class Command(BaseCommand):
    help = "Print the assessment (anxin.assessment/1 JSON) of an anxin.case/1 file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to an anxin.case/1 JSON file")

    def handle(self, *args, **options):
        try:
            case = parse(read_case_file(options["file"]))
        except CaseFileError as error:
            raise CommandError(str(error)) from error
        result = assessment_to_dict(assess(case))
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
