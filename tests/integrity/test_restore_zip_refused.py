"""A restored ZIP is checked before anything is kept (issue 20, item 4).

Each broken or hostile ZIP is refused with a message naming the file and field, nothing is
stored (no case, no file under MEDIA_ROOT), and the person can try again.
"""

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from assistant.assessment import limits
from assistant.calls.models import Evidence
from assistant.cases.models import Case
from tests.accounts.conftest import add_letter, url
from tests.accounts.test_restore_round_trip import attach, exported, png_bytes


@pytest.fixture
def export(client, my_case):
    """The export of a case with a screenshot and a letter, its case then deleted."""
    attach(my_case.calls.first(), png_bytes(), "截图.png")
    add_letter(my_case)
    data = exported(client)
    client.post(url("delete"))
    return data


def members(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def rewritten(data, **changes):
    """The ZIP with some members replaced (bytes or a function of the old bytes)."""
    files = members(data)
    for suffix, change in changes.items():
        suffix = suffix.replace("__", "/").replace("_json", ".json")
        for name in [n for n in files if n.endswith(suffix)]:
            files[name] = change(files[name]) if callable(change) else change
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def edit_json(edit):
    def change(raw):
        data = json.loads(raw)
        edit(data)
        return json.dumps(data, ensure_ascii=False).encode()

    return change


def restore(client, data, language="en"):
    response = client.post(
        url("import", language=language),
        {"case_file": SimpleUploadedFile("anxin.zip", data)},
    )
    return response, response.content.decode()


def stored_files(settings):
    from pathlib import Path

    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def refused(client, settings, data, *expected, language="en"):
    response, page = restore(client, data, language)
    assert response.status_code == 400
    assert not Case.objects.exists()
    assert not stored_files(settings)
    for text in expected:
        assert text in page, text
    return page


def test_the_unchanged_export_is_restored(client, export):
    response, _page = restore(client, export)
    assert response.status_code == 302
    assert Evidence.objects.get().name == "截图.png"


def test_a_file_that_only_starts_like_a_zip(client, settings, export):
    refused(client, settings, b"PK\x03\x04" + b"x" * 200, "is not a ZIP file that can be read")


def test_a_zip_without_a_case_folder(client, settings, export):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    refused(client, settings, out.getvalue(), "holds no case folder")


def test_a_file_path_out_of_the_folder(client, settings, export):
    def escape(data):
        data["calls"][0]["evidence"][0]["file"] = "evidence/../../../etc/passwd"

    page = refused(
        client, settings, rewritten(export, restore_json=edit_json(escape)), "restore.json"
    )
    assert "calls[0].evidence[0].file" in page


def test_an_evidence_file_changed_after_the_export(client, settings, export):
    data = rewritten(export, **{".png": png_bytes("green")})
    refused(client, settings, data, "the file differs from the one exported")


def test_a_web_page_dressed_as_a_pdf_is_refused_as_an_upload_would_be(client, settings, export):
    hostile = b"%PDF-1.4\n<script>alert(1)</script>\n%%EOF"

    def point_at_it(data):
        entry = data["calls"][0]["evidence"][0]
        entry.update(file="evidence/x.pdf", name="x.pdf", sha256=None)
        del entry["sha256"]

    files = rewritten(export, restore_json=edit_json(point_at_it))
    files = _with_member(files, export, "evidence/x.pdf", hostile)
    page = refused(client, settings, files, "calls[0].evidence[0]")
    assert "This file has web page code hidden inside it" in page


def _with_member(data, export, suffix, content):
    folder = next(n for n in members(export) if n.endswith("case.json")).split("/")[0]
    files = members(data)
    files[f"{folder}/{suffix}"] = content
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, value in files.items():
            archive.writestr(name, value)
    return out.getvalue()


def test_a_missing_evidence_file(client, settings, export):
    files = members(export)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, value in files.items():
            if "/evidence/" not in name:
                archive.writestr(name, value)
    refused(client, settings, out.getvalue(), "the file is not in the ZIP")


def test_an_undo_history_entry_that_is_not_a_call(client, settings, export):
    def bad_change(data):
        data["calls"][0]["changes"] = [{"kind": "edit", "before": {"at": "x"}}]

    page = refused(client, settings, rewritten(export, restore_json=edit_json(bad_change)))
    assert "calls[0].changes[0].before" in page and "must hold exactly these keys" in page


def test_letter_content_is_checked_field_by_field(client, settings, export):
    def bad_content(data):
        content = data["letters"][0]["versions"][0]["content"]
        content["facts"] = ["ok", {"html": "<b>"}]
        content["subject"] = "a\x00b"
        content["colour"] = "red"

    page = refused(client, settings, rewritten(export, letters_json=edit_json(bad_content)))
    for path in ("content.facts[1]", "content.subject", "content.colour"):
        assert path in page, path


def test_a_sent_item_naming_a_letter_that_is_not_there(client, settings, export):
    def ghost(data):
        data["sent"] = [{"channel": "lender", "sent_on": "2026-11-01", "letter": 7, "version": 1}]

    refused(client, settings, rewritten(export, restore_json=edit_json(ghost)), "sent[0].letter")


def test_a_zip_larger_than_allowed_is_refused_before_it_is_opened(
    client, settings, export, monkeypatch
):
    real = limits.value
    monkeypatch.setattr(limits, "value", lambda name: 0 if name == "restore_zip_mb" else real(name))
    refused(client, settings, export, "is larger than 0 MB")


def test_a_zip_of_too_many_files_is_refused_before_it_is_opened(
    client, settings, export, monkeypatch
):
    real = limits.value
    monkeypatch.setattr(
        limits, "value", lambda name: 3 if name == "restore_zip_files" else real(name)
    )
    refused(client, settings, export, "holds more than 3 files")


def test_a_compressed_bomb_is_not_read_past_the_limit(client, settings, export):
    """100 MB of zeros compress to ~100 KB; the reader stops at the upload limit."""
    bomb = b"\x89PNG\r\n\x1a\n" + bytes(100 * 1024 * 1024)
    page = refused(client, settings, rewritten(export, **{".png": bomb}), "calls[0].evidence[0]")
    assert "the most we can keep is" in page


def test_a_failure_while_storing_leaves_no_file_behind(client, settings, export, monkeypatch):
    from assistant.accounts import restoring

    def broken(case, notes):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(restoring, "_notes", broken)
    with pytest.raises(RuntimeError):
        restore(client, export)
    assert not Case.objects.exists()
    assert not stored_files(settings)


def test_the_message_is_in_the_readers_language(client, settings, export):
    page = refused(client, settings, b"PK\x03\x04" + b"x" * 200, language="zh-hans")
    assert "不是可以读取的 ZIP 文件" in page
