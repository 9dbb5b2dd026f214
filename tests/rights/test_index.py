import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_lists_the_topics_in_chinese(client, pages):
    text = client.get("/zh-hans/rights/").text
    assert "催收人员能做什么、不能做什么" in text
    assert "诉讼时效" in text
    assert "你的个人信息和通讯录" in text
    assert "当心骗局" in text
    assert text.count('class="entry"') == 14


def test_it_lists_the_topics_in_english(client, pages):
    text = client.get("/en/rights/").text
    assert "What a collector may and may not do" in text
    assert "Where to complain, and in what order" in text


def test_each_topic_shows_its_two_line_summary(client, pages):
    text = client.get("/en/rights/").text
    assert "You can keep a record of every call" in text


def test_a_missing_translation_falls_back_to_chinese(client, pages):
    from assistant.rights.models import RightsPageText

    RightsPageText.objects.filter(page__slug="negotiating", language="en").delete()
    text = client.get("/en/rights/").text
    assert "还不上时，怎样和出借方协商" in text
    assert 'lang="zh-hans"' in text


def test_it_links_to_each_page(client, pages):
    text = client.get(reverse("rights:index")).text
    assert f'href="{reverse("rights:detail", args=["credit-report"])}"' in text


def test_it_works_with_no_pages(client, db):
    assert client.get("/en/rights/").status_code == 200
