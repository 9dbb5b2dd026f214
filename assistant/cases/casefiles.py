"""Reading case files from disk with one clear error for the person who gave the file."""

import json

from django.utils.translation import gettext as _

from assistant.assessment.casefile import CaseFileError

MAX_CASE_FILE_BYTES = 2 * 1024 * 1024


def read_case_file(path_or_file):
    """The JSON object in a case file (a path or an open binary file); CaseFileError if not."""
    try:
        if hasattr(path_or_file, "read"):
            raw = path_or_file.read(MAX_CASE_FILE_BYTES + 1)
        else:
            with open(path_or_file, "rb") as handle:
                raw = handle.read(MAX_CASE_FILE_BYTES + 1)
    except OSError as error:
        raise CaseFileError(
            [_("cannot read the file: %(reason)s") % {"reason": error.strerror}]
        ) from error
    if len(raw) > MAX_CASE_FILE_BYTES:
        raise CaseFileError([_("the file is larger than 2 MB; a case file is much smaller")])
    return json_object(raw)


def json_object(raw):
    """The JSON object in `raw` (bytes); CaseFileError with a plain message if it is not one."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseFileError([_("not a JSON file: %(reason)s") % {"reason": error}]) from error
    except RecursionError as error:
        raise CaseFileError([_("the file is nested too deeply to be a case file")]) from error
    except ValueError as error:  # a number of more than 4,300 digits
        raise CaseFileError([_("the file holds a number too long to be a case file")]) from error
    if not isinstance(data, dict):
        raise CaseFileError([_("the file must hold one JSON object")])
    return data
