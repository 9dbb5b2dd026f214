import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return [row["text"].title for row in response.context["rows"]]


def test_it_finds_a_page_by_a_chinese_word(client, pages):
    response = client.get("/zh-hans/rights/", {"q": "支付令"})
    assert "法律上真正会发生什么" in titles(response)
    assert "诉讼时效：三年，但很容易重新计算" not in titles(response)


def test_it_finds_a_page_by_an_english_word(client, pages):
    response = client.get("/en/rights/", {"q": "Payment Order"})
    assert "What can really happen legally" in titles(response)
    assert len(titles(response)) < 8


def test_every_word_must_match(client, pages):
    response = client.get("/en/rights/", {"q": "12363 credit"})
    assert titles(response)
    assert all(t in titles(client.get("/en/rights/", {"q": "12363"})) for t in titles(response))


def test_it_says_when_nothing_matches(client, pages):
    response = client.get("/en/rights/", {"q": "zebra crossing"})
    assert titles(response) == []
    assert "Nothing found" in response.text


def test_it_keeps_the_query_in_the_box(client, pages):
    assert 'value="支付令"' in client.get("/zh-hans/rights/", {"q": "支付令"}).text


def test_the_query_is_escaped(client, pages):
    text = client.get("/en/rights/", {"q": "<script>x</script>"}).text
    assert "<script>x</script>" not in text


def test_htmx_search_returns_only_the_results(client, pages):
    response = client.get("/zh-hans/rights/", {"q": "支付令"}, headers={"HX-Request": "true"})
    assert "法律上真正会发生什么" in response.text
    assert "<html" not in response.text
    assert 'id="rights-q"' not in response.text
    assert "HX-Request" in response["Vary"]


def test_the_search_box_asks_for_live_results(client, pages):
    text = client.get("/zh-hans/rights/").text
    assert 'hx-trigger="input changed delay:300ms, search"' in text
    assert 'method="get"' in text


def slugs(response):
    return [row["page"].slug for row in response.context["rows"]]


@pytest.mark.parametrize(
    ("language", "query", "slug"),
    [
        ("zh-hans", "通讯录 删除", "personal-information"),
        ("en", "phone book delete", "personal-information"),
        ("zh-hans", "停息挂账", "scam-warnings"),
        ("en", "fake court papers", "scam-warnings"),
    ],
)
def test_it_finds_the_new_pages(client, pages, language, query, slug):
    found = slugs(client.get(f"/{language}/rights/", {"q": query}))
    assert slug in found
    assert len(found) < 10
