"""Hostile evidence files and case files: each is refused with a message that says why, and
nothing is written anywhere: not under MEDIA_ROOT, not beside it, not in the upload folder."""

import errno
import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from assistant.calls.models import Evidence
from tests.calls.conftest import add_call, url
from tests.calls.test_evidence_files import png, png_header_only

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)
HTML = b"<!doctype html><html><body><script>fetch('/account/export/')</script></body></html>"


def jpeg_bomb():
    """A JPEG whose header claims 60000 x 60000 pixels (3.6 billion)."""
    out = io.BytesIO()
    Image.new("L", (8, 8)).save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = (60000).to_bytes(2, "big") * 2
    return bytes(data)


HOSTILE = {
    "a page renamed to look like a photo": ("photo.jpg", HTML, "not a screenshot"),
    "an SVG image with a script": ("chart.svg.png", SVG, "not a screenshot"),
    "a PNG with a web page appended (polyglot)": ("shot.png", png() + HTML, "web page code"),
    "a PDF that runs JavaScript": (
        "notice.pdf",
        b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF",
        "web page code",
    ),
    "a GIF (not a format we keep)": ("anim.gif", b"GIF89a" + b"\x00" * 40, "not a screenshot"),
    "a decompression bomb PNG": ("bomb.png", png_header_only(60000, 60000), "too large to open"),
    "a decompression bomb JPEG": ("bomb.jpg", jpeg_bomb(), "too large to open"),
    "an oversized file": ("long.png", png() + b"\x00" * (10 * MB + 1), "the most we can keep"),
}


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT inside a folder we can search afterwards; uploads spool inside it too."""
    settings.MEDIA_ROOT = tmp_path / "site" / "media"
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "spool")
    (tmp_path / "spool").mkdir()
    return tmp_path


@pytest.fixture
def call(empty_case):
    return add_call(empty_case, "2026-11-19T22:30+08:00")


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*") if p.is_file())


def post(client, case, call, name, data):
    return client.post(
        url("attach", case, "en", pk=call.pk), {"files": [SimpleUploadedFile(name, data)]}
    )


@pytest.mark.parametrize("name,data,message", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_refused_with_a_reason_and_nothing_is_written(
    client, media, empty_case, call, name, data, message
):
    response = post(client, empty_case, call, name, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Evidence.objects.count() == 0
    assert files_under(media) == []


@pytest.mark.parametrize(
    "name",
    [
        "../../../evil.png",
        "..\\..\\evil.png",
        "/etc/cron.d/evil.png",
        "a\x00b.png",
        "evil.png\x00.txt",
        "%2e%2e%2fevil.png",
        "\u202egnp.exe",
        "CON.png",
        "." * 300 + ".png",
    ],
)
def test_a_file_name_never_leaves_the_evidence_folder(client, media, empty_case, call, name):
    response = post(client, empty_case, call, name, png())

    assert response.status_code == 302
    stored = files_under(media)
    assert len(stored) == 1
    parts = stored[0].split("/")
    assert parts[:2] == ["site", "media"] and parts[2] == "evidence" and len(parts) == 5
    assert "\x00" not in stored[0] and ".." not in parts
    assert Evidence.objects.get().name.endswith(".png")


def test_a_full_disk_keeps_no_half_written_file_and_says_so(
    client, media, empty_case, call, monkeypatch
):
    """Half of the second file is written, then ENOSPC: neither file is kept."""
    from django.core.files.storage import filesystem

    real_fdopen = os.fdopen
    writes = {"n": 0}

    class FillsUp:
        def __init__(self, handle):
            self.handle = handle

        def write(self, chunk):
            writes["n"] += 1
            if writes["n"] == 2:  # the second file: half of it fits
                self.handle.write(chunk[: len(chunk) // 2])
                self.handle.flush()
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(chunk)

        def close(self):
            self.handle.close()

    monkeypatch.setattr(filesystem.os, "fdopen", lambda fd, mode: FillsUp(real_fdopen(fd, mode)))
    big = png() + b"\x00" * (100 * 1024)
    uploads = [SimpleUploadedFile("one.png", png()), SimpleUploadedFile("two.png", big)]
    response = client.post(url("attach", empty_case, "en", pk=call.pk), {"files": uploads})

    assert response.status_code == 200
    assert "no room left" in response.content.decode()
    assert Evidence.objects.count() == 0
    assert files_under(media) == []


def test_a_full_disk_while_logging_a_call_with_files_keeps_neither(
    client, media, empty_case, monkeypatch
):
    from django.core.files.storage import filesystem

    def no_space(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filesystem.os, "fdopen", no_space)
    response = client.post(
        url("new", empty_case, "en"),
        {
            "at": "2026-11-20T10:00",
            "channel": "phone",
            "files": [SimpleUploadedFile("a.png", png())],
        },
    )

    assert response.status_code == 200
    assert "no room left" in response.content.decode()
    assert empty_case.calls.count() == 0
    assert files_under(media) == []


def test_a_huge_case_file_is_refused_without_reading_it_all(client, media):
    from django.urls import reverse

    body = b'{"format": "anxin.case/1", "pad": "' + b"x" * (3 * MB) + b'"}'
    response = client.post(
        reverse("account:import"), {"case_file": SimpleUploadedFile("case.json", body)}
    )

    assert response.status_code == 400
    assert "2 MB" in response.content.decode()
    assert files_under(media) == []


@pytest.mark.parametrize(
    "body",
    [b"PK\x03\x04" + b"\x00" * 100, png(), b"\xff\xfe{\x00}\x00", b"[1, 2]", b'{"a": NaN}'],
    ids=["a zip", "an image", "utf-16", "a list", "not json"],
)
def test_a_case_file_that_is_not_one_gets_a_message(client, media, body):
    from django.urls import reverse

    response = client.post(
        reverse("account:import"), {"case_file": SimpleUploadedFile("case.json", body)}
    )

    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert files_under(media) == []
