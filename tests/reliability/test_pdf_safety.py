"""Letters and the evidence summary, with text that tries to inject HTML or CSS: the PDF
prints it literally and the renderer makes no request at all (a local listener records any)."""

import pytest
from django.urls import reverse
from django.utils.dateparse import parse_datetime

from assistant.calls.models import Call
from tests.cases.conftest import own
from tests.letters.test_pdf import pdf_text, squeeze

pytestmark = pytest.mark.django_db


def injections(port):
    here = f"http://127.0.0.1:{port}"
    return [
        f"<style>@import url({here}/a.css);</style>",
        f'<link rel="stylesheet" href="{here}/b.css">',
        f"<div style=\"background:url('{here}/c.png')\">背景</div>",
        f"}} body {{ background: url({here}/d.png) }} @import '{here}/e.css';",
        f'<img src="{here}/f.png"><object data="{here}/g"></object>',
        f'<iframe src="{here}/h"></iframe><svg><image href="{here}/i.svg"/></svg>',
        '<img src="file:///etc/passwd"><link rel=stylesheet href="file:///etc/passwd">',
        '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
        f'<base href="{here}/"><img src="j.png">',
    ]


def assert_inert(response, typed, listener):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    for value in typed:
        assert squeeze(value) in text
    assert "root:" not in text
    assert listener.seen == []


def test_a_letter_with_injected_markup_prints_it_and_fetches_nothing(client, listener):
    from assistant.letters.documents import create_letter
    from assistant.letters.kinds import build_content

    case = own(client, "xinyongfei-day5")
    typed = injections(listener.server_address[1])
    content = build_content(case, "debt_details_request", {})
    content = {
        **content,
        "subject": typed[0],
        "intro": typed[1],
        "facts": typed[2:5],
        "requests": typed[5:],
        "sender": {"name": typed[3], "id_number": "", "phone": "", "address": typed[6]},
    }
    letter = create_letter(case, "debt_details_request", content)

    response = client.get(reverse("letters:pdf", args=[letter.pk]))

    assert_inert(response, typed, listener)


def test_the_evidence_pdf_with_injected_markup_prints_it_and_fetches_nothing(client, listener):
    case = own(client, "xinyongfei-day5")
    typed = injections(listener.server_address[1])
    for n, value in enumerate(typed):
        Call.objects.create(
            case=case,
            at=parse_datetime(f"2026-11-{10 + n}T10:00+08:00"),
            channel="phone",
            summary=value,
            organisation=typed[(n + 1) % len(typed)][:100],
            collector="<b>催收员</b>",
            number="<script>x</script>",
        )

    response = client.get(reverse("calls:evidence_pdf", args=[case.pk]))

    assert_inert(response, typed, listener)
