"""Deleting all my data leaves nothing of mine in any table or on disk, new records included."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

from assistant.accounts.models import FailedLogIn
from assistant.cases.models import Case
from assistant.sharing.models import AuditEntry, Note
from tests.accounts.conftest import add_call_with_file, add_letter, case_of, url
from tests.accounts.records import add_account_records, add_everything


def files_on_disk():
    return {p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()}


def rows_pointing_at(model, ids):
    """Rows of any model with a foreign key to `model` among `ids`, as (model, count)."""
    found = []
    for other in apps.get_models():
        for field in other._meta.get_fields():
            if isinstance(field, models.ForeignKey | models.OneToOneField) and (
                field.related_model is model and field.concrete
            ):
                count = other._base_manager.filter(**{f"{field.name}__in": ids}).count()
                if count:
                    found.append((other.__name__, field.name, count))
    return found


def test_the_page_counts_what_will_go(client, alice):
    case = case_of(alice)
    add_everything(case)
    add_account_records(alice)
    client.force_login(alice)
    page = client.get(url("delete")).content.decode()
    assert "1 complaint or letter you recorded as sent" in page
    assert "with 1 file of an answer" in page
    assert "2 notes by volunteers" in page
    assert "1 share with a volunteer" in page
    assert "1 look by a volunteer in the audit log" in page
    assert "1 reminder e-mail sent to you" in page


def test_nothing_of_mine_is_left_in_any_table_or_on_disk(client, alice, bob):
    mine = case_of(alice)
    add_call_with_file(mine)
    add_letter(mine)
    records = add_everything(mine)
    add_account_records(alice)
    FailedLogIn.objects.create(username="alice", ip="203.0.113.5")
    theirs = case_of(bob)
    _, their_file = add_call_with_file(theirs, b"theirs")
    add_everything(theirs, "other.helper")
    their_files = {Path(their_file.file.path), Path(theirs.sent_items.get().reply_file.path)}
    reply_path = Path(records["sent"].reply_file.path)
    client.force_login(alice)
    before = {name for name, _, _ in rows_pointing_at(Case, [mine.pk])}
    assert {"Call", "Letter", "SentItem", "Note", "Share", "ShareCode", "AuditEntry"} <= before
    assert {"ReminderChoice", "ReminderSent", "FailedShareCode"} <= {
        name for name, _, _ in rows_pointing_at(get_user_model(), [alice.pk])
    }

    response = client.post(url("delete"))

    assert not rows_pointing_at(Case, [mine.pk])
    assert not rows_pointing_at(get_user_model(), [alice.pk])
    assert not get_user_model().objects.filter(pk=alice.pk).exists()
    assert not FailedLogIn.objects.filter(username="alice").exists()
    assert not reply_path.exists() and not reply_path.parent.exists()
    assert files_on_disk() == their_files  # bob's files, and only his, are still there
    assert Note.objects.filter(case=theirs).count() == 2
    assert AuditEntry.objects.filter(case=theirs).count() == 1
    page = client.get(response.url).content.decode()
    assert "1 complaint or letter you recorded as sent" in page
    assert "1 look by a volunteer in the audit log" in page


def test_an_anonymous_visitors_new_records_go_too(client, my_case):
    records = add_everything(my_case)
    path = Path(records["sent"].reply_file.path)
    client.post(url("delete"))
    assert not rows_pointing_at(Case, [my_case.pk])
    assert not path.exists()
    assert files_on_disk() == set()
