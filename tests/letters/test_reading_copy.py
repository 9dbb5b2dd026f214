"""The English reading copy: same letter, fixed phrases in English, typed text as typed."""

import re

import pytest

from assistant.letters.documents import document
from assistant.letters.kinds import KINDS
from assistant.letters.models import LetterVersion
from tests.letters.conftest import KIND_DATA, make_letter, own, url
from tests.letters.test_pdf import pdf_text

LABEL = "Reading copy — send the Chinese letter"
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def reading_part(page):
    return page[page.index('id="reading-copy"') :]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_an_english_reading_copy_on_the_page_not_in_the_pdf(client, kind):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, kind)
    content = letter.latest().content

    page = client.get(url("detail", letter.pk, language="en")).content.decode()

    copy = reading_part(page)
    assert LABEL in copy
    english = document(content, reading=True)
    assert english["subject"] in copy.replace("&#x27;", "'")
    for request in english["requests"]:
        assert not getattr(request, "typed", False), request  # every request is ours
        assert CJK.sub("", request) == request, request
    assert english["labels"]["facts"] in copy and "Yours faithfully," in copy
    assert "28 November 2026" in copy
    pdf = pdf_text(client.get(url("pdf", letter.pk)).content)
    assert "Reading" not in pdf and "Requests" not in pdf


@pytest.mark.parametrize("kind", KINDS)
def test_our_fixed_phrases_have_english_without_chinese(client, kind):
    case = own(client, "xinyongfei-day5")
    content = make_letter(client, case, kind).latest().content

    english = document(content, reading=True)

    for key in ("subject", "intro", "closing", "signer"):
        assert not getattr(english[key], "typed", False), key
        assert not CJK.search(english[key].replace("信用飞", "")), english[key]
    typed = {line.strip() for line in KIND_DATA[kind].get("evidence", "").splitlines()}
    for item in english["attachments"]:
        assert item in typed or not CJK.search(item), item


def test_typed_text_is_left_as_typed(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "credit_objection")

    english = document(letter.latest().content, reading=True)

    facts = "\n".join(english["facts"])
    assert "My personal credit report contains this record: 2026年11月的逾期记录" in facts
    assert "because: 该笔款项已于到期日前还清" in facts
    # The objection names the report and account, never the days overdue (FACTS.md §5).
    assert "Credit report number" in facts and "days overdue" not in facts
    assert english["sender_lines"][0] == {"label": "Name", "value": "李明华"}


def test_the_lenders_claim_is_translated_with_its_amount_and_date(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender")

    facts = "\n".join(document(letter.latest().content, reading=True)["facts"])
    assert "says that I have a loan with it" in facts
    assert "RMB 8,000.00" in facts and "15 November 2026" in facts


def test_a_call_summary_is_quoted_as_typed(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender")

    facts = "\n".join(document(letter.latest().content, reading=True)["facts"])

    assert "On 18 November 2026 at 22:40 (Beijing time)" in facts
    assert "saying: “说今晚不还就联系我父母和单位”" in facts
    assert "threatening to contact my family, employer or contacts" in facts


def test_a_rewritten_paragraph_is_shown_as_typed_and_the_rest_stays_english(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender")
    version = letter.latest()
    content = {**version.content, "intro": "我自己改写的开头。"}
    LetterVersion.objects.create(letter=letter, number=2, content=content)

    page = client.get(url("detail", letter.pk, language="en")).content.decode()

    copy = reading_part(page)
    assert '<em lang="zh-CN">我自己改写的开头。</em>' in copy
    assert "Complaint about debt collection conduct" in copy


def test_an_old_version_without_english_says_so(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender")
    content = dict(letter.latest().content)
    del content["reading"]
    LetterVersion.objects.filter(letter=letter).update(content=content)

    page = client.get(url("detail", letter.pk, language="en")).content.decode()

    assert "There is no English reading copy of this version" in reading_part(page)


def test_the_reading_copy_escapes_typed_html(client):
    case = own(client, "xinyongfei-day5")
    letter = make_letter(client, case, "complaint_lender", sender_name="<b>王</b>")

    copy = reading_part(client.get(url("detail", letter.pk, language="en")).content.decode())

    assert "&lt;b&gt;王&lt;/b&gt;" in copy and "<b>王</b>" not in copy
