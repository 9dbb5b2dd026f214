"""What the call log shows: each call with the flags the assessment engine gave it.

No rule is decided here. The engine's `flags[].call` is a call's index in the case's calls in
entry order (Call.Meta.ordering); this module only joins each flag back to its call and looks
up the words (content.FLAGS) and, for a just-saved call, the phrase suggestions.
"""

from collections import defaultdict

from django.utils import timezone

from assistant.assessment.conduct import SHANGHAI
from assistant.assessment.registry import default_registry
from assistant.calls.models import Channel
from assistant.calls.phrases import suggest
from assistant.cases import content
from assistant.cases.records import assess_case


def flag_text(code):
    return {"code": code, **content.flag_text(code, default_registry())}


def call_rows(case):
    """Every call of `case` in entry order, each with its flags: a list of dicts."""
    flags = defaultdict(list)
    for flag in assess_case(case)["flags"]:
        flags[flag["call"]].append(flag)
    return [
        {
            "call": call,
            "index": index,
            "at": timezone.localtime(call.at, SHANGHAI),
            "channel": Channel(call.channel).label,
            "flags": [{**flag_text(f["code"]), "rules": f["rules"]} for f in flags[index]],
        }
        for index, call in enumerate(case.calls.all())
    ]


def newest_first(rows):
    return sorted(rows, key=lambda row: (row["at"], row["call"].pk), reverse=True)


def oldest_first(rows):
    return sorted(rows, key=lambda row: (row["at"], row["call"].pk))


def filter_rows(rows, flag=None, date_from=None, date_to=None):
    """The rows with flag `flag` and on Asia/Shanghai days from `date_from` to `date_to`."""
    return [
        row
        for row in rows
        if (not flag or any(f["code"] == flag for f in row["flags"]))
        and (not date_from or row["at"].date() >= date_from)
        and (not date_to or row["at"].date() <= date_to)
    ]


def suggestions(text, ticked=()):
    """Conduct the text hints at that is not ticked yet, with its words."""
    return [flag_text(code) for code in suggest(text) if code not in ticked]


def with_suggestions(row):
    """The row, plus what its summary suggests, for the call that was just saved."""
    call = row["call"]
    return {**row, "suggestions": suggestions(call.summary, call.conduct)}
