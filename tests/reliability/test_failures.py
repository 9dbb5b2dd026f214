"""When things break: the database goes away, the PDF renderer fails. The visitor gets a page
that says so in plain words, and nothing they wrote is lost."""

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from assistant.letters import pdf
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db


def take_the_database_away(monkeypatch):
    """Every query from now on fails as if the PostgreSQL server had been stopped."""

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "cursor", refuse)
    monkeypatch.setattr(connection, "_cursor", refuse)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_database_going_away_gives_a_friendly_page_in_both_languages(
    client, settings, monkeypatch, language
):
    own(client, "xinyongfei-day5")  # a visitor with a case: the home page asks the database
    settings.DEBUG = False
    client.raise_request_exception = False
    take_the_database_away(monkeypatch)

    response = client.get(f"/{language}/")

    page = response.content.decode()
    assert response.status_code == 500
    assert "抱歉，网站出了点问题" in page  # the error page speaks both languages
    assert "Sorry, something went wrong" in page
    assert 'href="/zh-hans/"' in page and 'href="/en/"' in page
    assert "Traceback" not in page and "OperationalError" not in page


def test_the_database_going_away_mid_request_gives_the_same_page(client, settings, monkeypatch):
    """The first queries answer, then the server goes: a half-done case page is not shown."""
    case = own(client, "xinyongfei-day5")
    settings.DEBUG = False
    client.raise_request_exception = False
    calls = {"n": 0}
    real = connection.cursor

    def dies_after_a_few(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 2:
            raise OperationalError("terminating connection due to administrator command")
        return real(*args, **kwargs)

    monkeypatch.setattr(connection, "cursor", dies_after_a_few)
    response = client.get(reverse("cases:detail", args=[case.pk]))

    assert response.status_code == 500
    assert "Sorry, something went wrong" in response.content.decode()


def test_healthz_reports_the_database_gone(client, monkeypatch):
    take_the_database_away(monkeypatch)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"database unavailable\n"


def broken_renderer(monkeypatch):
    class Broken:
        def __init__(self, *args, **kwargs):
            pass

        def write_pdf(self):
            raise MemoryError("cairo ran out of memory")

    monkeypatch.setattr(pdf, "HTML", Broken)


def test_a_failed_letter_pdf_shows_the_draft_and_a_message(client, monkeypatch):
    from assistant.letters.documents import create_letter
    from assistant.letters.kinds import build_content

    case = own(client, "xinyongfei-day5")
    content = build_content(case, "debt_details_request", {})
    content["intro"] = "我的草稿第一段，不能丢。"
    letter = create_letter(case, "debt_details_request", content)
    broken_renderer(monkeypatch)

    response = client.get(reverse("letters:pdf", args=[letter.pk]), HTTP_ACCEPT_LANGUAGE="en")

    page = response.content.decode()
    assert response.status_code == 503
    assert "PDF 暂时无法生成" in page  # the URL is the Chinese one
    assert "我的草稿第一段，不能丢。" in page
    assert letter.versions.get().content["intro"] == "我的草稿第一段，不能丢。"


def test_a_failed_evidence_pdf_shows_the_summary_and_a_message(client, monkeypatch):
    case = own(client, "xinyongfei-day5")
    broken_renderer(monkeypatch)

    with_language = reverse("calls:evidence_pdf", args=[case.pk])
    response = client.get(with_language)

    page = response.content.decode()
    assert response.status_code == 503
    assert "PDF 暂时无法生成" in page
    assert 'class="evidence-paper"' in page
    assert case.calls.count() > 0


def test_a_pdf_that_asks_for_a_foreign_file_is_a_render_error_too():
    assert issubclass(pdf.PdfResourceError, pdf.PdfRenderError)
