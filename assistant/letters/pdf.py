"""The one PDF renderer of the project: a Django template in, PDF bytes out.

Every PDF is a Django template rendered to HTML (``render_html``, which also serves as
the HTML version of the document), then laid out by WeasyPrint (``render_pdf``).

WeasyPrint may only load the site's own static files (stylesheet, fonts): relative and
``{% static %}`` URLs resolve against a fake base URL, and ``static_only_fetcher``
serves those from disk and refuses every other URL, so nothing in a document, including
text a user typed, can make the server fetch a URL or read a file.
"""

import atexit
import contextlib
import functools
import gc
import mimetypes
import os
import re
import threading
import zlib
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote, urljoin, urlsplit

import pydyf
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.templatetags.static import static
from fontTools.ttLib import TTFont
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from assistant.assessment import limits
from assistant.core import bounded

# Never fetched: ".invalid" cannot resolve (RFC 2606); the fetcher maps it to disk.
BASE_URL = "https://anxin-pdf.invalid/"


# pydyf, which writes WeasyPrint's PDFs, compresses every stream at zlib's level 9. The
# default level is several times faster on the font programs, most of a PDF's bytes, for
# files 0.3 % larger: 5-10 % of a letter's time.
FLATE_LEVEL = zlib.Z_DEFAULT_COMPRESSION
pydyf.zlib = SimpleNamespace(
    compress=lambda data, level=FLATE_LEVEL: zlib.compress(data, FLATE_LEVEL),
    compressobj=lambda level=FLATE_LEVEL, **options: zlib.compressobj(FLATE_LEVEL, **options),
)


class PdfRenderError(RuntimeError):
    """WeasyPrint could not make the PDF; the views show the document's page instead."""


class PdfResourceError(PdfRenderError):
    """A PDF referred to a file that is not one of the site's static files."""


class StaticOnlyFetcher(URLFetcher):
    """WeasyPrint URL fetcher that serves the site's static files and nothing else.

    WeasyPrint 70 wants a ``URLFetcher`` instance (its ``fetch`` method is called, and
    must return a ``URLFetcherResponse``); plain functions no longer work. Refusals
    raise ValueError; ``fail_on_errors`` turns any failed fetch during a render into an
    error rather than a PDF with a missing font.
    """

    def __init__(self):
        super().__init__(fail_on_errors=True)

    def fetch(self, url, headers=None):
        prefix = urljoin(BASE_URL, settings.STATIC_URL)
        if not url.startswith(prefix):
            raise ValueError(f"PDFs may only load the site's static files, not {url!r}")
        name = unquote(urlsplit(url).path[len(urlsplit(prefix).path) :])
        path = static_path(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        # WeasyPrint closes the file once read.
        return URLFetcherResponse(url, open(path, "rb"), {"Content-Type": content_type})  # noqa: SIM115


static_only_fetcher = StaticOnlyFetcher()


def static_path(name) -> str:
    """The file on disk of the static file `name`; ValueError when there is none."""
    parts = name.split("/")
    if not name or "\\" in name or "\0" in name or {"", ".", ".."} & set(parts):
        raise ValueError(f"Not a static file name: {name!r}")
    path = finders.find(name)  # source files, unhashed names
    if path is None and staticfiles_storage.exists(name):  # collected, hashed names
        path = staticfiles_storage.path(name)
    if path is None:
        raise ValueError(f"No such static file: {name!r}")
    return path


def render_html(template_name, context, request=None) -> str:
    """The HTML version of a PDF document."""
    return render_to_string(template_name, context, request=request)


# Rarer characters (names like 王䶮 or 张喆) are outside the main fonts' GB2312 subset;
# the extended fonts, one per block of code points, have them. A document links their
# stylesheet only when its text needs one, and embeds only the ones its text uses
# (unicode-range; static/fonts/README.md).
MAIN_FONT = "fonts/NotoSerifSC-Subset-Regular.otf"
EXTENDED_FONTS = "NotoSerifSC-Extended-*.otf"  # beside MAIN_FONT
EXTENDED_CSS = "css/pdf-extended.css"


@functools.cache
def _font_characters(name) -> frozenset[int]:
    return frozenset(TTFont(finders.find(name), lazy=True).getBestCmap())


@functools.cache
def _extended_characters() -> frozenset[int]:
    folder = Path(finders.find(MAIN_FONT)).parent
    paths = sorted(folder.glob(EXTENDED_FONTS))
    return frozenset().union(*(TTFont(path, lazy=True).getBestCmap() for path in paths))


def needs_extended_font(html: str) -> bool:
    """Whether `html` has a character an extended font has and the main one lacks."""
    missing = {ord(char) for char in set(html) if char > " "} - _font_characters(MAIN_FONT)
    return bool(missing) and bool(missing & _extended_characters())


def with_extended_font(html: str) -> str:
    link = f'<link rel="stylesheet" href="{static(EXTENDED_CSS)}">'
    return html.replace("</head>", f"{link}</head>", 1)


# A FontConfiguration made per render copied each font into a new temporary folder and had
# Fontconfig scan it again (about a third of a letter's time); one per process adds each
# font once. Parsing pdf.css again for every document was another tenth: each stylesheet
# the documents link is parsed once and handed to WeasyPrint as a user stylesheet (the
# documents have no other author styles but the evidence PDF's own, which came after it
# anyway). The lock: WeasyPrint's font map is not made to be shared between threads.
_fonts_lock = threading.Lock()
STYLESHEET_LINK = re.compile(r'<link rel="stylesheet" href="([^"<>]+)">')


@functools.cache
def _font_config() -> FontConfiguration:
    config = FontConfiguration()
    atexit.register(_remove_font_copies, config, os.getpid())
    return config


def _remove_font_copies(config, owner):
    """At exit, the copies of the fonts the process's FontConfiguration made in a temporary
    folder: a configuration kept for the life of the process is never collected, and every
    process left its folder behind (13 MB and more each). Only in the process that made
    it: a forked child that exits normally must not take the fonts from under its parent."""
    if os.getpid() == owner:
        config.__del__()


@functools.lru_cache(maxsize=16)
def _stylesheet(href, path, modified) -> CSS:
    """pdf.css and the like, parsed once per version of the file (`modified`)."""
    return CSS(
        url=urljoin(BASE_URL, href), url_fetcher=static_only_fetcher, font_config=_font_config()
    )


def _parsed_stylesheets(html) -> tuple[str, list[CSS]]:
    """`html` without its links to the site's stylesheets, and those stylesheets parsed.

    Each file is looked up again every time (a few file-system calls), so one that is
    gone or changed is noticed as it would be without the cache."""
    prefix = settings.STATIC_URL
    hrefs = [href for href in STYLESHEET_LINK.findall(html) if href.startswith(prefix)]
    stylesheets = []
    for href in hrefs:
        html = html.replace(f'<link rel="stylesheet" href="{href}">', "", 1)
        try:
            path = static_path(unquote(href[len(prefix) :]))
        except ValueError as error:
            raise PdfResourceError(str(error)) from error
        stylesheets.append(_stylesheet(href, path, Path(path).stat().st_mtime_ns))
    return html, stylesheets


def render_pdf(template_name, context, *, request=None, isolated=False) -> bytes:
    """The PDF of the template. `isolated`: laid out in a child process that is stopped
    after limits' pdf_render_seconds and may use pdf_render_memory_mb (core/bounded.py),
    for documents that grow with what the borrower logged (the evidence summary)."""
    html = render_html(template_name, context, request=request)
    if needs_extended_font(html):
        html = with_extended_font(html)
    if not isolated:
        return _layout(html)
    try:
        return bounded.run(
            lambda: _layout(html, in_child=True),
            seconds=limits.value("pdf_render_seconds"),
            memory_bytes=limits.value("pdf_render_memory_mb") * 1024 * 1024,
            # No other thread of the worker is inside Pango or fontconfig as it forks.
            fork_lock=_fonts_lock,
        )
    except bounded.WorkFailed as error:
        raise PdfRenderError(str(error)) from error


@contextlib.contextmanager
def _old_objects_left_alone():
    """Python's garbage collector skips, during a layout, the objects made before it.

    A long layout (the evidence summary of hundreds of calls) makes millions of objects,
    and each full collection they set off also went through every object of the process
    (Django, templates, fonts' tables): a sixth to a fifth of the 500-call summary's time.

    Only in a child process that exits after the layout: in a worker, the layout's boxes
    (cycles) were left behind after each freeze and never collected, about 1 MB a letter,
    so a worker grew without end (600 letters: 115 MB -> 750 MB; tests/letters)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _layout(html, in_child=False) -> bytes:
    collector = _old_objects_left_alone() if in_child else contextlib.nullcontext()
    try:
        with _fonts_lock, collector:
            html, stylesheets = _parsed_stylesheets(html)
            document = HTML(string=html, base_url=BASE_URL, url_fetcher=static_only_fetcher)
            return document.write_pdf(stylesheets=stylesheets, font_config=_font_config())
    except PdfRenderError:
        raise
    except FatalURLFetchingError as error:  # a BaseException: make it an ordinary error
        raise PdfResourceError(f"{error}: {error.__cause__}") from error.__cause__
    except Exception as error:  # layout, fonts, memory: the caller keeps the draft and says so
        raise PdfRenderError(f"{type(error).__name__}: {error}") from error
