"""Rights pages, the call-now advice and the home page are rendered once per language and
content version (assistant/core/shared.py); what is the reader's own is not kept, and a
correction in the admin shows on the next page anyone opens."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from assistant.rights.models import RightsPage
from tests.cases.conftest import own
from tests.corrections.conftest import source_correction
from tests.volunteers.conftest import url
from tests.volunteers.helpers import make_volunteer, verified_volunteer_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    """The rights pages as seeded from the repository's content files."""
    call_command("load_rights", stdout=StringIO())


PAGE = "/en/rights/collector-conduct/"
CALL_NOW = "/en/help/call-now/"


def nonce(response):
    header = response.headers["Content-Security-Policy"]
    return re.search(r"'nonce-([^']+)'", header).group(1)


def test_each_request_of_a_kept_page_has_its_own_nonce_and_csrf_token(client, pages):
    first, second = client.get(PAGE), client.get(PAGE)
    assert nonce(first) != nonce(second)
    for response in (first, second):
        assert f'nonce="{nonce(response)}"' in response.text
    other = type(client)()
    assert other.get(PAGE).cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_the_page_is_the_same_in_each_language_and_not_mixed_up(client, pages):
    english = client.get(PAGE).text
    chinese = client.get("/zh-hans/rights/collector-conduct/").text
    assert 'lang="en"' in english and "Where this comes from" in english
    assert "Where this comes from" not in chinese
    assert client.get(PAGE).text.count("<h1>") == 1


def test_an_unknown_page_is_a_404_and_a_page_added_later_is_found(client, pages):
    assert client.get("/en/rights/no-such-page/").status_code == 404
    page = RightsPage.objects.get(slug="collector-conduct")
    text = page.texts.get(language="en")
    page.pk, page.slug = None, "collector-conduct-copy"
    page.save()
    text.pk, text.page = None, page
    text.save()
    assert client.get("/en/rights/collector-conduct-copy/").status_code == 200


def test_a_rights_page_corrected_in_the_admin_shows_at_once(client, pages):
    assert client.get(PAGE).status_code == 200  # kept now
    page = RightsPage.objects.get(slug="collector-conduct")
    admin = verified_volunteer_client(client, make_volunteer("cora", staff=True))
    texts = list(page.texts.order_by("pk"))
    form = {
        "slug": page.slug,
        "order": page.order,
        "last_reviewed": "2026-12-01",
        "sources": json.dumps(page.sources),
        "texts-TOTAL_FORMS": str(len(texts)),
        "texts-INITIAL_FORMS": str(len(texts)),
    }
    for n, text in enumerate(texts):
        title = "What collectors may not do (checked)" if text.language == "en" else text.title
        form |= {
            f"texts-{n}-id": text.pk,
            f"texts-{n}-page": page.pk,
            f"texts-{n}-language": text.language,
            f"texts-{n}-title": title,
            f"texts-{n}-summary": text.summary,
            f"texts-{n}-sections": json.dumps(text.sections, ensure_ascii=False),
        }
    response = admin.post(url("admin:rights_rightspage_change", page.pk), form)
    assert response.status_code == 302, response.text[:2000]

    shown = client.get(PAGE).text
    assert "What collectors may not do (checked)" in shown
    assert "2026-12-01" in shown


def test_a_source_corrected_in_the_admin_shows_on_kept_pages_at_once(client, pages):
    before_page, before_call_now = client.get(PAGE).text, client.get(CALL_NOW).text
    assert "art. 1033 (checked)" not in before_page + before_call_now
    source_correction("civil_code_1033", article_en="art. 1033 (checked)")
    assert "art. 1033 (checked)" in client.get(PAGE).text
    assert "art. 1033 (checked)" in client.get(CALL_NOW).text


def test_call_now_is_the_same_for_every_reader_and_names_nobodys_debt(client, pages):
    # "Log this call" is calls:quick for everybody (issue 16): no reader's debt is on the page.
    mine = own(client, "xinyongfei-day5")
    quick = reverse("calls:quick").replace("/zh-hans/", "/en/")
    assert quick in client.get(CALL_NOW).text
    stranger = type(client)()
    page = stranger.get(CALL_NOW).text
    assert quick in page
    assert reverse("calls:new", args=[mine.pk]).replace("/zh-hans/", "/en/") not in page


def test_htmx_gets_the_kept_body_alone(client, pages):
    response = client.get(PAGE, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text and "<h1>" in response.text


def test_home_shows_each_reader_their_own_debts_only(client):
    own(client, "xinyongfei-day5")
    my_debts = 'href="/zh-hans/cases/"'
    page = client.get("/zh-hans/").text
    assert my_debts in page and reverse("calls:quick") in page

    stranger = type(client)().get("/zh-hans/").text
    assert my_debts not in stranger  # no "See my debts"
    assert reverse("cases:new") in stranger and reverse("calls:quick") in stranger
    assert my_debts in client.get("/zh-hans/").text
