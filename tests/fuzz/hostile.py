"""Hostile values for fuzzing forms: what a confused phone, a paste or an attacker may send.

Every strategy here draws strings (a browser posts text, and files); `value_for(kind)` mixes
values of the right shape for a field with hostile ones, lists where one value is expected
(a "wrong type" over HTTP) and None (the field is left out of the post). A file field gets
small real and hostile files (renamed pages, polyglots, bombs, names with path separators),
several at once, or text.
"""

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import strategies as st

from tests.calls.test_evidence_files import SAMPLES, png, png_header_only

FRAGMENTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x07\x1b[31m\x7f",
    "\r\n\t\x0b\x0c",
    "\u202e\u200f\u200b\ufeff",  # right-to-left override, RTL mark, zero width, BOM
    "مرحبا \u202bשלום\u202c",
    "😀👨‍👩‍👧‍👦🇨🇳",
    "\U0001f4a9" * 40,
    "张三\u3000李四",
    "８，０００．５０元",
    "'; DROP TABLE cases_case; --",
    "1 OR 1=1",
    '" onmouseover="alert(1)',
    "<script>alert(1)</script>",
    "</textarea><img src=x onerror=alert(1)>",
    "<style>@import url(http://127.0.0.1:9/x.css)</style>",
    "{{ settings.SECRET_KEY }}{% debug %}",
    "%(name)s %s %d {0} {}",
    "../../../../etc/passwd",
    "file:///etc/passwd",
    "data:text/html,<b>x</b>",
    "9" * 40,
    "-1",
    "-0.01",
    "1e308",
    "-1e-308",
    "NaN",
    "Infinity",
    "0x10",
    "１２３",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "2026-11-18T25:61",
    "1969-12-31T23:59",
    "null",
    "true",
    "[]",
    "{}",
]

HUGE = ["x" * 30_000, "汉" * 25_000, "9" * 5_000, "\u202e" * 5_000]

fragment = st.sampled_from(FRAGMENTS)
any_text = st.text(max_size=200)
# Whole Unicode planes except surrogates (which cannot be posted as UTF-8).
odd_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
hostile_text = st.one_of(
    fragment,
    any_text,
    odd_text,
    st.lists(st.one_of(fragment, odd_text), min_size=2, max_size=5).map("".join),
    st.sampled_from(HUGE),
)


def numbers(low, high):
    """Numbers near and beyond the edges, written the ways people write them."""
    number = st.one_of(
        st.integers(min_value=low, max_value=high),
        st.integers(),
        st.decimals(allow_nan=True, allow_infinity=True, places=None),
        st.floats(allow_nan=True, allow_infinity=True),
    )
    return st.one_of(
        number.map(str),
        number.map(lambda n: f"{n}元"),
        number.map(lambda n: f"¥{n:,}" if isinstance(n, int) else f"¥{n}"),
    )


dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.tuples(st.integers(-1, 10_000), st.integers(-1, 14), st.integers(-1, 40)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"
    ),
)
datetimes = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
    st.tuples(dates, st.integers(-1, 99), st.integers(-1, 99)).map(
        lambda t: f"{t[0]}T{t[1]:02d}:{t[2]:02d}"
    ),
)


def shaped(kind, choices=()):
    """Values of the right shape for a field of `kind` (most but not all of them valid)."""
    if kind == "money":
        return numbers(-10, 200_000_000)
    if kind == "int":
        return numbers(-5, 200)
    if kind == "date":
        return dates
    if kind == "datetime":
        return datetimes
    if kind in ("choice", "multi") and choices:
        return st.sampled_from(list(choices))
    if kind == "bool":
        return st.sampled_from(["on", "true", "1", "0", "false", "False", ""])
    return any_text


# Files: real small screenshots, recordings and PDFs, and what an attacker renames to look
# like one (tests/reliability/test_hostile_uploads.py checks each of these with its message;
# here they only must never break a page). No 10 MB file: too slow for every example.
HTML = b"<!doctype html><html><body><script>fetch('/account/export/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
BODIES = [
    *SAMPLES.values(),
    b"",
    b"\x00" * 16,
    HTML,
    SVG,
    png() + HTML,
    png_header_only(60000, 60000),
    b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF",
    b"GIF89a" + b"\x00" * 40,
    b"PK\x03\x04" + b"\x00" * 40,
]
FILE_NAMES = [
    *SAMPLES,
    "../../../../etc/passwd.png",
    "..\\..\\windows\\win.ini.pdf",
    "a/b/c.jpg",
    "/tmp/x.png",
    "shot.png\x00.html",
    "\u202egnp.exe.png",
    "😀👨‍👩‍👧.jpg",
    "截图 2026-11-19.PNG",
    "x" * 300 + ".png",
    ".png",
    "CON.png",
    "no extension",
]
upload = st.builds(
    SimpleUploadedFile,
    st.one_of(st.sampled_from(FILE_NAMES), odd_text.map(lambda name: name + ".png")),
    st.one_of(st.sampled_from(BODIES), st.binary(max_size=300)),
    st.sampled_from(["image/png", "application/pdf", "text/html", "audio/mpeg", None]),
)
uploads = st.one_of(upload, st.lists(upload, min_size=2, max_size=3))


def value_for(kind, choices=()):
    """What a fuzzed post carries for one field: a string, a list of strings, or None."""
    if kind == "file":  # files, or text where a file should be (a "wrong type")
        return st.one_of(st.none(), uploads, uploads, hostile_text)
    one = st.one_of(shaped(kind, choices), hostile_text)
    many = st.lists(one, min_size=0, max_size=4)
    if kind == "multi":
        return st.one_of(st.none(), st.lists(shaped(kind, choices), max_size=4, unique=True), many)
    return st.one_of(st.none(), one, one, one, many)
