"""The PDF renderer: Chinese text survives, user text is inert, only static files load."""

import gc
import io
import os
import re
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from assistant.letters.pdf import (
    BASE_URL,
    PdfResourceError,
    _remove_font_copies,
    render_html,
    render_pdf,
    static_only_fetcher,
)

FONT_URL = f"{BASE_URL}static/fonts/NotoSerifSC-Subset-Regular.otf"


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF, whitespace removed (line breaks fall anywhere)."""
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return squeeze(text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_chinese_text_comes_back_out_of_the_pdf():
    pdf = render_pdf("pdf/sample.html", {"name": "李明华", "body": "本人于2023年借款￥5,000元。"})

    text = pdf_text(pdf)
    assert text.startswith("关于暂停第三方催收的申请尊敬的贷款机构负责人：本人李明华，")
    assert "本人于2023年借款￥5,000元。" in text
    assert "申请人：李明华" in text
    assert text.endswith("第1页/共1页")


def test_user_text_is_escaped_and_makes_no_request(listener):
    port = listener.server_address[1]
    hostile = [
        "<script>alert(1)</script>",
        f'<img src="http://127.0.0.1:{port}/x">',
        "</style><style>body{display:none}",
    ]

    html = render_html("pdf/sample.html", {"name": hostile[1], "body": "\n\n".join(hostile)})
    pdf = render_pdf("pdf/sample.html", {"name": hostile[1], "body": "\n\n".join(hostile)})

    assert "<script>" not in html and "<img" not in html and "</style>" not in html
    text = pdf_text(pdf)
    for value in hostile:
        assert squeeze(value) in text
    assert "申请人：" + squeeze(hostile[1]) in text
    assert listener.seen == []


def test_the_listener_does_see_a_fetch_that_is_not_blocked(listener, monkeypatch):
    """Control for the test above: WeasyPrint's own fetcher would reach the listener."""
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    url = f"http://127.0.0.1:{listener.server_address[1]}/x.png"

    HTML(string=f'<img src="{url}">').write_pdf()

    assert len(listener.seen) == 1


def test_markup_pointing_elsewhere_stops_the_render_without_a_request(listener):
    url = f"http://127.0.0.1:{listener.server_address[1]}/x.png"
    document = HTML(string=f'<img src="{url}">', base_url=BASE_URL, url_fetcher=static_only_fetcher)

    with pytest.raises(FatalURLFetchingError):
        document.write_pdf()
    assert listener.seen == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/static/fonts/NotoSerifSC-Subset-Regular.otf",
        "https://example.com/static/fonts/NotoSerifSC-Subset-Regular.otf",
        "https://anxin-pdf.invalid.example.com/static/css/pdf.css",
        "file:///etc/passwd",
        "data:text/css,body{display:none}",
        f"{BASE_URL}etc/passwd",
        f"{BASE_URL}static/../../../../etc/passwd",
        f"{BASE_URL}static/css/../../assistant/settings.py",
        f"{BASE_URL}static/%2e%2e/%2E%2E/etc/passwd",
        f"{BASE_URL}static/..%2f..%2fetc/passwd",
        f"{BASE_URL}static//etc/passwd",
        f"{BASE_URL}static/fonts/missing.otf",
    ],
)
def test_fetcher_refuses_everything_but_static_files(url):
    with pytest.raises(ValueError):
        static_only_fetcher(url)


def test_fetcher_serves_static_files():
    response = static_only_fetcher(FONT_URL)
    try:
        assert response.read(4) == b"OTTO"
        assert response.content_type == "font/otf"
    finally:
        response.close()


def test_fetcher_serves_collected_files_under_their_hashed_names(settings, tmp_path):
    """Production uses manifest storage: {% static %} gives hashed names from STATIC_ROOT."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)

    html = render_html("pdf/sample.html", {"name": "李明华", "body": ""})
    pdf = render_pdf("pdf/sample.html", {"name": "李明华", "body": ""})

    assert re.search(r'href="/static/css/pdf\.[0-9a-f]{12}\.css"', html)
    assert "申请人：李明华" in pdf_text(pdf)
    assert embedded_fonts(pdf)


def test_a_missing_font_or_stylesheet_fails_the_render(settings, tmp_path, monkeypatch):
    """Better an error than a letter in empty boxes."""
    settings.STATIC_ROOT = tmp_path
    monkeypatch.setattr("assistant.letters.pdf.finders.find", lambda name: None)

    with pytest.raises(PdfResourceError, match="No such static file"):
        render_pdf("pdf/sample.html", {"name": "李明华", "body": ""})


def embedded_fonts(pdf: bytes) -> dict[str, TTFont]:
    """BaseFont name -> embedded font program, for every font of every page."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            program = descendant["/FontDescriptor"]["/FontFile3"].get_object().get_data()
            fonts[str(font["/BaseFont"])] = TTFont(io.BytesIO(program))
    return fonts


def test_only_the_shipped_fonts_are_embedded():
    pdf = render_pdf("pdf/sample.html", {"name": "李明华", "body": ""})

    fonts = embedded_fonts(pdf)
    # WeasyPrint 70 names embedded fonts after the CSS family, not the font file.
    assert {re.sub(r"^/[A-Z]{6}\+", "", name) for name in fonts} == {
        "Anxin-Serif-SC",
        "Anxin-Serif-SC-Bold",
    }
    assert {font["name"].getDebugName(6) for font in fonts.values()} == {
        "NotoSerifCJKsc-Regular",
        "NotoSerifCJKsc-Bold",
    }


def test_the_pdf_streams_are_still_compressed():
    pdf = render_pdf("pdf/sample.html", {"name": "李明华", "body": "申请暂停第三方催收。" * 20})

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page["/Contents"].get_object()["/Filter"] == "/FlateDecode"
    assert "申请暂停第三方催收" in pdf_text(pdf)


def test_a_render_leaves_the_garbage_collector_as_it_found_it(monkeypatch):
    monkeypatch.setattr("assistant.letters.pdf.finders.find", lambda name: None)

    with pytest.raises(PdfResourceError):
        render_pdf("pdf/sample.html", {"name": "李明华", "body": ""})
    monkeypatch.undo()
    render_pdf("pdf/sample.html", {"name": "李明华", "body": ""})

    assert gc.get_freeze_count() == 0


def test_a_letter_made_in_the_worker_leaves_its_garbage_to_the_collector(monkeypatch):
    # Freezing the collector during a layout reset its counts, so a worker never ran a full
    # collection again and kept every letter's boxes: about 1 MB a letter.
    frozen = []
    monkeypatch.setattr("assistant.letters.pdf.gc.freeze", lambda: frozen.append(True))

    render_pdf("pdf/sample.html", {"name": "李明华", "body": "申请暂停第三方催收。"})

    assert frozen == []


def test_the_font_copies_go_at_exit_of_the_process_that_made_them_only():
    removed = []
    config = SimpleNamespace(__del__=lambda: removed.append(True))

    _remove_font_copies(config, os.getpid() + 1)  # a forked child exiting
    assert removed == []
    _remove_font_copies(config, os.getpid())
    assert removed == [True]
