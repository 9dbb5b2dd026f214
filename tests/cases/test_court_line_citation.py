"""Every page text that sends the reader to the 12368 line cites it with the "check the
official text" mark: FACTS §2 marks that line [V]."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from assistant.cases import content
from tests.cases.conftest import SCENARIOS, own

SCENARIO_NAMES = sorted(p.name.removesuffix(".case.json") for p in SCENARIOS.glob("*.case.json"))
CITED = r'人民法院诉讼服务热线 12368[^<]*</cite><span class="caveat-mark"'
LEGEND = 'class="caveat-legend"'


def texts_naming_the_line():
    """The codes of every content text (English) that names 12368."""
    found = set()
    groups = (content.STAGES, content.EVENTS, content.CONSEQUENCES, content.BLUFFS)
    for group in (*groups, content.ACTIONS, content.FLAGS):
        for code, words in group.items():
            values = words.values() if isinstance(words, dict) else [words]
            with translation.override("en"):
                if any("12368" in str(value) for value in values):
                    found.add(code)
    return found


def test_the_list_of_texts_that_send_readers_to_12368_is_complete():
    assert texts_naming_the_line() == content.SEND_TO_COURT_LINE


def views(client, name, pk):
    """The page as first built and as kept for the next view (core/kept_pages.py)."""
    with translation.override("zh-hans"):
        url = reverse(name, args=[pk])
        return [client.get(url).content.decode() for _ in range(2)]


def visible(page):
    """The page's text without tags (and without the title attributes of the marks)."""
    return re.sub(r"<[^>]+>", " ", page)


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_a_case_page_that_names_12368_cites_it_with_the_mark(client, db, name):
    case = own(client, name)
    built, kept = views(client, "cases:detail", case.pk)
    if "12368" not in visible(built.split("人民法院诉讼服务热线 12368")[0]):
        pytest.skip("this case's page does not send the reader to 12368")
    for page in (built, kept):
        assert re.search(CITED, page)
        assert page.count(LEGEND) == 1


def test_a_fake_document_on_the_call_log_cites_the_12368_line(client, db):
    case = own(client, "card-95days-fake-summons")
    for page in views(client, "calls:list", case.pk):
        entry = page.split('class="flag-fake_documents"')[1].split("</li>")[0]
        assert "12368" in visible(entry.split("<cite")[0])
        assert re.search(CITED, entry)
        assert page.count(LEGEND) == 1


def test_the_call_form_cites_the_12368_line_under_the_tick_boxes(client, db):
    case = own(client, "xinyongfei-day5")
    with translation.override("zh-hans"):
        page = client.get(reverse("calls:new", args=[case.pk])).content.decode()
    field = page.split('class="field conduct-field')[1].split("</fieldset>")[0]
    assert re.search(CITED, field)
    assert page.count(LEGEND) == 1
