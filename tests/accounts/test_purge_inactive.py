import io

import pytest
import time_machine
from django.core.management import CommandError, call_command

from assistant.calls.models import Evidence
from assistant.cases.models import Case
from tests.accounts.conftest import add_call_with_file, add_letter, case_of
from tests.cases.conftest import scenario

LONG_AGO = "2026-09-01 12:00 +0800"
NOW = "2026-11-28 12:00 +0800"


def anonymous_case(token="old-token"):
    from assistant.cases.records import import_case

    return import_case(
        scenario("xinyongfei-day5"), owner=lambda c: setattr(c, "owner_token", token)
    )


def purge(*args):
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("purge_inactive", *args, stdout=out)
    return out.getvalue()


def test_it_deletes_anonymous_cases_untouched_for_30_days_with_their_files():
    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
        _, item = add_call_with_file(case)
    path = item.file.path
    output = purge()
    assert not Case.objects.exists()
    assert not Evidence.objects.exists()
    with pytest.raises(FileNotFoundError):
        open(path, "rb")  # noqa: SIM115
    assert "deleted 1 anonymous cases inactive for 30 days" in output


def test_it_keeps_anonymous_cases_used_recently():
    with time_machine.travel("2026-11-10 12:00 +0800", tick=False):
        case = anonymous_case()
    purge()
    assert Case.objects.get() == case


def test_a_call_logged_recently_counts_as_use():
    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
    with time_machine.travel("2026-11-20 12:00 +0800", tick=False):
        add_call_with_file(case)
    purge()
    assert Case.objects.get() == case


def test_a_letter_saved_recently_counts_as_use():
    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
    with time_machine.travel("2026-11-20 12:00 +0800", tick=False):
        add_letter(case)
    purge()
    assert Case.objects.get() == case


def test_it_never_deletes_a_users_cases(alice):
    with time_machine.travel(LONG_AGO, tick=False):
        case = case_of(alice)
    purge()
    assert Case.objects.get() == case


def test_the_period_comes_from_the_setting(settings):
    settings.ANONYMOUS_RETENTION_DAYS = 100
    with time_machine.travel(LONG_AGO, tick=False):
        anonymous_case()
    purge()
    assert Case.objects.count() == 1


def test_days_can_be_given_on_the_command_line():
    with time_machine.travel("2026-11-10 12:00 +0800", tick=False):
        anonymous_case()
    purge("--days", "7")
    assert not Case.objects.exists()


def test_a_dry_run_deletes_nothing():
    with time_machine.travel(LONG_AGO, tick=False):
        anonymous_case()
    assert "would delete 1" in purge("--dry-run")
    assert Case.objects.count() == 1


def test_zero_days_is_refused():
    with pytest.raises(CommandError):
        purge("--days", "0")


def test_old_failed_log_ins_are_forgotten():
    from assistant.accounts.models import FailedLogIn

    with time_machine.travel(LONG_AGO, tick=False):
        FailedLogIn.objects.create(username="alice", ip="203.0.113.5")
    purge()
    assert not FailedLogIn.objects.exists()


def test_an_anonymous_cases_sent_items_notes_and_answer_files_go_with_it():
    from pathlib import Path

    from django.conf import settings

    from assistant.followup.models import SentItem
    from assistant.sharing.models import AuditEntry, Note, Share
    from tests.accounts.records import add_everything

    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
        records = add_everything(case)
    path = Path(records["sent"].reply_file.path)
    output = purge()
    assert not Case.objects.exists()
    for model in (SentItem, Note, Share, AuditEntry):
        assert not model.objects.exists(), model
    assert not path.exists()
    assert not [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]
    assert "1 sent items, 1 answer files, 2 notes" in output


def test_a_complaint_recorded_recently_counts_as_use():
    from tests.followup.helpers import add_sent_item_with_file

    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
    with time_machine.travel("2026-11-20 12:00 +0800", tick=False):
        add_sent_item_with_file(case)
    purge()
    assert Case.objects.get() == case


def test_old_wrong_share_codes_are_forgotten_and_recent_ones_kept(alice):
    from assistant.accounts.models import FailedLogIn
    from assistant.sharing.models import FailedShareCode

    with time_machine.travel(LONG_AGO, tick=False):
        FailedShareCode.objects.create(volunteer=alice, ip="203.0.113.5")
        FailedLogIn.objects.create(username="alice", ip="203.0.113.5")
    with time_machine.travel("2026-11-28 11:55 +0800", tick=False):
        recent = FailedShareCode.objects.create(volunteer=alice, ip="203.0.113.6")
        recent_log_in = FailedLogIn.objects.create(username="alice", ip="203.0.113.6")
    output = purge()
    assert list(FailedShareCode.objects.all()) == [recent]
    assert list(FailedLogIn.objects.all()) == [recent_log_in]  # still inside the window
    assert "forgot 2 old failed log-ins and share codes" in output


def test_a_dry_run_forgets_no_failed_attempt(alice):
    from assistant.sharing.models import FailedShareCode

    with time_machine.travel(LONG_AGO, tick=False):
        FailedShareCode.objects.create(volunteer=alice, ip="203.0.113.5")
    purge("--dry-run")
    assert FailedShareCode.objects.count() == 1
