import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from assistant.rights import loading
from assistant.rights.models import RightsPage, RightsPageText

pytestmark = pytest.mark.django_db

TOPICS = {
    "collector-conduct",
    "criminal-threats",
    "legal-process",
    "credit-report",
    "interest-and-fees",
    "limitation-period",
    "negotiating",
    "where-to-complain",
}


def load():
    call_command("load_rights", stdout=StringIO())


def test_it_seeds_every_topic_in_chinese_and_english():
    load()
    assert set(RightsPage.objects.values_list("slug", flat=True)) == TOPICS
    for page in RightsPage.objects.all():
        assert {t.language for t in page.texts.all()} == {"zh-hans", "en"}


def test_running_it_twice_changes_nothing():
    load()
    before = list(RightsPageText.objects.order_by("pk").values())
    load()
    assert RightsPage.objects.count() == len(TOPICS)
    assert list(RightsPageText.objects.order_by("pk").values()) == before


def test_it_puts_back_the_text_from_the_file():
    load()
    text = RightsPageText.objects.get(page__slug="negotiating", language="en")
    text.title = "Typo"
    text.save()
    load()
    text.refresh_from_db()
    assert text.title.startswith("Negotiating")


def test_it_indexes_chinese_as_plain_text_for_search():
    load()
    text = RightsPageText.objects.get(page__slug="legal-process", language="zh-hans")
    assert "支付令" in text.search_text


def test_it_refuses_a_file_that_cites_an_unknown_source(tmp_path):
    data = json.loads((loading.CONTENT_DIR / "negotiating.json").read_text(encoding="utf-8"))
    data["text"]["en"]["sections"][0]["sources"] = ["no_such_law"]
    (tmp_path / "negotiating.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_law"):
        loading.load_pages(tmp_path)
    assert not RightsPage.objects.exists()


def test_the_command_reports_a_bad_file_without_a_traceback(tmp_path):
    (tmp_path / "bad.json").write_text('{"slug": "bad", "text": {}}', encoding="utf-8")
    with pytest.raises(CommandError, match="no zh-hans text"):
        call_command("load_rights", "--dir", str(tmp_path), stdout=StringIO())
