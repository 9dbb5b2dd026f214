"""manage.py send_reminders: opted-in account holders only, each reminder once."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from assistant.followup.models import ReminderChoice, SentItem
from tests.accounts.conftest import PASSWORD, case_of
from tests.followup.conftest import url


def run(*args):
    out = StringIO()
    call_command("send_reminders", "--today", "2026-11-23", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def alice_with_a_complaint():
    alice = get_user_model().objects.create_user("alice", "a@example.org", PASSWORD)
    case = case_of(alice, "huabei-day40-flood")
    SentItem.objects.create(case=case, channel="lender", sent_on=date(2026, 11, 10))
    return alice


def test_nobody_who_did_not_opt_in_gets_anything(alice_with_a_complaint):
    assert "sent 0 reminder(s)" in run()
    assert mail.outbox == []


def test_an_opted_in_reminder_is_sent_once(alice_with_a_complaint):
    ReminderChoice.objects.create(user=alice_with_a_complaint, email="alice@example.org")
    assert "sent 1 reminder(s)" in run()
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]
    assert "2026-11-25" in mail.outbox[0].body
    assert "sent 0 reminder(s)" in run()
    assert len(mail.outbox) == 1


def test_a_dry_run_sends_and_records_nothing(alice_with_a_complaint):
    ReminderChoice.objects.create(user=alice_with_a_complaint, email="alice@example.org")
    assert "would send 1 reminder(s)" in run("--dry-run")
    assert mail.outbox == []
    assert "sent 1 reminder(s)" in run()


def test_turned_off_means_no_e_mail(alice_with_a_complaint):
    ReminderChoice.objects.create(
        user=alice_with_a_complaint, email="alice@example.org", enabled=False
    )
    assert "sent 0 reminder(s)" in run()


def test_the_choice_is_made_on_the_reminders_page(client, alice_with_a_complaint):
    client.login(username="alice", password=PASSWORD)
    page = client.get(url("followup:reminders")).content.decode()
    assert 'value="a@example.org"' in page  # the account's address, offered
    response = client.post(url("followup:reminders"), {"enabled": "on", "email": "bad"})
    assert response.status_code == 400
    client.post(url("followup:reminders"), {"enabled": "on", "email": "me@example.org"})
    assert ReminderChoice.objects.get().email == "me@example.org"


def test_anonymous_visitors_are_asked_to_log_in(client):
    assert client.get(url("followup:reminders")).status_code == 302


def test_reminders_need_only_the_deadlines_not_a_full_assessment(
    alice_with_a_complaint, monkeypatch
):
    ReminderChoice.objects.create(user=alice_with_a_complaint, email="alice@example.org")
    monkeypatch.setattr("assistant.followup.keydates.assess", pytest.fail)
    assert "sent 1 reminder(s)" in run()
    assert "2026-11-25" in mail.outbox[0].body
