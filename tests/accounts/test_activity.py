"""Every write to an anonymous case or anything under it keeps it from the purge; a
volunteer only looking does not."""

import datetime

import pytest
import time_machine

from assistant.accounts import retention
from assistant.calls import history
from assistant.calls.models import Call, CallChange, Evidence
from assistant.cases.models import Case, CourtPaper, Repayment
from assistant.followup import records as followup
from assistant.followup.models import SentItem
from assistant.letters import documents
from assistant.letters.models import Letter, LetterVersion
from assistant.sharing import codes
from assistant.sharing.models import Note, Share, ShareCode
from tests.accounts.conftest import add_call_with_file, add_letter
from tests.accounts.test_purge_inactive import LONG_AGO, anonymous_case, purge
from tests.followup.helpers import add_sent_item_with_file
from tests.sharing.conftest import make_volunteer, share, sign_in

RECENT = "2026-11-20 12:00 +0800"


@pytest.fixture
def old_case():
    """An anonymous case last used in September, with a call, a file, a letter, a sent
    complaint and a volunteer's share from then."""
    with time_machine.travel(LONG_AGO, tick=False):
        case = anonymous_case()
        call, item = add_call_with_file(case)
        letter = add_letter(case)
        sent = add_sent_item_with_file(case)
        volunteer = make_volunteer()
        the_share = share(case, volunteer)
    return {
        "case": case,
        "call": call,
        "evidence": item,
        "letter": letter,
        "sent": sent,
        "share": the_share,
        "volunteer": volunteer,
    }


def edit_the_case(old):
    case = Case.objects.get(pk=old["case"].pk)
    case.lender_name = "新名字"
    case.save()


def edit_a_call(old):
    history.edit_call(old["call"], {"summary": "他又打来了"})


def delete_a_call(old):
    history.delete_call(old["call"])


def undo_a_change(old):
    with time_machine.travel(LONG_AGO, tick=False):
        change = history.delete_call(old["call"])
    history.undo(change)


def add_a_file_to_an_old_call(old):
    Evidence.objects.create(call=old["call"], name="新截图.png", size=1, sha256="0" * 64)


def remove_a_file(old):
    old["evidence"].delete()


def add_a_repayment(old):
    Repayment.objects.create(case=old["case"], due=datetime.date(2026, 12, 1), amount=100)


def save_a_letter_version(old):
    content = old["letter"].versions.first().content | {"extra": "补充：对方每天打十次"}
    assert documents.save_version(old["letter"], content).number == 2


def mark_a_letter_sent(old):
    documents.mark_sent(old["letter"].versions.first(), datetime.date(2026, 11, 20), "email")


def record_an_answer(old):
    data = followup.item_initial(old["sent"]) | {"reply": "他们说会核查", "reply_file": None}
    followup.save_item(old["case"], data, old["sent"])


def record_a_payment_order(old):
    followup.save_payment_order(old["case"], datetime.date(2026, 11, 19))


def make_a_share_code(old):
    codes.create_code(old["case"])


def cancel_unused_codes(old):
    codes.create_code(old["case"])
    Case.objects.update(updated_at=old["case"].updated_at)  # only the cancelling is new
    assert codes.cancel_unused(old["case"]) == 1


def revoke_a_share(old):
    codes.revoke(old["share"])


def write_a_volunteer_note(old):
    volunteer = old["volunteer"]
    Note.objects.create(
        case=old["case"], author=volunteer, author_name=volunteer.username, text="已核对"
    )


SOURCES = [
    edit_the_case,
    edit_a_call,
    delete_a_call,
    undo_a_change,
    add_a_file_to_an_old_call,
    remove_a_file,
    add_a_repayment,
    save_a_letter_version,
    mark_a_letter_sent,
    record_an_answer,
    record_a_payment_order,
    make_a_share_code,
    cancel_unused_codes,
    revoke_a_share,
    write_a_volunteer_note,
]


def test_an_old_case_untouched_since_is_purged(old_case):
    purge()
    assert not Case.objects.exists()


@pytest.mark.parametrize("use", SOURCES, ids=lambda use: use.__name__)
def test_recent_use_keeps_the_case(old_case, use):
    with time_machine.travel(RECENT, tick=False):
        use(old_case)
    purge()
    assert Case.objects.filter(pk=old_case["case"].pk).exists()


def test_a_volunteer_only_looking_is_not_use(old_case, client):
    sign_in(client, old_case["volunteer"])
    with time_machine.travel(RECENT, tick=False):
        page = client.get(f"/zh-hans/cases/{old_case['case'].pk}/")
    assert page.status_code == 200
    assert old_case["case"].audit_entries.count() == 1
    purge()
    assert not Case.objects.exists()


def test_every_record_stored_under_a_case_counts():
    """A model added under a case later is covered without anyone remembering to."""
    assert set(retention.activity_models()) >= {
        Call,
        CallChange,
        Evidence,
        Repayment,
        Letter,
        LetterVersion,
        SentItem,
        CourtPaper,
        ShareCode,
        Share,
        Note,
    }


def test_deleting_a_case_does_not_touch_what_it_deletes(old_case, django_assert_max_num_queries):
    """The cascade from a deleted case is not "use" of it (and costs no extra updates)."""
    with django_assert_max_num_queries(40):
        old_case["case"].delete()
    assert not Call.objects.exists()
