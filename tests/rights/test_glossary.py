import json
import re

import pytest
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.safestring import SafeString
from django.utils.translation import override

from assistant.rights import glossary
from assistant.rights.loading import content_files, read_page

REQUIRED = [
    "逾期", "征信", "催收", "委外", "支付令", "诉前调解", "强制执行", "失信被执行人",
    "限制消费", "诉讼时效", "个性化分期", "罚息", "年化利率", "IRR",
]  # fmt: skip
# The page shows sources with the admin's corrections, read from the database.
pytestmark = pytest.mark.django_db


def link(text, language="en", seen=None):
    with override(language):
        return glossary.link_terms(text, language, seen)


def test_the_glossary_explains_every_required_term_in_both_languages():
    chinese = {t.term for t in glossary.terms("zh-hans")} | {
        s for t in glossary.terms("zh-hans") for s in t.also
    }
    assert set(REQUIRED) <= chinese
    assert len(glossary.terms("en")) == len(glossary.terms("zh-hans")) >= 13


def test_each_explanation_is_one_or_two_sentences():
    data = json.loads(glossary.GLOSSARY_FILE.read_text(encoding="utf-8"))
    for entry in data["terms"]:
        assert 1 <= entry["zh-hans"]["text"].count("。") <= 2, entry["slug"]
        assert 1 <= len(re.findall(r"[.!?](\s|$)", entry["en"]["text"])) <= 2, entry["slug"]


def test_it_links_the_first_use_only():
    html = link("A payment order came. Object to the payment order within 15 days.")
    assert html.count('href="/en/rights/glossary/#term-payment-order"') == 1
    assert html.startswith('A <a class="term" href="/en/rights/glossary/#term-payment-order">')


def test_it_links_chinese_terms_without_spaces():
    html = link("收到支付令后15日内可以提出异议，逾期就来不及了。", "zh-hans")
    assert '<a class="term" href="/zh-hans/rights/glossary/#term-payment-order">支付令</a>' in html
    assert "#term-overdue" in html


def test_a_longer_term_wins_over_the_shorter_one_inside_it():
    html = link("They hired a collection agency.")
    assert "#term-outsourced-collection" in html
    assert "#term-collection" not in html


def test_latin_terms_match_whole_words_only():
    assert "term-lpr" not in link("helprline")
    assert "term-lpr" in link("按一年期LPR的4倍", "zh-hans")


def test_the_page_shares_what_it_has_linked():
    seen = set()
    link("A payment order came.", seen=seen)
    assert "term-payment-order" not in link("Another payment order.", seen=seen)


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script> payment order",
        '"><img src=x onerror=alert(1)> overdue',
        "payment order</a><a href='javascript:alert(1)'>x",
        "&lt;b&gt; & <b>enforcement</b>",
        "{{ secret }} {% csrf_token %}",
    ],
)
def test_everything_but_the_links_is_escaped(hostile):
    html = link(hostile)
    assert isinstance(html, SafeString)
    without_links = re.sub(r'<a class="term" href="/en/rights/glossary/#term-[a-z-]+">', "", html)
    without_links = without_links.replace("</a>", "", html.count('class="term"'))
    assert "<" not in without_links and ">" not in without_links
    assert '"' not in without_links


def test_a_term_inside_hostile_markup_is_escaped_in_its_link():
    html = link("<b>overdue</b>")
    assert html == (
        '&lt;b&gt;<a class="term" href="/en/rights/glossary/#term-overdue">overdue</a>&lt;/b&gt;'
    )


def test_it_accepts_lazy_and_empty_text():
    assert link("") == ""
    lazy_text = lazy(str, str)("Court enforcement & more")  # like a gettext_lazy result
    assert "#term-enforcement" in link(lazy_text)
    assert "&amp; more" in link(lazy_text)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_glossary_page_has_an_anchor_for_every_term(client, language):
    text = client.get(f"/{language}/rights/glossary/").text
    for term in glossary.terms(language):
        assert f'id="term-{term.slug}"' in text
        assert term.text in text.replace("&quot;", '"').replace("&#x27;", "'")
    reviewed = {"en": "last reviewed on 2026-12-03.", "zh-hans": "本页最后审核日期：2026-12-03。"}
    assert reviewed[language] in text


def test_the_english_glossary_also_shows_the_chinese_word(client):
    assert "（支付令）" in client.get("/en/rights/glossary/").text


def test_it_is_in_chinese_by_default(client):
    assert "支付令" in client.get(reverse("rights:glossary")).text


def _used_terms(text, language):
    pattern, slugs = glossary._matcher(language)
    return {slugs[m.group(0).lower()] for m in pattern.finditer(text)}


@pytest.mark.django_db
@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.stem)
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_glossary_term_used_on_a_rights_page_links_to_its_entry(
    client, pages, path, language
):
    data = read_page(path)
    text = data["text"][language]
    used = _used_terms(
        "\n".join([text["summary"], *(s["text"] for s in text["sections"])]), language
    )
    assert used, "no glossary term on the page"
    html = client.get(f"/{language}/rights/{data['slug']}/").text
    for slug in used:
        assert html.count(f'href="/{language}/rights/glossary/#term-{slug}"') == 1, slug


@pytest.mark.django_db
def test_the_links_point_at_anchors_that_exist(client, pages):
    glossary_page = client.get("/en/rights/glossary/").text
    html = client.get("/en/rights/legal-process/").text
    for slug in re.findall(r"#term-([a-z-]+)\"", html):
        assert f'id="term-{slug}"' in glossary_page


def test_every_glossary_source_is_in_the_registry():
    from assistant.assessment.registry import default_registry

    known = default_registry().sources
    for term in glossary.terms("en"):
        assert [i for i in term.sources if i not in known] == [], term.slug


def test_the_glossary_page_shows_where_a_legal_claim_comes_from(client):
    entry = client.get("/en/rights/glossary/").text.split('id="term-payment-order"')[1]
    entry = entry.split("</dd>")[0]
    assert "中华人民共和国民事诉讼法（2023年修正）" in entry and "art. 227" in entry
