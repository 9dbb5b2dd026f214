"""Names outside the GB2312 subset (王䶮, 张喆) print as themselves, from the extended font."""

import io
import logging

from pypdf import PdfReader

from assistant.letters.pdf import needs_extended_font, render_pdf
from tests.letters.conftest import make_letter, own, url
from tests.letters.test_pdf import embedded_fonts, pdf_text


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def test_only_text_with_rare_characters_needs_the_extended_font():
    assert not needs_extended_font("<p>本人李明华，借款人民币8,000.00元。</p>\n")
    assert needs_extended_font("<p>王䶮</p>")  # CJK Extension A
    assert needs_extended_font("<p>张喆</p>")  # GBK, not GB2312
    assert not needs_extended_font("<p>😀</p>")  # in neither font: nothing to load


def test_a_rare_name_prints_and_extracts_as_typed(client, my_case, caplog):
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        letter = make_letter(client, my_case, "complaint_lender", sender_name="王䶮 张喆")
        pdf = client.get(url("pdf", letter.pk)).content

    text = pdf_text(pdf)
    assert "姓名：王䶮张喆" in text
    assert "（签名）：王䶮张喆" in text
    assert {"Anxin-Serif-SC-Extended-U4400", "Anxin-Serif-SC-Extended-U4E00"} <= font_names(pdf)
    assert not [r for r in caplog.records if ".notdef" in r.getMessage()]


def test_a_letter_without_rare_characters_does_not_load_the_extended_font(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender")

    pdf = client.get(url("pdf", letter.pk)).content

    assert font_names(pdf) == {"Anxin-Serif-SC", "Anxin-Serif-SC-Bold"}


def test_a_rare_name_embeds_the_font_of_each_block_it_uses_and_no_other():
    """䶮 (U+4DAE) and 喆 (U+5586) are in two of the ten extended fonts (static/fonts); each
    is embedded as a font program of its own (one program for both drew 喆 wrong)."""
    pdf = render_pdf("pdf/sample.html", {"name": "王䶮 张喆", "body": ""})

    programs = embedded_fonts(pdf)
    assert "申请人：王䶮张喆" in pdf_text(pdf)
    assert font_names(pdf) == {
        "Anxin-Serif-SC",
        "Anxin-Serif-SC-Bold",
        "Anxin-Serif-SC-Extended-U4400",
        "Anxin-Serif-SC-Extended-U4E00",
    }
    assert len({program["CFF "].compile(program) for program in programs.values()}) == 4
