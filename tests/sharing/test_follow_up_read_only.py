"""A volunteer with a share reads the borrower's follow-up (and the answer's file) but never
changes it; the borrower's audit log names the follow-up in words."""

import pytest
from django.urls import reverse
from django.utils import translation

from assistant.cases.models import CourtPaper
from assistant.followup.models import SentItem
from tests.accounts.conftest import PASSWORD
from tests.followup.helpers import add_sent_item_with_file
from tests.sharing.conftest import sign_in


@pytest.fixture
def item(case):
    return add_sent_item_with_file(case)


def owner_controls(case, item):
    return [
        reverse("followup:new", args=[case.pk]),
        reverse("followup:edit", args=[case.pk, item.pk]),
        reverse("followup:payment_order", args=[case.pk]),
    ]


def test_the_volunteer_reads_the_follow_up_without_the_controls(
    client, case, item, volunteer, shared
):
    sign_in(client, volunteer)
    answer_url = reverse("followup:reply_file", args=[case.pk, item.pk])
    for name in ("cases:detail", "followup:tracker"):
        text = client.get(reverse(name, args=[case.pk])).content.decode()
        assert item.get_channel_display() in text and answer_url in text, name
        for control in owner_controls(case, item):
            assert f'"{control}"' not in text, (name, control)
    answer = client.get(answer_url)
    assert answer.status_code == 200 and b"answer" in b"".join(answer.streaming_content)


def test_the_owner_still_sees_every_control(client, case, item, shared):
    client.login(username="alice", password=PASSWORD)
    page = client.get(reverse("followup:tracker", args=[case.pk])).content.decode()
    for control in owner_controls(case, item):
        assert f'"{control}"' in page


def test_the_volunteer_cannot_record_change_or_date_anything(client, case, item, volunteer, shared):
    sign_in(client, volunteer)
    data = {"about": "complaint", "channel": "nfra_12378", "sent_on": "2026-11-12"}
    posts = {
        reverse("followup:new", args=[case.pk]): data,
        reverse("followup:edit", args=[case.pk, item.pk]): {**data, "outcome": "resolved"},
        reverse("followup:payment_order", args=[case.pk]): {"served_on": "2026-11-20"},
    }
    for url, form in posts.items():
        assert client.post(url, form).status_code == 404, url
    item.refresh_from_db()
    assert (item.channel, item.outcome) == ("lender", "refused")
    assert SentItem.objects.filter(case=case).count() == 1
    assert not CourtPaper.objects.exists()


def test_the_audit_log_names_the_follow_up_in_words(client, case, volunteer, shared):
    sign_in(client, volunteer)
    client.get(reverse("followup:tracker", args=[case.pk]))
    client.logout()
    client.login(username="alice", password=PASSWORD)
    with translation.override("en"):
        log = client.get(reverse("sharing:log", args=[case.pk]), HTTP_ACCEPT_LANGUAGE="en")
    text = log.content.decode()
    assert "looked at the follow-up of your complaints" in text
    assert "followup:" not in text
