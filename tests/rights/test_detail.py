import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_shows_the_summary_before_the_sections(client, pages):
    text = client.get("/en/rights/legal-process/").text
    assert text.index("you will always receive formal legal papers") < text.index("<h2")


def test_it_shows_each_sections_citations(client, pages):
    text = client.get("/en/rights/legal-process/").text
    assert "中华人民共和国民事诉讼法（督促程序）" in text
    assert "最高人民法院关于公布失信被执行人名单信息的若干规定（2017年修正）" in text
    assert text.count('class="source"') >= 6


def test_unverified_sources_say_check_the_official_text(client, pages):
    text = client.get("/en/rights/interest-and-fees/").text
    assert "check the official text" in text


def test_it_shows_when_the_page_was_last_reviewed(client, pages):
    assert "last reviewed on 2026-11-28" in client.get("/en/rights/credit-report/").text


def test_it_is_in_chinese_by_default(client, pages):
    response = client.get(reverse("rights:detail", args=["credit-report"]))
    assert "征信：逾期会怎样记录，怎样提出异议" in response.text


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_page_renders_with_sources_and_a_review_date(client, pages, language):
    from assistant.rights.models import RightsPage

    for page in RightsPage.objects.all():
        response = client.get(f"/{language}/rights/{page.slug}/")
        assert response.status_code == 200
        assert 'class="source"' in response.text
        assert "2026-11-28" in response.text


def test_an_untranslated_page_says_so_and_shows_the_chinese(client, pages):
    from assistant.rights.models import RightsPageText

    RightsPageText.objects.filter(page__slug="negotiating", language="en").delete()
    text = client.get("/en/rights/negotiating/").text
    assert "not translated yet" in text
    assert "信用卡：个性化分期" in text


def test_an_unknown_page_is_not_found(client, pages):
    assert client.get("/en/rights/no-such-page/").status_code == 404
