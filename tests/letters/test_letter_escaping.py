"""Whatever a person types, in any field, is printed literally and fetches nothing."""

import pytest

from assistant.letters.kinds import KINDS
from assistant.letters.models import Letter
from tests.letters.conftest import KIND_DATA, make_letter, url
from tests.letters.test_pdf import pdf_text, squeeze


@pytest.fixture
def hostile(listener):
    return f'<img src="http://127.0.0.1:{listener.server_address[1]}/x"><b>粗体</b>'


@pytest.fixture
def hostile_case(client, hostile):
    from assistant.calls.models import Call
    from tests.letters.conftest import own

    case = own(client, "xinyongfei-day5")
    case.lender_name = hostile
    case.product = hostile
    case.save()
    call = Call.objects.filter(case=case).last()
    call.summary = hostile
    call.organisation = hostile
    call.collector = hostile
    call.save()
    return case


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_escaped_in_the_page_and_the_pdf(
    client, listener, hostile, hostile_case, kind
):
    fields = {**KIND_DATA[kind]}
    for name, value in fields.items():
        if isinstance(value, str) and name not in (
            "plan_total",
            "monthly",
            "lump_sum",
            "deferral_months",
            "served_on",
        ):
            fields[name] = hostile
    sender = {f"sender_{k}": hostile for k in ("name", "id_number", "phone", "address")}
    response = client.post(url("new", hostile_case.pk, kind), {**fields, **sender})
    assert response.status_code == 302
    letter = Letter.objects.get(kind=kind)

    page = client.get(url("detail", letter.pk)).content.decode()
    pdf = client.get(url("pdf", letter.pk)).content

    assert "<img" not in page and "<b>粗体" not in page
    assert "&lt;img src=" in page
    text = pdf_text(pdf)
    assert text.count(squeeze(hostile)) >= 4  # sender fields at least
    assert listener.seen == []


def test_edited_paragraphs_are_escaped_too(client, listener, hostile, my_case):
    from tests.letters.test_letter_views import edit_data

    letter = make_letter(client, my_case, "complaint_lender")
    changes = {
        name: hostile
        for name in ("recipient", "subject", "salutation", "intro", "facts", "requests", "closing")
    }
    client.post(url("edit", letter.pk), edit_data(letter, attachments=hostile, **changes))

    page = client.get(url("detail", letter.pk)).content.decode()
    text = pdf_text(client.get(url("pdf", letter.pk)).content)

    assert "<img" not in page
    assert text.count(squeeze(hostile)) >= 8
    assert listener.seen == []
