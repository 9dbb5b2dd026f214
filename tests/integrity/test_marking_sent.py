"""Marking a letter sent is the borrower's: it writes their follow-up record. Each sending is
its own follow-up item, so sending a later version keeps the record of the first."""

import pytest
from django.urls import reverse

from assistant.followup.models import SentItem
from assistant.letters.documents import save_version
from assistant.letters.models import LetterVersion
from tests.accounts.conftest import add_letter, case_of
from tests.sharing.conftest import make_volunteer, share, sign_in

pytestmark = pytest.mark.django_db

SENT = {"version": "1", "sent_on": "2026-11-10", "sent_channel": "post", "sent_reference": "K1"}


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user("alice", password="pw-alice-42")


@pytest.fixture
def letter(alice):
    return add_letter(case_of(alice), "complaint_lender")


def test_a_volunteer_cannot_mark_the_borrowers_letter_sent(client, letter):
    volunteer = make_volunteer()
    share(letter.case, volunteer)
    sign_in(client, volunteer)
    assert client.get(reverse("letters:detail", args=[letter.pk])).status_code == 200
    response = client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    assert response.status_code == 404
    assert not LetterVersion.objects.get(letter=letter, number=1).is_sent
    assert not SentItem.objects.exists()


def test_the_volunteer_is_not_offered_the_mark_sent_form(client, letter):
    volunteer = make_volunteer()
    share(letter.case, volunteer)
    sign_in(client, volunteer)
    page = client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert reverse("letters:mark_sent", args=[letter.pk]) not in page


def test_the_borrower_is_offered_it(client, letter, alice):
    client.force_login(alice)
    page = client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert reverse("letters:mark_sent", args=[letter.pk]) in page


def test_sending_a_later_version_keeps_the_first_sending(client, letter, alice):
    client.force_login(alice)
    client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    save_version(letter, {**letter.versions.get(number=1).content, "subject": "再次投诉"})
    second = {**SENT, "version": "2", "sent_on": "2026-11-20", "sent_reference": "K2"}
    client.post(reverse("letters:mark_sent", args=[letter.pk]), second)
    items = SentItem.objects.filter(letter=letter).order_by("sent_on")
    assert [(str(i.sent_on), i.reference, i.version.number) for i in items] == [
        ("2026-11-10", "K1", 1),
        ("2026-11-20", "K2", 2),
    ]
