"""No page or file holding a borrower's case data may be kept by the browser or a proxy."""

import pytest
from django.urls import reverse

from tests.letters.conftest import make_letter

pytestmark = pytest.mark.django_db


def case_urls(case, letter):
    args = [case.pk]
    return [
        reverse("cases:list"),
        reverse("cases:detail", args=args),
        reverse("cases:calendar", args=args),
        reverse("calls:list", args=args),
        reverse("calls:new", args=args),
        reverse("calls:export_csv", args=args),
        reverse("calls:evidence_pdf", args=args),
        reverse("calls:evidence_html", args=args),
        reverse("followup:tracker", kwargs={"case_pk": case.pk}),
        reverse("letters:detail", args=[letter.pk]),
        reverse("letters:pdf", args=[letter.pk]),
        reverse("account:index"),
        reverse("account:export"),
    ]


def test_every_page_and_file_of_a_case_says_private_no_store(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")
    for url in case_urls(my_case, letter):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, url


def test_a_static_file_may_still_be_cached(client):
    from django.templatetags.static import static

    response = client.get(static("css/site.css"))
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
