"""400, 403 (and CSRF), 404 and 500 with DEBUG off: the visitor's language, a way home."""

import pytest
from django.core.exceptions import BadRequest, PermissionDenied
from django.test import Client
from django.urls import path

from assistant.urls import urlpatterns as site_urls

pytestmark = pytest.mark.django_db


def bad_request(request):
    raise BadRequest("bad")


def denied(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("zh-hans/bad/", bad_request),
    path("en/bad/", bad_request),
    path("zh-hans/denied/", denied),
    path("en/denied/", denied),
    path("zh-hans/broken/", broken),
    path("en/broken/", broken),
    *site_urls,
]
handler500 = "assistant.core.views.server_error"


@pytest.fixture(autouse=True)
def _debug_off(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


PAGES = {
    # path: status, Chinese heading, English heading
    "bad/": (400, "请求有误", "Something in the request was wrong"),
    "denied/": (403, "这里不对你开放", "This is not open to you"),
    "no-such-page/": (404, "找不到这个页面", "We cannot find this page"),
    "broken/": (500, "抱歉，网站出了点问题", "Sorry, something went wrong"),
}


@pytest.mark.parametrize("where", PAGES)
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_each_error_page_speaks_the_visitors_language_and_leads_home(visitor, where, language):
    status, chinese, english = PAGES[where]
    response = visitor.get(f"/{language}/{where}")
    text = response.content.decode()
    assert response.status_code == status
    heading = text[text.index("<h1>") : text.index("</h1>")]
    assert (chinese if language == "zh-hans" else english) in heading
    assert f'href="/{language}/"' in text
    assert f'lang="{language}"' in text
    assert "Traceback" not in text and "DEBUG" not in text


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_refused_form_token_explains_without_developer_text(language):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(f"/{language}/calls/quick/", {"at": "2026-11-21T10:00"})
    text = response.content.decode()
    assert response.status_code == 403
    assert ("请重新提交表单" if language == "zh-hans" else "Please send the form again") in text
    assert f'href="/{language}/"' in text
    assert "DEBUG" not in text and "CSRF verification failed" not in text
