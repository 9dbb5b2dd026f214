"""A case file's problems in the reader's language, one line per field."""

from django.utils.translation import gettext_lazy as _

from assistant.assessment.casefile import Problem

MESSAGES = {
    "required": _("is required"),
    "unknown_key": _("unknown key"),
    "object": _("must be an object"),
    "list": _("must be a list"),
    "choice": _("must be one of %(allowed)s"),
    "format": _('must be "%(allowed)s"'),
    "money": _('must be a decimal number ≥ 0 with at most 2 decimals, e.g. "8000.00"'),
    "date": _('must be a date like "2026-11-15"'),
    "datetime": _('must be a date and time like "2026-11-18T22:40:00+08:00"'),
    "boolean": _("must be true or false"),
    "boolean_or_null": _("must be true, false or null"),
    "text": _("must be text"),
    "count": _("must be a whole number ≥ 0"),
    "json": _("is not valid JSON"),
    "too_long": _("must be at most %(allowed)s characters"),
    "nul": _("must not contain NUL characters"),
    "date_range": _("must be a date from %(first)s to %(last)s"),
    "minutes": _("must be a whole number from 0 to %(allowed)s"),
    "too_many": _("may hold at most %(allowed)s entries; a case can hold no more"),
    "too_deep": _("is nested more deeply than a case file ever is"),
    "more_problems": _("and %(allowed)s more problems not listed here"),
    "checksum": _("must be a SHA-256 checksum (64 hexadecimal digits)"),
    "file_path": _('must name a file in the folder, like "evidence/1-2-photo.png"'),
    "snapshot": _("must hold exactly these keys: %(allowed)s"),
    "calls_count": _("must hold one entry for each of the %(allowed)s calls in case.json"),
    "version_numbers": _("each version needs its own number from 1 up"),
    "no_such_letter": _("names a letter or version that letters.json does not hold"),
    "sent_twice": _("this version is already recorded as sent by another entry"),
    "file_missing": _("the file is not in the ZIP"),
    "file_changed": _("the file differs from the one exported (its checksum does not match)"),
    "file_refused": "%(allowed)s",
    "zip": _("is not a ZIP file that can be read"),
    "zip_too_big": _("is larger than %(allowed)s MB, the most a restore can take"),
    "zip_files": _("holds more than %(allowed)s files, the most a restore can take"),
    "member_too_big": _("is larger than %(allowed)s MB; the export never writes one this large"),
    "no_cases": _("holds no case folder (case-<number>/case.json) of an Anxin export"),
}


def problem_messages(error):
    """The lines of a CaseFileError: "path: message" for a field, or the plain message."""
    lines = []
    for problem in error.problems:
        if isinstance(problem, Problem) and problem.code in MESSAGES:
            message = MESSAGES[problem.code] % problem.params
            lines.append(f"{problem.path}: {message}")
        else:
            lines.append(str(problem))
    return lines
