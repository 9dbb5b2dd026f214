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
}


def problem_messages(error):
    """The lines of a CaseFileError: "path: message" for a field, or the plain message."""
    lines = []
    for problem in error.problems:
        if isinstance(problem, Problem) and problem.code in MESSAGES:
            message = MESSAGES[problem.code] % {"allowed": ", ".join(problem.allowed)}
            lines.append(f"{problem.path}: {message}")
        else:
            lines.append(str(problem))
    return lines
