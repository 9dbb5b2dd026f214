"""The dashboard's lender search with what no name has (a NUL breaks a PostgreSQL query, a
very long text an SQLite one): the list comes back, searched by the rest of what was typed."""

from django.urls import reverse

from tests.sharing.conftest import share, sign_in
from tests.sharing.test_workspace import owned_case


def test_a_nul_character_in_the_lender_search_is_ignored(client, alice, volunteer):
    early = owned_case(alice, "xinyongfei-day5")
    card = owned_case(alice, "card-100days-criminal-threat")
    share(early, volunteer), share(card, volunteer)
    sign_in(client, volunteer)
    search = early.lender_name[:2] + "\x00" + early.lender_name[2:]
    response = client.get(reverse("volunteer:dashboard"), {"lender": search})
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("cases:detail", args=[early.pk]) in page
    assert reverse("cases:detail", args=[card.pk]) not in page
    assert client.get(reverse("volunteer:dashboard"), {"lender": "\x00"}).status_code == 200


def test_a_very_long_lender_search_is_cut_and_shown_back_whole(client, alice, volunteer):
    early = owned_case(alice, "xinyongfei-day5")
    share(early, volunteer)
    sign_in(client, volunteer)
    typed = early.lender_name + "汉" * 25_000
    response = client.get(reverse("volunteer:dashboard"), {"lender": typed})
    assert response.status_code == 200
    assert typed in response.content.decode()
