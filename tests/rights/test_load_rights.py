import json
from io import StringIO

import pytest
from django.contrib import admin
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import reverse

from assistant.rights import loading
from assistant.rights.models import RightsPage, RightsPageText
from tests.volunteers.helpers import make_volunteer, verified_volunteer_client

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
    "personal-information",
    "scam-warnings",
    "payment-order-objection",
    "defence-and-jurisdiction",
    "mediation-and-settlement",
    "enforcement",
}


def load(*args):
    out = StringIO()
    call_command("load_rights", *args, stdout=out)
    return out.getvalue()


def correct_in_the_admin(slug, title, admin_user):
    """What the admin's change form does when a volunteer saves a corrected title."""
    page = RightsPage.objects.get(slug=slug)
    text = page.texts.get(language="en")
    text.title = title
    text.save()
    request = RequestFactory().post("/")
    request.user = admin_user
    admin.site._registry[RightsPage].save_model(request, page, form=None, change=True)


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


def test_it_leaves_a_page_corrected_in_the_admin_alone(admin_user):
    load()
    correct_in_the_admin("negotiating", "Negotiating (corrected)", admin_user)
    output = load()
    assert RightsPageText.objects.get(page__slug="negotiating", language="en").title == (
        "Negotiating (corrected)"
    )
    assert "Skipped 1 changed in the admin" in output
    assert "negotiating" in output
    assert f"Loaded {len(TOPICS) - 1} rights pages." in output


def test_force_puts_back_the_file_and_forgets_the_admin_change(admin_user):
    load()
    correct_in_the_admin("negotiating", "Negotiating (corrected)", admin_user)
    output = load("--force")
    page = RightsPage.objects.get(slug="negotiating")
    assert page.texts.get(language="en").title == "Negotiating with the lender when you cannot pay"
    assert page.edited_in_admin is None
    assert "Skipped" not in output
    assert "Skipped" not in load()


def test_saving_in_the_admin_records_when(admin_user):
    load()
    assert RightsPage.objects.get(slug="credit-report").edited_in_admin is None
    correct_in_the_admin("credit-report", "Credit report", admin_user)
    assert RightsPage.objects.get(slug="credit-report").edited_in_admin is not None


def test_the_admin_change_form_marks_the_page(client):
    load()
    page = RightsPage.objects.get(slug="limitation-period")
    client = verified_volunteer_client(client, make_volunteer("cora", staff=True))
    response = client.post(
        reverse("admin:rights_rightspage_change", args=[page.pk]),
        {
            "slug": page.slug,
            "order": page.order,
            "last_reviewed": "2026-12-01",
            "sources": json.dumps(page.sources),
            "texts-TOTAL_FORMS": "0",
            "texts-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    assert "limitation-period" in load()
