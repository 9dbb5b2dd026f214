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
