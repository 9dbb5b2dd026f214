"""Files whose first bytes lie are refused: a PDF that is a web page after "%PDF-", a PNG
with an SVG that runs a script, PDF actions spelled with #-escapes, recordings whose
structure does not hold together. Real files of each kind are still kept."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assistant.calls.evidence import check_file
from tests.calls.test_evidence_files import SAMPLES, png


def refused(name, data):
    with pytest.raises(ValidationError) as error:
        check_file(SimpleUploadedFile(name, data))
    return error.value.code


def pdf_with(action):
    return (
        b"%PDF-1.4\n1 0 obj<</OpenAction<</S/" + action + b"/JS(app.alert(1))>>>>endobj\n"
        b"trailer<<>>\n%%EOF\n"
    )


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("notice.pdf", b"%PDF-<html><body onload=alert(1)>hi</body></html>", "damaged"),
        ("notice.pdf", b"%PDF-1.4\n<b>no end</b>" + b" " * 2000, "damaged"),
        ("shot.png", png() + b'<svg onload="alert(1)"/>', "hidden_code"),
        ("shot.png", png() + b"<SVG/onload=alert(1)>", "hidden_code"),
        ("notice.pdf", pdf_with(b"J#61vaScript"), "hidden_code"),
        ("notice.pdf", pdf_with(b"#4a#61#76#61#53#63#72#69#70#74"), "hidden_code"),
        ("notice.pdf", pdf_with(b"L#61unch"), "hidden_code"),
        ("call.wav", b"RIFF\xff\xff\xff\x7fWAVEdata" + b"\x00" * 64, "damaged"),
        ("call.m4a", b"\x7f\xff\xff\xffftypM4A " + b"<p>not audio</p>" * 4, "damaged"),
        ("call.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00<html>" + b"\x00" * 64, "damaged"),
        ("call.amr", b"#!AMR<svg>" + b"\x00" * 64, "damaged"),
    ],
    ids=[
        "pdf-then-html",
        "pdf-without-end",
        "png-svg-onload",
        "png-svg-slash",
        "pdf-escaped-javascript",
        "pdf-all-escaped",
        "pdf-escaped-launch",
        "wav-size-lies",
        "m4a-box-lies",
        "mp3-tag-then-html",
        "amr-then-svg",
    ],
)
def test_a_file_whose_first_bytes_lie_is_refused(name, data, code):
    assert refused(name, data) == code


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_real_files_of_each_kind_are_kept(name):
    assert check_file(SimpleUploadedFile(name, SAMPLES[name])).extension == name.rsplit(".")[-1]


def test_a_pdf_with_hash_signs_that_spell_nothing_active_is_kept():
    data = b"%PDF-1.4\n1 0 obj<</Title(#1 #ff #41)/Name/A#42C>>endobj\ntrailer<<>>\n%%EOF\n"
    assert check_file(SimpleUploadedFile("a.pdf", data)).extension == "pdf"
