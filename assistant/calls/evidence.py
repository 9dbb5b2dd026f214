"""Evidence files: what may be attached to a call, checked by content and never by name.

A file is accepted when its first bytes are one of the formats in FORMATS (the extension and
the browser's content type are ignored), it is not empty, not over MAX_FILE_BYTES, the case
stays under MAX_CASE_BYTES, and, for images, Pillow reads its header and verifies it with at
most MAX_PIXELS pixels (a "decompression bomb" is refused before it is decoded).

iPhone photos (HEIC/HEIF) are kept by their ISO-BMFF header alone (an `ftyp` box with a HEIF
brand): Pillow has no HEIF decoder here, and nothing is ever decoded or shown by the site, only
sent back to the owner as a download; the size limits still apply.

The stored name is the borrower's name, sanitised (no path, no control characters), with the
extension of the format actually found; the file goes under evidence/<random>/ in the default
storage (MEDIA_ROOT), which is not served by the web server.
"""

import hashlib
import os
import re
import secrets
import unicodedata
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from assistant.calls.models import Evidence

MB = 1024 * 1024
MAX_FILE_BYTES = 10 * MB
MAX_CASE_BYTES = 200 * MB
MAX_FILES_AT_ONCE = 10
# A long phone screenshot (1290 × 20000) fits; a "bomb" of 50000 × 50000 does not.
MAX_PIXELS = 40_000_000
MAX_NAME = 80
HEAD_BYTES = 64


@dataclass(frozen=True)
class Format:
    kind: str
    content_type: str
    extension: str
    pillow: str = ""  # the Pillow format name, for images


FORMATS = {
    "png": Format(Evidence.Kind.IMAGE, "image/png", "png", "PNG"),
    "jpeg": Format(Evidence.Kind.IMAGE, "image/jpeg", "jpg", "JPEG"),
    "webp": Format(Evidence.Kind.IMAGE, "image/webp", "webp", "WEBP"),
    "heic": Format(Evidence.Kind.IMAGE, "image/heic", "heic"),
    "heif": Format(Evidence.Kind.IMAGE, "image/heif", "heif"),
    "pdf": Format(Evidence.Kind.PDF, "application/pdf", "pdf"),
    "m4a": Format(Evidence.Kind.AUDIO, "audio/mp4", "m4a"),
    "mp3": Format(Evidence.Kind.AUDIO, "audio/mpeg", "mp3"),
    "amr": Format(Evidence.Kind.AUDIO, "audio/amr", "amr"),
    "wav": Format(Evidence.Kind.AUDIO, "audio/wav", "wav"),
}
# ISO media brands that phones use for voice recordings (.m4a). Video brands are refused.
AUDIO_BRANDS = {b"M4A ", b"M4B ", b"mp42", b"mp41", b"isom", b"iso2", b"3gp4", b"3gp5"}
# HEIF photos: HEVC-coded (heic, heix and their multi-layer forms) and the generic brands.
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis"}
HEIF_BRANDS = {b"mif1", b"msf1", b"hevc"}

WRONG_TYPE = _(
    "This file is not a screenshot, photo, recording or PDF we can keep. Please attach a "
    "PNG, JPEG, WebP or HEIC image, an m4a, mp3, amr or wav recording, or a PDF."
)
EMPTY = _("This file is empty. Please choose it again.")
HIDDEN_CODE = _(
    "This file has web page code hidden inside it, so we cannot keep it. If it is a real "
    "screenshot or document, please take a new screenshot of it and attach that."
)
DISK_FULL = _(
    "Your files could not be saved just now (the server has no room left). Nothing was kept; "
    "please try again later."
)
TOO_BIG = _("This file is %(size)s; the most we can keep is %(limit)s per file.")
CASE_FULL = _(
    "This file would take your evidence for this debt over %(limit)s. "
    "Please keep the most important files only."
)
DAMAGED = _(
    "This file seems damaged, or it is not the kind of file its first bytes say, so we "
    "cannot keep it. Please save or export it again from the app it came from and attach "
    "that."
)
BROKEN_IMAGE = _("This image seems damaged and cannot be opened. Please take it again.")
TOO_MANY_PIXELS = _(
    "This image is too large to open safely (over %(limit)s million pixels). "
    "Please send a smaller screenshot."
)


def sniff(head):
    """The FORMATS key for a file starting with `head`, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"#!AMR"):
        return "amr"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in AUDIO_BRANDS:
            return "m4a"
        if brand in HEIC_BRANDS:
            return "heic"
        if brand in HEIF_BRANDS:
            return "heif"
        return None
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def safe_name(name, extension):
    """The file's own name without any folder, control or odd characters, and `.extension`."""
    name = unicodedata.normalize("NFKC", str(name or ""))
    name = re.split(r"[/\\]", name)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = "".join(c if c.isalnum() or c in " .-_()（）" else "_" for c in stem)
    stem = re.sub(r"_+", "_", stem).strip(" ._")[:MAX_NAME] or "evidence"
    return f"{stem}.{extension}"


def storage_path(name):
    """Where a file goes: a fresh random folder, so names never collide or reveal anything."""
    return f"evidence/{secrets.token_hex(16)}/{name}"


def check_file(upload, case_bytes_so_far=0):
    """The Format of `upload`, or a ValidationError with a message the borrower can act on."""
    if not upload.size:
        raise ValidationError(EMPTY, code="empty")
    if upload.size > MAX_FILE_BYTES:
        raise ValidationError(
            TOO_BIG,
            code="too_big",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_FILE_BYTES)},
        )
    if case_bytes_so_far + upload.size > MAX_CASE_BYTES:
        raise ValidationError(
            CASE_FULL, code="case_full", params={"limit": filesizeformat(MAX_CASE_BYTES)}
        )
    upload.seek(0)
    found = sniff(upload.read(HEAD_BYTES))
    upload.seek(0)
    if found is None:
        raise ValidationError(WRONG_TYPE, code="wrong_type")
    fmt = FORMATS[found]
    _check_structure(upload, found)
    _check_no_hidden_code(upload, fmt)
    if fmt.pillow:
        _check_image(upload, fmt)
    return fmt


def _read_at(upload, start, length):
    upload.seek(start)
    data = upload.read(length)
    upload.seek(0)
    return data


def _pdf_ends(upload):
    """A PDF ends with %%EOF (a few bytes of line ends or padding may follow)."""
    return b"%%EOF" in _read_at(upload, max(upload.size - 1024, 0), 1024)


def _iso_box_fits(upload):
    """An ISO media file (m4a) starts with an `ftyp` box of a sane size."""
    head = _read_at(upload, 0, 8)
    size = int.from_bytes(head[:4], "big")
    return 16 <= size <= min(upload.size, 4096)


def _riff_fits(upload):
    """A WAV file's RIFF header holds its own size (8 bytes less than the file, give or take
    a recorder's rounding) and a format chunk."""
    head = _read_at(upload, 0, 16)
    size = int.from_bytes(head[4:8], "little")
    return head[12:16] == b"fmt " and 4 <= size <= upload.size


def _id3_fits(upload):
    """An MP3 with an ID3 tag: version 2 to 4, and a frame sync after the tag."""
    head = _read_at(upload, 0, 10)
    if not head.startswith(b"ID3"):
        return True  # starts with a frame sync already (sniff checked it)
    tag = sum((byte & 0x7F) << (7 * (3 - i)) for i, byte in enumerate(head[6:10]))
    sync = _read_at(upload, 10 + tag, 2)
    return head[3] in (2, 3, 4) and len(sync) == 2 and sync[0] == 0xFF and sync[1] & 0xE0 == 0xE0


def _amr_fits(upload):
    head = _read_at(upload, 0, 9)
    return head.startswith(b"#!AMR\n") or head.startswith(b"#!AMR-WB\n")


# Beyond their first bytes, PDFs and recordings must hold together: a file that starts like
# one and then is something else (a web page after "%PDF-") is refused.
STRUCTURE = {
    "pdf": _pdf_ends,
    "m4a": _iso_box_fits,
    "wav": _riff_fits,
    "mp3": _id3_fits,
    "amr": _amr_fits,
}


def _check_structure(upload, found):
    fits = STRUCTURE.get(found)
    if fits is not None and not fits(upload):
        raise ValidationError(DAMAGED, code="damaged")


# Markup a browser or PDF reader would run, hidden in a file that starts like an image,
# recording or PDF (a "polyglot"). Long markers only, so random compressed bytes (almost)
# never match: "<svg" only followed by a space, "/" or ">".
HIDDEN_MARKERS = (
    b"<script",
    b"<iframe",
    b"javascript:",
    b"<!doctype html",
    b"<html",
    b"<svg ",
    b"<svg/",
    b"<svg>",
    b"<svg\n",
    b"<svg\t",
)
PDF_MARKERS = (b"/javascript", b"/launch", b"/embeddedfile", b"/richmedia")
PDF_NAME_ESCAPE = re.compile(rb"#([0-9a-fA-F]{2})")
CHUNK = 1024 * 1024


def _unescaped_pdf_names(window):
    """PDF names may spell a letter as #xx (/J#61vaScript is /JavaScript): undo that."""
    return PDF_NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), window)


def _check_no_hidden_code(upload, fmt):
    """Refuse a file holding markup or, in a PDF, active content, found as plain bytes (PDF
    names with #-escapes, /J#61vaScript, are read as the names they spell).

    A best-effort heuristic only: markers inside a compressed object stream pass it. The real
    protection is how every file is served (assistant/core/downloads.py private_download):
    always as a download, with nosniff and a sandbox CSP, so a browser never runs or shows it
    on our site.
    """
    is_pdf = fmt.kind == Evidence.Kind.PDF
    markers = HIDDEN_MARKERS + (PDF_MARKERS if is_pdf else ())
    # An escaped name is up to three times as long as the name it spells.
    overlap = 3 * max(len(marker) for marker in markers)
    tail = b""
    upload.seek(0)
    try:
        while chunk := upload.read(CHUNK):
            window = tail + chunk
            readable = (_unescaped_pdf_names(window) if is_pdf else window).lower()
            if any(marker in readable for marker in markers):
                raise ValidationError(HIDDEN_CODE, code="hidden_code")
            tail = window[-overlap:]
    finally:
        upload.seek(0)


def _check_image(upload, fmt):
    limit = {"limit": MAX_PIXELS // 1_000_000}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload, formats=[fmt.pillow]) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValidationError(TOO_MANY_PIXELS, code="pixels", params=limit)
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(TOO_MANY_PIXELS, code="pixels", params=limit) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(BROKEN_IMAGE, code="broken") from error
    finally:
        upload.seek(0)


def case_bytes(case):
    """How much evidence the case holds, deleted calls included (their files are kept)."""
    total = Evidence.objects.filter(call__case=case).aggregate(total=Sum("size"))["total"]
    return total or 0


def sha256_of(upload):
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


class StorageFull(Exception):
    """A file could not be written (disk full, quota); nothing of the upload was kept."""

    message = DISK_FULL


def attach_all(call, checked):
    """Store every (upload, fmt) of `checked` on `call`, or none of them (StorageFull)."""
    stored = []
    try:
        for upload, fmt in checked:
            stored.append(attach(call, upload, fmt))
    except OSError as error:
        for evidence in stored:
            evidence.delete()  # its file goes with it (models.py)
        raise StorageFull from error
    return stored


def _remove_folder(folder):
    """Delete what a failed save left in `folder` (a half-written file) and the folder."""
    storage = Evidence.file.field.storage
    try:
        for name in storage.listdir(folder)[1]:
            storage.delete(f"{folder}/{name}")
        os.rmdir(storage.path(folder))
    except (OSError, NotImplementedError):
        pass


def attach(call, upload, fmt):
    """Store a checked upload on `call`."""
    name = safe_name(upload.name, fmt.extension)
    evidence = Evidence(
        call=call,
        name=name,
        kind=fmt.kind,
        content_type=fmt.content_type,
        size=upload.size,
        sha256=sha256_of(upload),
    )
    path = storage_path(name)
    try:
        evidence.file.save(path, upload, save=False)
    except OSError:
        _remove_folder(path.rsplit("/", 1)[0])
        raise
    evidence.save()
    return evidence
