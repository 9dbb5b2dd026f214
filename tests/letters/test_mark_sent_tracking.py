"""Marking a letter sent and tracking its answer happen together, or not at all."""

import pytest
from django.urls import reverse

from assistant.followup.models import SentItem
from assistant.letters.models import LetterVersion
from tests.accounts.conftest import add_letter
from tests.cases.conftest import own

SENT = {"version": "1", "sent_on": "2026-11-10", "sent_channel": "post", "sent_reference": "K1"}


@pytest.fixture
def letter(client, db):
    return add_letter(own(client, "huabei-day40-flood"), "complaint_lender")


def test_a_letter_marked_sent_is_tracked(client, letter):
    client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    item = SentItem.objects.get(letter=letter)
    assert (str(item.sent_on), item.reference) == ("2026-11-10", "K1")


def test_if_tracking_fails_the_letter_is_not_marked_sent(client, letter, monkeypatch):
    def broken(*args):
        raise RuntimeError("database went away")

    monkeypatch.setattr("assistant.followup.records.from_letter", broken)
    client.raise_request_exception = False
    client.post(reverse("letters:mark_sent", args=[letter.pk]), SENT)
    assert not LetterVersion.objects.get(letter=letter, number=1).is_sent
    assert not SentItem.objects.exists()
