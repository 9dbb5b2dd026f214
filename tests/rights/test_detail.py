import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_shows_the_summary_before_the_sections(client, pages):
    text = client.get("/en/rights/legal-process/").text
    assert text.index("check any court message with 12368 or the court itself") < text.index("<h2")


def test_it_shows_each_sections_citations(client, pages):
    text = client.get("/en/rights/legal-process/").text
    assert "中华人民共和国民事诉讼法（2023年修正）" in text
    assert "arts. 225–228" in text
    assert "最高人民法院关于公布失信被执行人名单信息的若干规定（2017年修正）" in text
    assert text.count('class="source"') >= 6


def test_unverified_sources_say_check_the_official_text(client, pages):
    text = client.get("/en/rights/interest-and-fees/").text
    assert "check the official text" in text


def test_it_shows_when_the_page_was_last_reviewed(client, pages):
    assert "last reviewed on 2026-12-03" in client.get("/en/rights/credit-report/").text


def test_it_is_in_chinese_by_default(client, pages):
    response = client.get(reverse("rights:detail", args=["credit-report"]))
    assert "征信：逾期会怎样记录，怎样提出异议" in response.text


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_page_renders_with_sources_and_a_review_date(client, pages, language):
    from assistant.rights.models import RightsPage

    slugs = set()
    for page in RightsPage.objects.all():
        response = client.get(f"/{language}/rights/{page.slug}/")
        assert response.status_code == 200
        assert 'class="source"' in response.text
        reviewed = response.text.split('class="rights-reviewed"')[1]
        assert page.last_reviewed.isoformat() in reviewed
        slugs.add(page.slug)
    assert {"personal-information", "scam-warnings"} <= slugs


def test_an_untranslated_page_says_so_and_shows_the_chinese(client, pages):
    from assistant.rights.models import RightsPageText

    RightsPageText.objects.filter(page__slug="negotiating", language="en").delete()
    text = client.get("/en/rights/negotiating/").text
    assert "not translated yet" in text
    assert "信用卡：个性化分期" in text


def test_an_unknown_page_is_not_found(client, pages):
    assert client.get("/en/rights/no-such-page/").status_code == 404


def test_the_interest_page_links_to_the_rate_check(client, pages):
    text = client.get("/en/rights/interest-and-fees/").text
    assert 'href="/en/help/apr-check/"' in text
    assert "Check your real yearly rate" in text


def test_the_privacy_page_says_how_to_ask_them_to_stop_and_delete(client, pages):
    text = client.get("/en/rights/personal-information/").text
    assert "ask in writing that they stop contacting your family" in text
    assert "delete information the loan does not need" in text
    assert "中华人民共和国个人信息保护法" in text
    assert "arts. 44–47" in text


def test_the_privacy_page_in_chinese(client, pages):
    text = client.get("/zh-hans/rights/personal-information/").text
    assert "通讯录里的人没有同意过任何事" in text
    assert "第四十四条至第四十七条" in text


def test_the_scam_page_says_how_to_check_each_scam(client, pages):
    text = client.get("/en/rights/scam-warnings/").text
    assert "never into a personal account" in text
    assert "open the lender&#x27;s official app yourself" in text
    assert "never call a number, open a link or pay into an account that the message" in text
    assert "Anyone who charges to &quot;repair&quot; your credit record" in text
    assert "check the official text" in text


def test_the_scam_page_in_chinese_names_the_paid_agencies(client, pages):
    text = client.get("/zh-hans/rights/scam-warnings/").text
    for word in ("反催收", "债务优化", "停息挂账代理"):
        assert word in text


@pytest.mark.parametrize(
    ("language", "limits"),
    [
        (
            "en",
            (
                "at most 10,000 yuan",
                "from 2020 to 2025",
                "by 31 March 2026",
                "Nobody can apply now",
            ),
        ),
        (
            "zh-hans",
            ("不超过1万元", "2020年至2025年间", "2026年3月31日前全部还清", "现在已经不能再申请"),
        ),
    ],
)
def test_the_scam_page_gives_the_credit_relief_only_with_its_limits(
    client, pages, language, limits
):
    """Not every small overdue record is hidden: only those FACTS.md §3 describes."""
    text = client.get(f"/{language}/rights/scam-warnings/").text
    for limit in limits:
        assert limit in text
    assert "handled automatically" not in text
    assert "会自动处理" not in text


def test_text_corrected_in_the_admin_is_escaped_around_glossary_links(client, pages):
    from assistant.rights.models import RightsPageText

    text = RightsPageText.objects.get(page__slug="negotiating", language="en")
    text.sections = [{"heading": "h", "text": "<script>x()</script> payment order", "sources": []}]
    text.save()
    html = client.get("/en/rights/negotiating/").text
    assert "<script>x()</script>" not in html
    assert '&lt;script&gt;x()&lt;/script&gt; <a class="term"' in html


@pytest.mark.parametrize(
    "slug", ["legal-process", "payment-order-objection", "criminal-threats", "scam-warnings"]
)
def test_a_page_that_sends_you_to_12368_says_to_check_the_official_text(client, pages, slug):
    # FACTS §2 marks the 12368 line [V]: its citation is marked, and the page says what
    # the mark means.
    for language in ("en", "zh-hans"):
        text = client.get(f"/{language}/rights/{slug}/").text
        assert re.search(r'人民法院诉讼服务热线 12368[^<]*</cite><span class="caveat-mark"', text)
    assert "check the official text" in client.get(f"/en/rights/{slug}/").text


@pytest.mark.parametrize(
    ("slug", "cited"),
    [
        ("credit-report", "向征信系统报送的机构（据公开资料整理）"),
        ("collector-conduct", "上门催收的一般规则（据公开资料整理）"),
    ],
)
def test_facts_still_to_verify_are_cited_with_the_mark(client, pages, slug, cited):
    # Who reports to the credit system (FACTS §3) and visits in general (§5) are [V].
    text = client.get(f"/en/rights/{slug}/").text
    assert re.search(cited + r'[^<]*</cite><span class="caveat-mark"', text)


def test_what_enforcement_keeps_out_cites_both_articles(client, pages):
    # Art. 254: living costs out of income taken; art. 255: necessities out of property.
    text = client.get("/en/rights/enforcement/").text
    assert "art. 254" in text and "art. 255" in text
