"""The call log as a CSV file that Excel and WPS open correctly with Chinese text, and as
the context of the evidence summary (templates/pdf/evidence.html, a PDF and a web page).

The CSV is the complete record, however long the log. The evidence summary comes in parts
of bounded size (evidence_parts), each a PDF that lays out in a few seconds.

UTF-8 with a byte-order mark (without it Excel on Windows guesses GBK and shows mojibake). A
cell that starts with = + - @ (or a tab or carriage return, or the full-width ＝ ＋ － ＠)
would run as a formula in a spreadsheet, so it gets a leading apostrophe: what the borrower
or a collector typed is shown, never executed.
"""

import csv
import io
import unicodedata
from collections import Counter
from types import SimpleNamespace

from django.utils import timezone
from django.utils.translation import gettext as _

from assistant.assessment import limits
from assistant.assessment.conduct import SHANGHAI
from assistant.calls import listing
from assistant.calls.models import EDITABLE, Call, Channel
from assistant.calls.presenting import call_rows, oldest_first
from assistant.cases import content
from assistant.cases.presenting import cite, flag_summary
from assistant.cases.records import assess_case
from assistant.core.registry import site_registry

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    # Full-width ＝ ＋ － ＠ (a Chinese keyboard's) start a formula in WPS too: NFKC makes
    # them the ASCII signs.
    first = unicodedata.normalize("NFKC", text[:1])
    return "'" + text if first.startswith(FORMULA_STARTS) else text


# The logged fields, in the form's order; conduct gets its own column at the end.
MODEL_COLUMNS = tuple(name for name in EDITABLE if name != "conduct")


def headers():
    names = [str(Call._meta.get_field(name).verbose_name) for name in MODEL_COLUMNS]
    return [
        *names,
        _("conduct"),
        _("flags"),
        _("rules broken"),
        _("conduct codes"),
        _("flag codes"),
    ]


def rule_referencer(registry):
    """A function giving the rules a call's flags break, each instrument and article once (as
    corrected). Many calls break the same rules: each distinct set is worked out once."""
    known = {}

    def references(flags):
        ids = tuple(dict.fromkeys(rule for flag in flags for rule in flag["rules"]))
        if ids not in known:
            sources = _distinct({"source": registry.source(rule_id)} for rule_id in ids)
            known[ids] = "; ".join(
                f"{item['source'].instrument} {item['source'].article or ''}".strip()
                for item in sources
            )
        return known[ids]

    return references


def row_cells(row, references):
    """Words in the reader's language, as an institution reads them (third person); the codes
    follow in their own columns, for a program to read back."""
    call = row["call"]
    return [
        row["at"].isoformat(),
        Channel(call.channel).label,
        _("yes") if call.answered else _("no"),
        call.number,
        call.organisation,
        call.collector,
        call.duration_minutes,
        call.summary,
        "；".join(str(content.evidence_label(code)) for code in call.conduct),
        "；".join(str(content.evidence_label(flag["code"])) for flag in row["flags"]),
        references(row["flags"]),
        " ".join(call.conduct),
        " ".join(flag["code"] for flag in row["flags"]),
    ]


def table_csv(headers, rows):
    """Rows of cells as CSV text for Excel and WPS: BOM first, no cell run as a formula."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow([safe_cell(header) for header in headers])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def calls_csv(rows):
    """The rows (from presenting.call_rows) as CSV text, starting with the BOM."""
    references = rule_referencer(site_registry())
    return table_csv(headers(), (row_cells(row, references) for row in rows))


def case_calls_csv(case):
    """calls_csv of every call of `case`, oldest first, made from the call list's index (the
    flags, cached) and one values() query: no model objects for a log of thousands."""
    index = listing.index_for(case)
    fields = {values["pk"]: values for values in case.calls.values("pk", *EDITABLE)}
    rows = []
    for position in reversed(range(len(index))):  # the index is newest first
        values = fields.get(index.pks[position])
        if values is None:  # deleted since the index was read
            continue
        call = SimpleNamespace(**values)
        rows.append(
            {
                "call": call,
                "at": timezone.localtime(call.at, SHANGHAI),
                "flags": [{"code": code, "rules": rules} for code, rules in index.flags(position)],
            }
        )
    return calls_csv(rows)


def _text_size(call):
    """How much text a call puts in the evidence summary (what its layout costs)."""
    return sum(len(getattr(call, name) or "") for name in LAID_OUT_TEXT)


LAID_OUT_TEXT = ("summary", "number", "organisation", "collector")


def evidence_parts(rows, most_calls=None, most_text=None):
    """The evidence summary's parts as (first, stop) slices of `rows` (oldest first).

    Each part holds at most `most_calls` calls and, but for a single longer call, at most
    `most_text` characters of their text (limits.json), so every part lays out in bounded
    time; a log that fits one part is one part.
    """
    most_calls = most_calls or limits.value("evidence_pdf_calls_per_part")
    most_text = most_text or limits.value("evidence_pdf_text_per_part")
    parts, first, text = [], 0, 0
    for position, row in enumerate(rows):
        size = _text_size(row["call"])
        if position > first and (position - first >= most_calls or text + size > most_text):
            parts.append((first, position))
            first, text = position, 0
        text += size
    parts.append((first, len(rows)))
    return parts


class NoSuchPart(LookupError):
    """The evidence summary has no part with that number."""


def evidence_summary(case, part=1):
    """The context of templates/pdf/evidence.html: facts, the calls of part `part` (numbered
    from 1, see evidence_parts), flag counts over every call, the part's files.

    The rules are listed once, numbered, after the table; each flag in the table gives the
    numbers of the rules it breaks ("[1] [4]"). Short cells keep a log of hundreds of calls
    readable, and quick to lay out.
    """
    assessment = assess_case(case)
    every_row = oldest_first(call_rows(case, assessment))
    parts = evidence_parts(every_row)
    if not 1 <= part <= len(parts):
        raise NoSuchPart(part)
    first, stop = parts[part - 1]
    rows = every_row[first:stop]
    sources = _distinct(cite(rule for flag in assessment["flags"] for rule in flag["rules"]))
    return {
        "case": case,
        "assessment": assessment,
        "stage": content.STAGES[assessment["stage"]],
        "rows": _third_person(_with_rule_numbers(rows, sources)),
        "part": {
            "number": part,
            "count": len(parts),
            "first": first + 1,
            "last": stop,
            "total": len(every_row),
            "numbers": range(1, len(parts) + 1),
        },
        "flag_counts": flag_summary(
            Counter(f["code"] for f in assessment["flags"]).items(),
            case.lender_type,
            third_person=True,
        ),
        "sources": [{**item, "number": n} for n, item in enumerate(sources, 1)],
        "files": [{"row": row, "file": item} for row in rows for item in row["evidence"]],
        "generated_on": timezone.localtime(timezone.now(), SHANGHAI),
        "content": content,
    }


def _third_person(rows):
    for row in rows:
        row["flags"] = [
            {**flag, "label": content.evidence_label(flag["code"])} for flag in row["flags"]
        ]
    return rows


def _key(source):
    return (source.instrument, source.article)


def _distinct(sources):
    """One line per instrument and article: the registry splits some by topic."""
    lines = {}
    for item in sources:
        lines.setdefault(_key(item["source"]), item)
    return list(lines.values())


def _with_rule_numbers(rows, sources):
    """Each row's flags as their label and the numbers of their rules in `sources`."""
    numbers = {_key(item["source"]): n for n, item in enumerate(sources, 1)}
    registry = site_registry()

    def refs(rules):
        found = {numbers[_key(registry.source(rule))] for rule in rules}
        return " ".join(f"[{n}]" for n in sorted(found))

    return [
        {**row, "flags": [{**flag, "refs": refs(flag["rules"])} for flag in row["flags"]]}
        for row in rows
    ]
