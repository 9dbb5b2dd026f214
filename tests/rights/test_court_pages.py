"""The court-stage pages: each points to 12348 and legal aid, says when a lawyer is needed,
and leads to the court-papers step."""

import pytest
from django.urls import reverse
from django.utils import translation

COURT_PAGES = [
    "payment-order-objection",
    "defence-and-jurisdiction",
    "mediation-and-settlement",
    "enforcement",
]


@pytest.mark.parametrize("slug", COURT_PAGES)
@pytest.mark.parametrize(
    ("language", "words"),
    [("zh-hans", ("12348", "法律援助", "律师")), ("en", ("12348", "legal aid", "lawyer"))],
)
def test_each_court_page_points_to_free_help_and_the_step(client, pages, slug, language, words):
    with translation.override(language):
        page = client.get(reverse("rights:detail", args=[slug])).content.decode()
        start = reverse("cases:court_papers_start")
    assert all(word in page for word in words)
    assert start in page


def test_the_objection_page_says_cannot_pay_is_no_objection(client, pages):
    page = client.get(reverse("rights:detail", args=["payment-order-objection"])).content.decode()
    assert "现在还不起" in page and "第二百二十七条" in page
