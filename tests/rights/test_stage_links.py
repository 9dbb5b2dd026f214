import pytest
from django.urls import reverse

from assistant.cases import content
from assistant.rights.loading import content_files
from assistant.rights.stages import STAGE_PAGES, stage_links
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db


def test_every_stage_has_pages_that_exist():
    slugs = {path.stem for path in content_files()}
    assert set(STAGE_PAGES) == set(content.STAGES)
    for code, pages in STAGE_PAGES.items():
        assert pages, code
        assert set(pages) <= slugs, code


def test_it_gives_each_stage_its_pages_in_the_reader_language(pages, client):
    links = stage_links(["legal_action"])
    assert links["legal_action"][0] == {
        "url": reverse("rights:detail", args=["legal-process"]),
        "title": "法律上真正会发生什么",
    }


def test_a_page_that_is_not_loaded_is_left_out(db):
    assert stage_links(["legal_action"]) == {"legal_action": []}


def test_the_case_page_links_each_stage_to_its_rights_pages(client, pages):
    case = own(client, "xinyongfei-day5")
    text = client.get(f"/en/cases/{case.pk}/").text
    timeline = text.split('class="timeline"')[1].split("</ol>")[0]
    assert timeline.count('class="stage-rights"') == len(content.STAGES)
    assert 'href="/en/rights/legal-process/"' in timeline
    assert "Watch out for scams" in timeline


def test_the_case_page_links_glossary_terms_in_what_comes_next(client, pages):
    case = own(client, "xinyongfei-day5")
    response = client.get(f"/zh-hans/cases/{case.pk}/")
    text = response.text
    next_section = text.split('id="next-h"')[1].split("</section>")[0]
    assert 'href="/zh-hans/rights/glossary/#term-' in next_section


def test_the_case_page_links_to_the_help_directory(client, pages):
    case = own(client, "xinyongfei-day5")
    assert 'href="/en/help/directory/"' in client.get(f"/en/cases/{case.pk}/").text


def test_the_stage_summary_links_its_glossary_terms(client, pages):
    case = own(client, "xinyongfei-day5")
    text = client.get(f"/en/cases/{case.pk}/").text
    lead = text.split('<p class="lead">')[1].split("</p>")[0]
    assert '<a class="term" href="/en/rights/glossary/#term-' in lead
