import hashlib
import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from assistant.calls import evidence
from assistant.calls.models import Call, Evidence
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def png(size=(4, 3)):
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def image(fmt):
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "white").save(out, fmt)
    return out.getvalue()


def png_header_only(width, height):
    """A tiny PNG file that claims `width` × `height` pixels (a "decompression bomb")."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


SAMPLES = {
    "shot.png": png(),
    "shot.jpg": image("JPEG"),
    "shot.webp": image("WEBP"),
    "notice.pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "call.m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom" + b"\x00" * 64,
    "call.mp3": b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 32,
    "call.amr": b"#!AMR\n" + b"\x3c" * 64,
    "call.wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 64,
}


@pytest.fixture
def call(empty_case):
    return add_call(empty_case, "2026-11-19T22:30+08:00")


def upload(client, case, call, *files, language="en"):
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    return client.post(url("attach", case, language, pk=call.pk), {"files": uploads})


def errors(response):
    return " ".join(response.context["form"].errors.get("files", []))


@pytest.mark.parametrize("name", SAMPLES)
def test_screenshots_recordings_and_pdfs_are_attached(client, empty_case, call, name):
    response = upload(client, empty_case, call, (name, SAMPLES[name]))
    assert response.status_code == 302
    assert response["Location"] == f"{url('list', empty_case)}?attached=1#call-{call.pk}"
    item = Evidence.objects.get(call=call)
    assert item.name == name
    assert item.sha256 == hashlib.sha256(SAMPLES[name]).hexdigest()


def test_the_call_log_lists_the_attached_files_with_a_download_link(client, empty_case, call):
    response = upload(client, empty_case, call, ("a.png", png()), ("b.m4a", SAMPLES["call.m4a"]))
    page = client.get(response["Location"]).text
    assert "2 files attached." in page
    for item in Evidence.objects.filter(call=call):
        assert url("evidence", empty_case, pk=item.pk) in page


def test_the_borrower_is_told_who_can_open_the_files(client, empty_case, call):
    """A volunteer the case is shared with can download them too: the page says so."""
    form = client.get(url("attach", empty_case, pk=call.pk)).text
    assert "Only you and volunteers you share this case with can open them." in form
    response = upload(client, empty_case, call, ("a.png", png()))
    page = client.get(response["Location"]).text
    assert "Only you and volunteers you share this case with can open it." in page
    assert "Only you can open" not in page + form


def test_a_text_file_renamed_to_jpg_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("photo.jpg", b"just some text, not a photo"))
    assert response.status_code == 200
    assert "photo: This file is not a screenshot, photo, recording or PDF" in errors(response)
    assert not Evidence.objects.exists()


def test_a_script_with_an_image_name_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("x.png", b"<script>alert(1)</script>"))
    assert "not a screenshot" in errors(response)
    assert "<script>alert" not in response.text


def test_an_empty_file_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("empty.png", b""))
    assert "This file is empty" in errors(response)


def test_no_file_chosen_asks_for_one(client, empty_case, call):
    response = client.post(url("attach", empty_case, pk=call.pk), {})
    assert "Please choose a file to attach." in errors(response)


def test_a_file_over_10_mb_is_refused_with_its_size(client, empty_case, call):
    big = png() + b"\x00" * (evidence.MAX_FILE_BYTES)
    response = upload(client, empty_case, call, ("big.png", big))
    assert "the most we can keep is 10.0\xa0MB per file" in errors(response)
    assert not Evidence.objects.exists()


def test_files_over_the_limit_for_the_case_are_refused(client, empty_case, call, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_CASE_BYTES", len(png()) + 10)
    upload(client, empty_case, call, ("one.png", png()))
    response = upload(client, empty_case, call, ("two.png", png()))
    assert "over" in errors(response) and "most important files" in errors(response)
    assert Evidence.objects.count() == 1


def test_a_decompression_bomb_is_refused_before_it_is_opened(client, empty_case, call):
    response = upload(client, empty_case, call, ("bomb.png", png_header_only(50000, 50000)))
    assert "too large to open safely (over 40 million pixels)" in errors(response)


def test_an_image_just_over_the_pixel_limit_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("long.png", png_header_only(7000, 7000)))
    assert "too large to open safely" in errors(response)


def test_a_damaged_image_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("broken.png", png()[:40]))
    assert "This image seems damaged" in errors(response)


def heif(brand, compatible=b"mif1heic"):
    """The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box with a HEIF brand."""
    box = b"ftyp" + brand + b"\x00\x00\x00\x00" + compatible
    return struct.pack(">I", len(box) + 4) + box + b"\x00\x00\x00\x08meta" + b"\x00" * 64


@pytest.mark.parametrize(
    ("brand", "stored_as", "content_type"),
    [
        (b"heic", "IMG_0001.heic", "image/heic"),
        (b"heix", "IMG_0001.heic", "image/heic"),
        (b"mif1", "IMG_0001.heif", "image/heif"),
        (b"msf1", "IMG_0001.heif", "image/heif"),
        (b"hevc", "IMG_0001.heif", "image/heif"),
    ],
)
def test_an_iphone_heic_photo_is_kept_by_its_header(
    client, empty_case, call, brand, stored_as, content_type
):
    response = upload(client, empty_case, call, ("IMG_0001.HEIC", heif(brand)))
    assert response.status_code == 302
    item = Evidence.objects.get(call=call)
    assert (item.name, item.content_type, item.kind) == (stored_as, content_type, "image")


def test_a_text_file_named_heic_is_refused(client, empty_case, call):
    response = upload(client, empty_case, call, ("IMG_0002.HEIC", b"ftypheic just text" * 8))
    assert "not a screenshot" in errors(response)


def test_a_video_is_refused(client, empty_case, call):
    video = b"\x00\x00\x00\x18ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 64
    assert "not a screenshot" in errors(upload(client, empty_case, call, ("v.mov", video)))


def test_one_bad_file_stops_the_whole_upload_and_names_the_file(client, empty_case, call):
    response = upload(client, empty_case, call, ("good.png", png()), ("bad.jpg", b"nope"))
    assert errors(response).startswith("bad: ")
    assert not Evidence.objects.exists()


def test_a_path_in_the_file_name_is_neutralised(client, empty_case, call):
    upload(client, empty_case, call, ("../../etc/passwd.png", png()))
    upload(client, empty_case, call, ("..\\..\\win.ini.png", png()))
    names = [item.name for item in Evidence.objects.order_by("pk")]
    assert names == ["passwd.png", "win.ini.png"]
    media = Path(settings.MEDIA_ROOT).resolve()
    for item in Evidence.objects.all():
        path = Path(item.file.path).resolve()
        assert path.is_relative_to(media / "evidence")
        assert re.fullmatch(r"evidence/[0-9a-f]{32}/[^/]+", item.file.name)


def test_the_name_takes_the_extension_of_what_the_file_really_is(client, empty_case, call):
    upload(client, empty_case, call, ("收据 <b>1.php", png()))
    assert Evidence.objects.get().name == "收据 _b_1.png"


def test_a_file_name_is_shown_back_escaped(client, empty_case, call):
    response = upload(client, empty_case, call, ("<img src=x onerror=alert(1)>.jpg", b"text"))
    assert "<img src=x" not in response.text
    assert "img src_x onerror_alert(1): This file is not" in response.text


def test_the_owner_downloads_the_file_as_an_attachment_that_is_never_sniffed(
    client, empty_case, call
):
    upload(client, empty_case, call, ("催收短信.png", png()))
    item = Evidence.objects.get()
    response = client.get(url("evidence", empty_case, pk=item.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png()
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_another_persons_file_is_a_404(client, empty_case, someone_elses_case):
    theirs = Call.objects.filter(case=someone_elses_case).first()
    item = evidence.attach(theirs, SimpleUploadedFile("x.png", png()), evidence.FORMATS["png"])
    assert client.get(url("evidence", empty_case, pk=item.pk)).status_code == 404
    assert client.get(url("evidence", someone_elses_case, pk=item.pk)).status_code == 404


def test_nobody_can_attach_files_to_another_persons_call(client, empty_case, someone_elses_case):
    theirs = Call.objects.filter(case=someone_elses_case).first()
    assert upload(client, empty_case, theirs, ("x.png", png())).status_code == 404
    assert upload(client, someone_elses_case, theirs, ("x.png", png())).status_code == 404
    assert not Evidence.objects.exists()


def test_the_file_of_a_deleted_call_is_not_served_until_the_delete_is_undone(
    client, empty_case, call
):
    upload(client, empty_case, call, ("a.png", png()))
    item = Evidence.objects.get()
    client.post(url("delete", empty_case, pk=call.pk))
    assert client.get(url("evidence", empty_case, pk=item.pk)).status_code == 404
    client.post(url("undo", empty_case, pk=call.changes.get().pk))
    assert client.get(url("evidence", empty_case, pk=item.pk)).status_code == 200


def test_deleting_the_case_deletes_its_files(client, empty_case, call):
    upload(client, empty_case, call, ("a.png", png()))
    path = Path(Evidence.objects.get().file.path)
    assert path.exists()
    empty_case.delete()
    assert not path.exists()
    assert not path.parent.exists()
