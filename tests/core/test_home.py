import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_root_redirects_to_simplified_chinese(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


def test_home_is_in_chinese_by_default(client):
    response = client.get("/zh-hans/")
    assert response.status_code == 200
    assert '<html lang="zh-hans">' in response.text
    assert "我逾期了" in response.text


def test_home_is_complete_in_english(client):
    response = client.get("/en/")
    assert "I'm overdue" in response.text
    assert "Log a call" in response.text


def test_home_offers_the_five_entry_points(client):
    response = client.get(reverse("home"))
    for text in ("我逾期了", "催收电话正在打来", "记录一通电话", "写一封信", "了解我的权利"):
        assert text in response.text


def test_every_page_links_to_the_call_now_screen(client):
    pages = (reverse("home"), reverse("help:call_now"), reverse("rights:index"))
    for url in pages:
        assert reverse("help:call_now") in client.get(url).text


def test_htmx_request_gets_only_the_main_partial(client):
    response = client.get(reverse("home"), HTTP_HX_REQUEST="true")
    assert "<html" not in response.text
    assert "entry-points" in response.text
    assert "HX-Request" in response["Vary"]


def test_full_page_varies_on_htmx_header(client):
    response = client.get(reverse("home"))
    assert "<html" in response.text
    assert "HX-Request" in response["Vary"]


def test_pages_carry_a_content_security_policy_without_inline_code(client):
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy


def test_root_follows_a_chinese_phone_to_simplified_chinese(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Location"] == "/zh-hans/"


def test_root_follows_an_english_browser_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"


def test_home_leads_back_to_my_debts_once_i_have_one(client):
    from tests.cases.conftest import own

    link = f'href="{reverse("cases:list")}"'
    assert link not in client.get(reverse("home")).text
    own(client, "xinyongfei-day5")
    assert link in client.get(reverse("home")).text


def test_log_a_call_leads_to_the_quick_call_log_with_or_without_a_debt(client):
    from tests.cases.conftest import own

    quick = f'href="{reverse("calls:quick")}"'
    assert quick in client.get(reverse("home")).text
    own(client, "xinyongfei-day5")
    assert quick in client.get(reverse("home")).text
