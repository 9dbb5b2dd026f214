"""What the call log shows: each call with the flags the assessment engine gave it.

No rule is decided here. The engine's `flags[].call` is a call's index in the case's calls in
entry order (Call.Meta.ordering); this module only joins each flag back to its call and looks
up the words (content.FLAGS) and, for a just-saved call, what its description suggests
(suggester.py) with the words that suggested it.
"""

from collections import defaultdict

from django.template.loader import render_to_string
from django.utils import timezone

from assistant.assessment.conduct import SHANGHAI
from assistant.assessment.registry import default_registry
from assistant.calls.models import Channel, Evidence
from assistant.calls.suggester import read
from assistant.cases import content
from assistant.cases.presenting import cite, court_line
from assistant.cases.records import assess_case


def flag_text(code, lender=None):
    return {"code": code, **content.flag_text(code, default_registry(), lender)}


class FlagWords:
    """What flag_with_rules keeps while one list is made: a log repeats the same few flags
    and sets of rules many times."""

    def __init__(self, lender=None):
        self.lender = lender  # the case's lender type: which daily call limit binds it
        self.sources = {}  # rules (a tuple of source ids) -> (citations, includes/sources.html)
        self.words = {}  # flag code -> its words (flag_text)


def flag_with_rules(flag, cache):
    """A flag's words, and the rules it breaks with their sources, also as HTML; `cache` is
    the list's FlagWords."""
    rules = tuple(flag["rules"])
    if rules not in cache.sources:
        cited = cite(rules)
        cache.sources[rules] = (cited, _sources_html(cited))
    cited, html = cache.sources[rules]
    code = flag["code"]
    if code not in cache.words:
        cache.words[code] = {**flag_text(code, cache.lender), **_how_to_check(code)}
    return {
        **cache.words[code],
        "rules": flag["rules"],
        "sources": cited,
        "sources_html": html,
    }


def _how_to_check(code):
    """For a flag whose explanation sends the reader to the 12368 line: that line's source."""
    cited = court_line([code])
    return {"check_sources": cited, "check_html": cited and _sources_html(cited)}


def _sources_html(cited):
    return render_to_string("includes/sources.html", {"sources": cited, "content": content})


def call_rows(case, assessment=None):
    """Every call of `case` in entry order, each with its flags and files: a list of dicts.

    `assessment` is assess_case(case) when the caller has it already.
    """
    flags = defaultdict(list)
    for flag in (assessment or assess_case(case))["flags"]:
        flags[flag["call"]].append(flag)
    files = defaultdict(list)
    for item in Evidence.objects.filter(call__case=case, call__deleted_at__isnull=True):
        files[item.call_id].append(item)
    cache = FlagWords(case.lender_type)
    return [
        {
            "call": call,
            "index": index,
            "at": timezone.localtime(call.at, SHANGHAI),
            "channel": Channel(call.channel).label,
            "flags": [flag_with_rules(f, cache) for f in flags[index]],
            "evidence": files[call.pk],
        }
        for index, call in enumerate(case.calls.all())
    ]


def oldest_first(rows):
    return sorted(rows, key=lambda row: (row["at"], row["call"].pk))


def suggestions(text, ticked=()):
    """Conduct the text suggests that is not ticked yet: its words, and `because`, the words
    of the text that suggested it."""
    return [{**flag_text(s.code), "because": s.because} for s in read(text) if s.code not in ticked]


def with_suggestions(row):
    """The row, plus what its summary suggests, for the call that was just saved."""
    call = row["call"]
    return {**row, "suggestions": suggestions(call.summary, call.conduct)}
