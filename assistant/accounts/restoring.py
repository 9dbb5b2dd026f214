"""The ZIP of "all your data" back into cases: everything it holds, or nothing.

A data export (exporting.py) has one folder per case. Its `case.json` makes the case, its
calls, repayments and court papers (records.import_case); `letters.json` brings back every
letter version with its sending; `restore.json` (restore_data() writes it, restore_file.py
reads it) the rest: when each call was logged, its undo history and evidence files, deleted
calls waiting for an undo, what was sent with the answers' files, the volunteers' notes.
Shares and the volunteers' looks are not restored: sharing again is the borrower's choice.

Nothing in the ZIP is trusted. Its size and number of files are checked before it is
opened, every JSON file is read like a case file, and every file like an upload
(calls/evidence.py) and against the checksum recorded at export. All of that is done before
anything is stored; then the cases are stored in one transaction, and a file written before
a failure is removed again.
"""

import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat

from assistant.accounts import case_records
from assistant.accounts.restore_file import (
    FORMAT,
    CallHistory,
    Restore,
    read_letters,
    read_restore,
)
from assistant.accounts.restore_file import check_links as check_sent_links
from assistant.assessment import casefile, limits
from assistant.calls import evidence as uploads
from assistant.calls.models import Call, CallChange, Evidence
from assistant.cases.casefiles import MAX_CASE_FILE_BYTES, json_object, read_case_file
from assistant.cases.models import Case, calls_changed
from assistant.cases.records import call_record, import_case, in_entry_order
from assistant.core.storage import remove_stored_file
from assistant.followup.models import SentItem
from assistant.followup.records import store_reply_file
from assistant.letters.models import Letter, LetterVersion
from assistant.sharing.models import Note

ZIP_MAGIC = b"PK\x03\x04"
CASE_JSON = re.compile(r"(case-\d{1,12})/case\.json")
END_RECORD = b"PK\x05\x06"
MB = 1024 * 1024


def evidence_path(item):
    """Where a call's evidence file goes, inside the case's folder (ids keep files apart)."""
    return f"evidence/{item.call_id}-{item.pk}-{item.name}"


def _time(value):
    return value and value.isoformat()


def _file(field_file, path, name, sha256=None):
    return {"file": path, "name": name, "sha256": sha256 or _sha256(field_file)}


def _sha256(field_file):
    with field_file.open("rb") as handle:
        return uploads.sha256_of(ContentFile(handle.read()))


def _history(call):
    return {
        "logged_at": _time(call.created_at),
        "changes": [
            {
                "kind": change.kind,
                "before": change.before,
                "made_at": _time(change.made_at),
                "undone_at": _time(change.undone_at),
            }
            for change in call.changes.all()
        ],
        "evidence": [
            {
                **_file(item.file, evidence_path(item), item.name, item.sha256),
                "uploaded_at": _time(item.uploaded_at),
            }
            for item in call.evidence.all()
        ],
    }


def restore_data(case, letters):
    """The restore.json dict of `case`, whose letters.json lists `letters` in this order."""
    calls = Call.all_objects.filter(case=case).prefetch_related("changes", "evidence")
    calls = list(calls.order_by("pk"))
    letter_index = {letter.pk: index for index, letter in enumerate(letters)}
    return {
        "format": FORMAT,
        "created_at": _time(case.created_at),
        "details_pending": case.details_pending,
        "calls": [_history(call) for call in calls if call.deleted_at is None],
        "deleted_calls": [
            {
                "call": casefile.call_dict(call_record(call)),
                "deleted_at": _time(call.deleted_at),
                "position": position,
                **_history(call),
            }
            for position, call in enumerate(calls)
            if call.deleted_at is not None
        ],
        "sent": [_sent(item, letter_index) for item in case_records.sent_items(case)],
        "notes": [
            {"by": note.author_name, "text": note.text, "at": _time(note.created_at)}
            for note in Note.objects.filter(case=case, internal=False).order_by("created_at", "pk")
        ],
    }


def _sent(item, letter_index):
    values = {
        key: _time(value) if hasattr(value, "isoformat") else value
        for key in ("about", "channel", "sent_on", "received_on", "reference", "extension")
        + ("answered_by", "reply_on", "reply", "outcome")
        if (value := getattr(item, key)) not in (None, "")
    }
    reply = item.reply_file and _file(
        item.reply_file, case_records.reply_file_path(item), item.reply_file_name
    )
    return {
        **values,
        "letter": letter_index.get(item.letter_id),
        "version": item.version.number if item.version else None,
        "reply_file": reply or None,
        "created_at": _time(item.created_at),
    }


# Reading the ZIP back.


def is_zip(upload):
    upload.seek(0)
    head = upload.read(4)
    upload.seek(0)
    return head == ZIP_MAGIC


def _problem(path, code, *allowed):
    return casefile.Problem(path, code, tuple(str(a) for a in allowed))


def _refuse(*problems):
    raise casefile.CaseFileError(problems)


def _entries_in(upload):
    """How many files the ZIP's directory lists, read before zipfile builds it in memory."""
    size = upload.size
    upload.seek(max(0, size - 65557))
    tail = upload.read()
    upload.seek(0)
    at = tail.rfind(END_RECORD)
    if at < 0 or len(tail) < at + 22:
        return None
    return int.from_bytes(tail[at + 10 : at + 12], "little")


def _open(upload):
    most_mb, most_files = limits.value("restore_zip_mb"), limits.value("restore_zip_files")
    if upload.size > most_mb * MB:
        _refuse(_problem("ZIP", "zip_too_big", most_mb))
    entries = _entries_in(upload)
    if entries is None or entries == 0xFFFF or entries > most_files:
        _refuse(_problem("ZIP", "zip_files" if entries else "zip", most_files))
    try:
        return zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        _refuse(_problem("ZIP", "zip"))


def _read(archive, name, most):
    """The bytes of member `name`, at most `most` + 1 of them (a declared size may lie)."""
    try:
        with archive.open(name) as member:
            return member.read(most + 1)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None


def _json(archive, name, most=16 * MB):
    """The JSON object in member `name`, or None when the ZIP has no such member."""
    if name not in archive.NameToInfo:
        return None
    raw = _read(archive, name, most)
    if raw is None:
        _refuse(_problem("", "zip"))
    if len(raw) > most:
        _refuse(_problem("", "member_too_big", most // MB))
    return json_object(raw)


def _prefixed(error, prefix):
    """The problems of `error`, each under `prefix` (the file in the ZIP)."""
    return casefile.CaseFileError(
        casefile.Problem(f"{prefix}: {p.path}" if p.path else prefix, p.code, p.allowed)
        if isinstance(p, casefile.Problem)
        else f"{prefix}: {p}"
        for p in error.problems
    )


@contextmanager
def _in(prefix):
    try:
        yield
    except casefile.CaseFileError as error:
        raise _prefixed(error, prefix) from error


@dataclass
class Folder:
    """One case's folder of the ZIP, its JSON files read and checked."""

    name: str
    case: dict
    letters: tuple = ()
    restore: Restore = field(default_factory=Restore)
    checked: dict = field(default_factory=dict)  # path → its Format (calls/evidence.py)


def _case_folders(archive):
    return sorted(
        {m.group(1) for name in archive.namelist() if (m := CASE_JSON.fullmatch(name))},
        key=lambda name: int(name.split("-")[1]),
    )


def _read_folder(archive, name):
    with _in(f"{name}/case.json"):
        data = _json(archive, f"{name}/case.json", MAX_CASE_FILE_BYTES)
        calls = len(casefile.parse(data).calls)
    folder = Folder(name, data)
    with _in(f"{name}/letters.json"):
        letters = _json(archive, f"{name}/letters.json")
        folder.letters = () if letters is None else read_letters(letters)
    with _in(f"{name}/restore.json"):
        restore = _json(archive, f"{name}/restore.json")
        if restore is not None:
            folder.restore = read_restore(restore, calls, limits.value("calls_per_case"))
            check_sent_links(folder.restore, folder.letters)
    return folder


def _files_of(folder):
    """(where it is named, StoredFile) for every file the folder's restore.json names."""
    histories = [("calls", folder.restore.calls), ("deleted_calls", folder.restore.deleted_calls)]
    for key, calls in histories:
        for index, history in enumerate(calls):
            for number, stored in enumerate(history.evidence):
                yield f"{key}[{index}].evidence[{number}]", stored
    for index, item in enumerate(folder.restore.sent):
        if item.reply_file:
            yield f"sent[{index}].reply_file", item.reply_file


def _check_files(archive, folder):
    """Problems of the folder's files; each good one is kept in folder.checked to be stored."""
    problems, total = [], 0
    for where, stored in _files_of(folder):
        path = f"{folder.name}/restore.json: {where}"
        name = f"{folder.name}/{stored.path}"
        info = archive.NameToInfo.get(name)
        if info is not None and info.file_size > uploads.MAX_FILE_BYTES:
            problems.append(_problem(path, "file_refused", _too_big(info.file_size)))
            continue
        data = _read(archive, name, uploads.MAX_FILE_BYTES)
        if data is None:
            problems.append(_problem(path, "file_missing"))
            continue
        upload = ContentFile(data, name=stored.name)
        try:
            fmt = uploads.check_file(upload, total)
        except ValidationError as error:
            problems.append(_problem(path, "file_refused", " ".join(error.messages)))
            continue
        if stored.sha256 and uploads.sha256_of(upload) != stored.sha256:
            problems.append(_problem(path, "file_changed"))
            continue
        total += upload.size
        folder.checked[stored.path] = fmt
    return problems


def _too_big(size):
    return uploads.TOO_BIG % {
        "size": filesizeformat(size),
        "limit": filesizeformat(uploads.MAX_FILE_BYTES),
    }


def restore_upload(upload, owner):
    """The cases in an uploaded case file or data export ZIP, stored; all or nothing."""
    if is_zip(upload):
        return restore_zip(upload, owner)
    with transaction.atomic():
        return [import_case(read_case_file(upload), owner)]


def restore_zip(upload, owner):
    """The cases of a data export, stored with everything they held; CaseFileError (and
    nothing stored) when any part of the ZIP is not right."""
    with _open(upload) as archive:
        folders = [_read_folder(archive, name) for name in _case_folders(archive)]
        if not folders:
            _refuse(_problem("ZIP", "no_cases"))
        problems = [problem for folder in folders for problem in _check_files(archive, folder)]
        if problems:
            _refuse(*problems[: casefile.MAX_PROBLEMS])
        return _store_all(archive, folders, owner)


def _store_all(archive, folders, owner):
    written = []
    try:
        with transaction.atomic():
            return [_store(archive, folder, owner, written) for folder in folders]
    except BaseException:
        for stored_file in written:  # the database forgot them; the disk must too
            remove_stored_file(stored_file)
        raise


def _times(model, name, rows, values):
    """Put back the time `name` of each of `rows` (from `values`) that auto_now_add wrote."""
    changed = []
    for row, value in zip(rows, values, strict=True):
        if value is not None:
            setattr(row, name, value)
            changed.append(row)
    model.objects.bulk_update(changed, [name], batch_size=500)


def _stored_upload(archive, folder, stored):
    data = _read(archive, f"{folder.name}/{stored.path}", uploads.MAX_FILE_BYTES)
    return ContentFile(data, name=stored.name), folder.checked[stored.path]


def _store(archive, folder, owner, written):
    restore = folder.restore
    deleted = [(h.position, h) for h in restore.deleted_calls]
    case = import_case(folder.case, owner, [(at, h.call, h.deleted_at) for at, h in deleted])
    Case.objects.filter(pk=case.pk).update(
        details_pending=restore.details_pending, created_at=restore.created_at or case.created_at
    )
    calls = list(Call.all_objects.filter(case=case).order_by("pk"))
    logged = restore.calls or [CallHistory()] * (len(calls) - len(deleted))
    histories = in_entry_order(logged, deleted)
    _times(Call, "created_at", calls, [history.logged_at for history in histories])
    files, uploaded = [], []
    for call, history in zip(calls, histories, strict=True):
        _changes(call, history)
        for stored in history.evidence:
            files.append(uploads.attach(call, *_stored_upload(archive, folder, stored)))
            written.append(files[-1].file)
            uploaded.append(stored.uploaded_at)
    _times(Evidence, "uploaded_at", files, uploaded)
    versions = _letters(case, folder.letters)
    _sent_items(archive, folder, case, versions, written)
    _notes(case, restore.notes)
    calls_changed(case.pk)
    return case


def _changes(call, history):
    made = CallChange.objects.bulk_create(
        CallChange(call=call, kind=c.kind, before=c.before, undone_at=c.undone_at)
        for c in history.changes
    )
    _times(CallChange, "made_at", made, [change.made_at for change in history.changes])
    return made


def _letters(case, letters):
    """Every letter and version; the versions by (index in letters.json, number)."""
    versions = {}
    # Oldest first, so that the new ids keep the letters' order.
    for index in reversed(range(len(letters))):
        letter = letters[index]
        row = Letter.objects.create(case=case, kind=letter.kind)
        _times(Letter, "created_at", [row], [letter.created_at])
        rows = LetterVersion.objects.bulk_create(
            LetterVersion(
                letter=row,
                number=v.number,
                content=v.content,
                sent_on=v.sent_on,
                sent_channel=v.sent_channel or "",
                sent_reference=v.sent_reference or "",
            )
            for v in letter.versions
        )
        _times(LetterVersion, "created_at", rows, [v.created_at for v in letter.versions])
        versions.update({(index, r.number): r for r in rows})
        versions[index] = row
    return versions


def _sent_items(archive, folder, case, versions, written):
    items = []
    for entry in folder.restore.sent:
        item = SentItem(
            case=case,
            channel=entry.channel,
            sent_on=entry.sent_on,
            letter=versions.get(entry.letter),
            version=versions.get((entry.letter, entry.version)),
            **entry.values,
        )
        if entry.reply_file:
            store_reply_file(item, *_stored_upload(archive, folder, entry.reply_file))
            written.append(item.reply_file)
        item.save()
        items.append(item)
    _times(SentItem, "created_at", items, [entry.created_at for entry in folder.restore.sent])


def _notes(case, notes):
    rows = Note.objects.bulk_create(
        Note(case=case, author=None, author_name=n.by, text=n.text, restored=True) for n in notes
    )
    _times(Note, "created_at", rows, [note.at for note in notes])
