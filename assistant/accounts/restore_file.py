"""The two files of a data export that a restore reads besides case.json: checked, not trusted.

`letters.json` holds every letter with every version (what it said, when it was sent) and
`restore.json` (format anxin.restore/1) the rest of what a borrower owns that a case file
does not carry: when each call was logged, its undo history and evidence files, deleted
calls waiting for an undo, what was sent and the answers, the volunteers' notes.

Both are read like a case file (casefile.Reader): every problem is collected with the path
of its field, nothing is stored unless there is none, and whatever passes fits its column
and can be shown. Files are named here and checked as uploads when they are read from the
ZIP (restoring.py); a recorded checksum must match the file.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from assistant.assessment import casefile
from assistant.calls.models import EDITABLE, CallChange
from assistant.followup.models import About, Extension, Outcome
from assistant.followup.models import Channel as SentTo
from assistant.letters.models import Kind, SentChannel

FORMAT = "anxin.restore/1"
# Deeper than a case file: letters → versions → content → schedule → rows.
MAX_DEPTH = 10
MOST_LETTERS = 200
MOST_VERSIONS = 200
MOST_ITEMS = 500  # sent items, notes, files of one call, changes of one call
MOST_PARAGRAPHS = 200
SHA256 = re.compile(r"[0-9a-f]{64}")
# A file named in restore.json: inside its case's folder, no way out of it.
FILE_PATH = re.compile(r"(evidence|replies)/[^/\\]{1,200}")


@dataclass(frozen=True)
class StoredFile:
    path: str
    name: str
    sha256: str | None = None
    uploaded_at: datetime | None = None


@dataclass(frozen=True)
class Change:
    kind: str
    before: dict
    made_at: datetime | None = None
    undone_at: datetime | None = None


@dataclass(frozen=True)
class CallHistory:
    """What the log holds of one call besides the call itself."""

    logged_at: datetime | None = None
    deleted_at: datetime | None = None
    changes: tuple[Change, ...] = ()
    evidence: tuple[StoredFile, ...] = ()
    call: casefile.Call | None = None  # only for a deleted call (case.json has the others)
    position: int | None = None  # a deleted call's place among all the calls, in entry order


@dataclass(frozen=True)
class Version:
    number: int
    content: dict
    created_at: datetime | None = None
    sent_on: date | None = None
    sent_channel: str | None = None
    sent_reference: str | None = None


@dataclass(frozen=True)
class Letter:
    kind: str
    versions: tuple[Version, ...]
    created_at: datetime | None = None


@dataclass(frozen=True)
class SentItem:
    channel: str
    sent_on: date
    letter: int | None = None  # index in letters.json
    version: int | None = None  # that letter's version number
    values: dict = field(default_factory=dict)  # the other fields, by model field name
    reply_file: StoredFile | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Note:
    by: str
    text: str
    at: datetime | None = None


@dataclass(frozen=True)
class Restore:
    created_at: datetime | None = None
    details_pending: bool = False
    calls: tuple[CallHistory, ...] = ()
    deleted_calls: tuple[CallHistory, ...] = ()
    sent: tuple[SentItem, ...] = ()
    notes: tuple[Note, ...] = ()


_text = casefile.text_reader


def _count(most):
    def read(reader, value, path):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
            reader.fail(path, "count")
            return 0
        return value

    return read


def _choice(allowed):
    allowed = tuple(allowed)

    def read(reader, value, path):
        if value not in allowed:
            reader.fail(path, "choice", allowed)
        return value

    return read


def _list(read_one, most):
    return lambda reader, value, path: reader.items(value, path, read_one, most=most)


def _sha256(reader, value, path):
    if not isinstance(value, str) or not SHA256.fullmatch(value):
        reader.fail(path, "checksum")
        return None
    return value


def _file_path(reader, value, path):
    if not isinstance(value, str) or not FILE_PATH.fullmatch(value) or ".." in value:
        reader.fail(path, "file_path")
        return ""
    return value


def _stored_file(reader, value, path):
    spec = {
        "file": _file_path,
        "name": _text(120),
        "sha256": _sha256,
        "uploaded_at": casefile.read_datetime,
    }
    parsed = reader.fields(value, path, spec, required=("file", "name"))
    return StoredFile(parsed.pop("file", ""), parsed.pop("name", ""), **parsed)


def _before(reader, value, path):
    """A call's values before a change, as Call.snapshot() wrote them."""
    if isinstance(value, dict) and set(value) != set(EDITABLE):
        reader.fail(path, "snapshot", EDITABLE)
        return {}
    call = casefile.read_call(reader, value, path)
    if call.at is None:
        return {}
    return {
        "at": call.at.astimezone(UTC).isoformat(),
        "channel": call.channel,
        "answered": call.answered,
        **{name: getattr(call, name) or "" for name in ("number", "organisation", "collector")},
        "duration_minutes": call.duration_minutes,
        "summary": call.summary or "",
        "conduct": list(call.conduct),
    }


def _change(reader, value, path):
    spec = {
        "kind": _choice(CallChange.Kind.values),
        "before": _before,
        "made_at": casefile.read_datetime,
        "undone_at": casefile.read_datetime,
    }
    parsed = reader.fields(value, path, spec, required=("kind", "before"))
    return Change(parsed.pop("kind", ""), parsed.pop("before", {}), **parsed)


HISTORY_SPEC = {
    "logged_at": casefile.read_datetime,
    "changes": _list(_change, MOST_ITEMS),
    "evidence": _list(_stored_file, MOST_ITEMS),
}


def _logged_call(reader, value, path):
    return CallHistory(**reader.fields(value, path, HISTORY_SPEC))


def _deleted_call(reader, value, path):
    spec = {
        **HISTORY_SPEC,
        "call": casefile.read_call,
        "deleted_at": casefile.read_datetime,
        "position": _count(10**6),
    }
    required = ("call", "deleted_at", "position")
    return CallHistory(**reader.fields(value, path, spec, required=required))


SENT_TEXTS = {"reference": 100, "answered_by": 100}


def _sent_item(reader, value, path):
    spec = {
        "letter": _count(MOST_LETTERS),
        "version": _count(MOST_VERSIONS),
        "about": _choice(About.values),
        "channel": _choice(SentTo.values),
        "sent_on": casefile.read_date,
        "received_on": casefile.read_date,
        "reference": _text(100),
        "extension": _choice(Extension.values),
        "answered_by": _text(100),
        "reply_on": casefile.read_date,
        "reply": _text(5000, several_lines=True),
        "outcome": _choice(Outcome.values),
        "reply_file": _stored_file,
        "created_at": casefile.read_datetime,
    }
    parsed = reader.fields(value, path, spec, required=("channel", "sent_on"))
    own = {key: parsed.pop(key, None) for key in ("letter", "version", "reply_file", "created_at")}
    return SentItem(parsed.pop("channel", ""), parsed.pop("sent_on", None), values=parsed, **own)


def _note(reader, value, path):
    spec = {"by": _text(150), "text": _text(2000, several_lines=True), "at": casefile.read_datetime}
    parsed = reader.fields(value, path, spec, required=("by", "text"))
    return Note(parsed.pop("by", ""), parsed.pop("text", ""), **parsed)


def _format(reader, value, path):
    if value != FORMAT:
        reader.fail(path, "format", (FORMAT,))
    return value


RESTORE_SPEC = {
    "format": _format,
    "created_at": casefile.read_datetime,
    "details_pending": casefile.read_boolean,
    "calls": _list(_logged_call, None),
    "deleted_calls": _list(_deleted_call, None),
    "sent": _list(_sent_item, MOST_ITEMS),
    "notes": _list(_note, MOST_ITEMS),
}


def _finish(reader):
    if reader.problems:
        raise casefile.CaseFileError(reader.all_problems())


def read_restore(data, calls_in_case, most_calls) -> Restore:
    """The Restore in a restore.json dict whose case.json holds `calls_in_case` calls."""
    reader = casefile.Reader()
    if casefile.too_deep(data, MAX_DEPTH):
        reader.fail("", "too_deep")
        _finish(reader)
    parsed = reader.fields(data, "", RESTORE_SPEC, required=("format",))
    parsed.pop("format", None)
    calls = parsed.get("calls", ())
    if len(calls) != calls_in_case:
        reader.fail("calls", "calls_count", (str(calls_in_case),))
    if calls_in_case + len(parsed.get("deleted_calls", ())) > most_calls:
        reader.fail("deleted_calls", "too_many", (str(most_calls),))
    _finish(reader)
    return Restore(**parsed)


# A letter's stored content (kinds.build_content, then the edit form): plain strings only.
SENDER_KEYS = ("name", "id_number", "phone", "address")
LETTER_TEXT = 20000  # letters/forms.py LONG_MAX, the longest a paragraph can be edited to


def _strings(most_each, most_items=MOST_PARAGRAPHS):
    return _list(_text(most_each, several_lines=True), most_items)


def _sender(reader, value, path):
    return reader.fields(value, path, {key: _text(100) for key in SENDER_KEYS})


def _reading(reader, value, path):
    """The English reading copy: Chinese text → English text."""
    if not isinstance(value, dict):
        reader.fail(path, "object")
        return {}
    if len(value) > 4 * MOST_PARAGRAPHS:
        reader.fail(path, "too_many", (str(4 * MOST_PARAGRAPHS),))
        return {}
    read = _text(LETTER_TEXT, several_lines=True)
    return {read(reader, k, path): read(reader, v, path) for k, v in value.items()}


def _schedule_row(reader, value, path):
    spec = {"first": _count(600), "last": _count(600), "amount": casefile.read_money}
    parsed = reader.fields(value, path, spec, required=tuple(spec))
    return {**parsed, "amount": str(parsed.get("amount"))}


def _schedule(reader, value, path):
    spec = {
        "total": casefile.read_money,
        "monthly": casefile.read_money,
        "months": _count(600),
        "rows": _list(_schedule_row, 600),
    }
    parsed = reader.fields(value, path, spec, required=tuple(spec))
    money = {key: str(parsed.get(key)) for key in ("total", "monthly")}
    return {**parsed, **money, "rows": list(parsed.get("rows", ()))}


def _iso_date(reader, value, path):
    day = casefile.read_date(reader, value, path)
    return day and day.isoformat()


CONTENT_SPEC = {
    "kind": _choice(Kind.values),
    "date": _iso_date,
    "sender": _sender,
    **{key: _text(LETTER_TEXT, several_lines=True) for key in ("signer", "subject")},
    **{key: _text(LETTER_TEXT, several_lines=True) for key in ("salutation", "intro", "closing")},
    **{key: _strings(LETTER_TEXT) for key in ("recipient", "facts", "requests", "attachments")},
    "schedule": _schedule,
    "reading": _reading,
    "layout": _choice(("court",)),
}
CONTENT_REQUIRED = ("kind", "date", "recipient", "subject", "salutation", "intro", "facts")


def _content(reader, value, path):
    parsed = reader.fields(value, path, CONTENT_SPEC, required=CONTENT_REQUIRED)
    if not isinstance(value, dict):
        return {}
    lists = ("recipient", "facts", "requests", "attachments")
    # In the file's own order; a letter without a plan has "schedule": null.
    return {
        key: list(parsed[key]) if key in lists else parsed.get(key)
        for key in value
        if key in parsed or key == "schedule"
    }


def _version(reader, value, path):
    spec = {
        "number": _count(MOST_VERSIONS),
        "created_at": casefile.read_datetime,
        "sent_on": casefile.read_date,
        "sent_channel": _choice(SentChannel.values),
        "sent_reference": _text(100),
        "content": _content,
    }
    parsed = reader.fields(value, path, spec, required=("number", "content"))
    return Version(parsed.pop("number", 0), parsed.pop("content", {}), **parsed)


def _letter(reader, value, path):
    spec = {
        "kind": _choice(Kind.values),
        "created_at": casefile.read_datetime,
        "versions": _list(_version, MOST_VERSIONS),
    }
    parsed = reader.fields(value, path, spec, required=("kind", "versions"))
    letter = Letter(parsed.pop("kind", ""), parsed.pop("versions", ()), **parsed)
    numbers = [version.number for version in letter.versions]
    if len(set(numbers)) != len(numbers) or 0 in numbers:
        reader.fail(f"{path}.versions", "version_numbers")
    for index, version in enumerate(letter.versions):
        if version.content.get("kind") not in (None, letter.kind):
            reader.fail(f"{path}.versions[{index}].content.kind", "choice", (letter.kind,))
    return letter


def read_letters(data) -> tuple[Letter, ...]:
    """The letters in a letters.json dict, every version checked."""
    reader = casefile.Reader()
    if casefile.too_deep(data, MAX_DEPTH):
        reader.fail("", "too_deep")
        _finish(reader)
    parsed = reader.fields(data, "", {"letters": _list(_letter, MOST_LETTERS)})
    _finish(reader)
    return tuple(parsed.get("letters", ()))


def check_links(restore: Restore, letters: tuple[Letter, ...]):
    """Each sent item names a letter and version that exist, and no version twice."""
    reader = casefile.Reader()
    seen = set()
    for index, item in enumerate(restore.sent):
        if item.letter is None:
            continue
        where = f"sent[{index}]"
        if item.letter >= len(letters):
            reader.fail(f"{where}.letter", "no_such_letter")
            continue
        numbers = {version.number for version in letters[item.letter].versions}
        if item.version is not None and item.version not in numbers:
            reader.fail(f"{where}.version", "no_such_letter")
        elif item.version is not None and (item.letter, item.version) in seen:
            reader.fail(f"{where}.version", "sent_twice")
        seen.add((item.letter, item.version))
    _finish(reader)
