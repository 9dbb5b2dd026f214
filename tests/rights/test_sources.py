"""Every legal claim shows its source: no page may cite an id the registry does not hold."""

import pytest
from django.core.exceptions import ValidationError

from assistant.assessment.registry import default_registry
from assistant.rights.loading import content_files, read_page
from assistant.rights.models import RightsPage, RightsPageText


def cited(data):
    ids = list(data.get("sources", []))
    for text in data["text"].values():
        for section in text["sections"]:
            ids += section["sources"]
    return ids


@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.stem)
def test_every_cited_source_is_in_the_registry(path):
    data = read_page(path)
    known = default_registry().sources
    assert [i for i in cited(data) if i not in known] == []


@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.stem)
def test_every_section_but_the_hotline_list_cites_a_source(path):
    data = read_page(path)
    for language, text in data["text"].items():
        uncited = [s["heading"] for s in text["sections"] if not s["sources"]]
        assert len(uncited) <= 1, (language, uncited)


@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.stem)
def test_both_languages_have_the_same_sections_and_sources(path):
    data = read_page(path)
    chinese, english = data["text"]["zh-hans"], data["text"]["en"]
    assert [s["sources"] for s in chinese["sections"]] == [
        s["sources"] for s in english["sections"]
    ]


@pytest.mark.django_db
def test_the_admin_cannot_save_a_section_with_an_unknown_source(pages):
    text = RightsPageText.objects.get(page__slug="negotiating", language="en")
    text.sections = [{"heading": "h", "text": "t", "sources": ["no_such_law"]}]
    with pytest.raises(ValidationError, match="no_such_law"):
        text.full_clean()


@pytest.mark.django_db
def test_the_admin_cannot_give_a_page_an_unknown_source(pages):
    page = RightsPage.objects.get(slug="negotiating")
    page.sources = ["card_measures_70", "no_such_law"]
    with pytest.raises(ValidationError, match="no_such_law"):
        page.full_clean()
