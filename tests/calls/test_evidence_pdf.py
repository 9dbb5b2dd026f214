import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from assistant.calls import evidence
from assistant.calls.models import Call
from tests.calls.conftest import add_call, url
from tests.calls.test_evidence_files import png

pytestmark = pytest.mark.django_db

HOSTILE = '<img src="http://example.invalid/x.png"><script>alert(1)</script>'


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    # Table cells may wrap mid-word; compare without line breaks.
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "")


@pytest.fixture
def logged(empty_case):
    add_call(empty_case, "2026-11-18T09:15+08:00", summary="提醒还款", collector="李专员")
    late = add_call(
        empty_case,
        "2026-11-19T22:40+08:00",
        summary="说要上门，还要通知你家人",
        conduct=["threat_visit", "threat_contact_third_party"],
    )
    add_call(empty_case, "2026-11-20T10:00+08:00", summary=HOSTILE, organisation="某某资产")
    return late


def test_the_evidence_pdf_lists_every_call_with_its_time_and_flags(client, empty_case, logged):
    response = client.get(url("evidence_pdf", empty_case))
    assert response["Content-Disposition"] == (
        f'attachment; filename="anxin-evidence-{empty_case.pk}.pdf"'
    )
    text = pdf_text(response)
    for time in ("2026-11-18", "09:15", "2026-11-19", "22:40", "2026-11-20", "10:00"):
        assert time in text
    assert "提醒还款" in text and "李专员" in text
    assert "说要上门，还要通知你家人" in text
    # Written for an institution: the borrower, not "you" (what was typed stays as typed).
    assert "威胁上门或去借款人单位" in text and "去你单位" not in text
    assert "在不允许的时间段联系" in text


def test_the_evidence_pdf_shows_what_a_user_typed_as_text(client, empty_case, logged):
    text = pdf_text(client.get(url("evidence_pdf", empty_case)))
    assert "<script>alert(1)</script>" in text


def test_the_html_version_escapes_what_a_user_typed(client, empty_case, logged):
    response = client.get(url("evidence_html", empty_case))
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "说要上门，还要通知你家人" in response.text


def test_the_pdf_and_the_html_version_come_from_one_template(client, empty_case, logged):
    html = client.get(url("evidence_html", empty_case)).text
    assert '<article class="evidence" lang="zh-CN">' in html
    assert "flag-counts" in html


def test_the_summary_counts_the_calls_by_flag(client, empty_case, logged):
    add_call(empty_case, "2026-11-20T23:30+08:00")
    html = client.get(url("evidence_html", empty_case)).context["document"]
    assert "<li>2 次在 22:00 至次日 08:00 之间联系</li>" in html
    assert "<li>1 次威胁上门或去借款人单位</li>" in html


def test_each_rule_is_cited_once(client, empty_case, logged):
    html = client.get(url("evidence_html", empty_case)).context["document"]
    rules = html[html.index('<ul class="rules">') :]
    rules = rules[: rules.index("</ul>")]
    assert rules.count("GB/T 45251-2025") == 1


def test_attached_files_are_listed_with_their_sha256(client, empty_case, logged):
    item = evidence.attach(
        logged, SimpleUploadedFile("催收短信.png", png()), evidence.FORMATS["png"]
    )
    text = pdf_text(client.get(url("evidence_pdf", empty_case)))
    assert "催收短信.png" in text
    assert item.sha256 in text.replace(" ", "")


def test_a_deleted_call_is_not_in_the_evidence(client, empty_case, logged):
    client.post(url("delete", empty_case, pk=logged.pk))
    text = pdf_text(client.get(url("evidence_pdf", empty_case)))
    assert "说要上门" not in text


def test_an_empty_call_log_still_gives_a_pdf(client, empty_case):
    response = client.get(url("evidence_pdf", empty_case))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response)
    assert "催收联系记录" in text and "信用飞" in text
    assert "记录的联系次数 0" in text
    assert "还没有记录任何联系" in text


def test_another_persons_evidence_summary_is_a_404(client, someone_elses_case):
    assert Call.objects.filter(case=someone_elses_case).exists()
    assert client.get(url("evidence_pdf", someone_elses_case)).status_code == 404
    assert client.get(url("evidence_html", someone_elses_case)).status_code == 404


def test_the_list_links_to_the_evidence_summary(client, empty_case):
    text = client.get(url("list", empty_case)).text
    assert url("evidence_pdf", empty_case) in text
    assert url("evidence_html", empty_case) in text


def test_each_flag_gives_the_numbers_of_the_rules_it_breaks(client, empty_case, logged):
    html = client.get(url("evidence_html", empty_case)).context["document"]
    rules = html[html.index('<ul class="rules">') :]
    numbered = re.findall(r"<li>\[(\d+)\] ", rules)
    assert numbered == [str(n) for n in range(1, len(numbered) + 1)]
    table = html[html.index('<table class="calls">') : html.index("</table>")]
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", table)}
    assert cited == set(range(1, len(numbered) + 1))
