"""A repeat download of the evidence PDF is the kept copy while nothing it shows has changed;
a kept copy is never given to another session, nor kept across cases."""

import pytest
from django.test import Client

from assistant.calls import views
from tests.calls.conftest import add_call, url
from tests.calls.test_evidence_pdf import pdf_text
from tests.cases.conftest import own
from tests.corrections.conftest import source_correction

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    """How many evidence PDFs were laid out (the real renderer still makes each one)."""
    made = []
    real = views.render_pdf

    def counting(*args, **kwargs):
        made.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(views, "render_pdf", counting)
    return made


@pytest.fixture
def logged(empty_case):
    add_call(empty_case, "2026-11-19T22:40+08:00", summary="说要上门", conduct=["threat_visit"])
    return empty_case


def test_a_repeat_download_is_the_kept_copy(client, logged, renders):
    first = client.get(url("evidence_pdf", logged))
    second = client.get(url("evidence_pdf", logged))
    assert first.content == second.content
    assert len(renders) == 1


def test_a_new_or_changed_call_makes_a_new_pdf(client, logged, renders):
    client.get(url("evidence_pdf", logged))
    add_call(logged, "2026-11-20T10:00+08:00", summary="第二次来电")
    assert "第二次来电" in pdf_text(client.get(url("evidence_pdf", logged)))
    call = logged.calls.last()
    call.summary = "改过的记录"
    call.save()
    assert "改过的记录" in pdf_text(client.get(url("evidence_pdf", logged)))
    assert len(renders) == 3


def test_changed_facts_and_a_corrected_source_make_a_new_pdf(client, logged, renders):
    client.get(url("evidence_pdf", logged))
    logged.lender_name = "另一家平台"
    logged.save()
    assert "另一家平台" in pdf_text(client.get(url("evidence_pdf", logged)))
    source_correction("nifa_2018", article="第十条（已核对）")
    assert "第十条（已核对）" in pdf_text(client.get(url("evidence_pdf", logged)))
    assert len(renders) == 3


def test_another_session_of_the_same_owner_gets_its_own_pdf(client, logged, renders):
    client.get(url("evidence_pdf", logged))
    other = Client()
    session = other.session
    session["anxin_owner"] = "me-token"  # the same owner, in another browser
    session.save()
    assert other.get(url("evidence_pdf", logged)).status_code == 200
    assert len(renders) == 2


def test_someone_else_gets_a_404_not_the_kept_copy(client, logged, renders):
    client.get(url("evidence_pdf", logged))
    stranger = Client()
    session = stranger.session
    session["anxin_owner"] = "their-token"
    session.save()
    assert stranger.get(url("evidence_pdf", logged)).status_code == 404
    assert len(renders) == 1


def test_two_cases_of_one_session_never_share_a_copy(client, logged, renders):
    second = own(client, "xinyongfei-day5")  # the same session's second debt
    add_call(second, "2026-11-19T09:00+08:00", summary="另一笔债的来电")
    mine = pdf_text(client.get(url("evidence_pdf", logged)))
    theirs = pdf_text(client.get(url("evidence_pdf", second)))
    assert "说要上门" in mine and "另一笔债的来电" not in mine
    assert "另一笔债的来电" in theirs and "说要上门" not in theirs
    assert len(renders) == 2
