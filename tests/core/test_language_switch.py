import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_switching_language_keeps_the_same_page(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/zh-hans/help/call-now/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/help/call-now/"


def test_switcher_offers_the_other_languages(client):
    page = client.get(reverse("help:call_now")).text
    assert 'value="en"' in page
    assert 'value="zh-hant"' in page
    assert 'name="next" value="/en/help/call-now/"' in page
