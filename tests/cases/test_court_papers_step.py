""" "I received court papers": check it is real, save it, see the deadlines and the letter."""

import re
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from assistant.cases.models import CourtPaper
from tests.cases.conftest import own

TODAY = "2026-12-03 10:00 +0800"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


def url(name, *args, language="zh-hans"):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def case(client, db):
    return own(client, "xinyongfei-day5")


ORDER = {
    "kind": "payment_order",
    "served_on": "2026-11-30",
    "court": "某某区人民法院",
    "case_number": "（2026）某0101民督123号",
}


def test_the_step_says_how_to_check_the_paper_first(client, case):
    page = client.get(url("cases:court_papers", case.pk)).content.decode()
    assert "12368" in page and "人民法院在线服务" in page
    assert "只有这条消息提供的" in page
    assert "12348" in page
    # FACTS §2 marks the 12368 line [V]: cited with the mark, and the page says what it means.
    assert re.search(r'人民法院诉讼服务热线 12368[^<]*</cite><span class="caveat-mark"', page)


def test_a_payment_order_is_saved_sets_the_stage_and_shows_its_deadline(client, case):
    response = client.post(url("cases:court_papers", case.pk), ORDER, follow=True)
    page = response.content.decode()
    paper = CourtPaper.objects.get(case=case)
    assert (paper.kind, str(paper.served_on), paper.case_number) == (
        "payment_order",
        "2026-11-30",
        "（2026）某0101民督123号",
    )
    case.refresh_from_db()
    assert case.court_papers is True
    assert "2026-12-15" in page and "第二百二十七条" in page
    assert url("letters:new", case.pk, "payment_order_objection") in page
    detail = client.get(url("cases:detail", case.pk)).content.decode()
    assert "诉讼或仲裁" in detail.split('class="case-head"')[1].split("</header>")[0]
    top = detail.split('id="actions-h"')[0]
    assert "对支付令提出异议的最后一天" in top and "2026-12-15" in top


def test_a_message_that_only_claims_a_lawsuit_is_not_saved(client, case):
    data = {"kind": "message_only"}
    page = client.post(url("cases:court_papers", case.pk), data).content.decode()
    assert "先核实，再做别的" in page
    assert not CourtPaper.objects.exists()


def test_a_bad_date_is_explained_and_what_was_typed_stays(client, case):
    response = client.post(url("cases:court_papers", case.pk), {**ORDER, "served_on": "2027-01-01"})
    page = response.content.decode()
    assert response.status_code == 400
    assert 'value="（2026）某0101民督123号"' in page
    assert "这个日期在将来" in page
    assert not CourtPaper.objects.exists()


def test_a_complaint_offers_the_defence_statement(client, case):
    data = {**ORDER, "kind": "complaint", "case_number": "（2026）某0101民初456号"}
    page = client.post(url("cases:court_papers", case.pk), data, follow=True).content.decode()
    assert "提交答辩状的最后一天" in page and "提出管辖权异议的最后一天" in page
    assert url("letters:new", case.pk, "defence_outline") in page


def test_the_start_link_goes_to_the_only_case(client, case):
    response = client.get(url("cases:court_papers_start"))
    assert response.status_code == 302
    assert response.url == url("cases:court_papers", case.pk)


def test_the_call_now_screen_and_library_link_to_the_step(client, case):
    call_command("load_rights", stdout=StringIO())
    start = url("cases:court_papers_start")
    assert start in client.get(url("help:call_now")).content.decode()
    assert start in client.get(url("rights:detail", "legal-process")).content.decode()
