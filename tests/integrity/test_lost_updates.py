"""Two tabs edit the same call: the second save does not silently undo the first. It is
refused with both shown (what is saved now, and what this person typed, kept in the form);
saving again keeps theirs."""

import re

import pytest
from django.utils import timezone

from assistant.calls import history
from assistant.calls.models import Call
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def edit_data(seen, summary):
    return {"at": "2026-11-20T10:00", "channel": "phone", "summary": summary, "seen": seen}


def seen_in(page):
    return re.search(r'name="seen" value="([0-9a-f]+)"', page).group(1)


@pytest.fixture
def call(empty_case):
    return add_call(empty_case, "2026-11-20T10:00+08:00", summary="原来的记录")


def test_a_stale_save_is_refused_and_shows_both(client, empty_case, call):
    edit_url = url("edit", empty_case, language="zh-hans", pk=call.pk)
    first_tab = seen_in(client.get(edit_url).content.decode())
    second_tab = seen_in(client.get(edit_url).content.decode())
    assert client.post(edit_url, edit_data(first_tab, "第一个标签页写的")).status_code == 302
    response = client.post(edit_url, edit_data(second_tab, "第二个标签页写的"))
    assert response.status_code == 409
    page = response.content.decode()
    assert "第一个标签页写的" in page  # what is saved now
    assert "第二个标签页写的" in page  # what this tab typed, still in the form
    assert Call.objects.get(pk=call.pk).summary == "第一个标签页写的"
    again = client.post(edit_url, edit_data(seen_in(page), "第二个标签页写的"))
    assert again.status_code == 302
    assert Call.objects.get(pk=call.pk).summary == "第二个标签页写的"


def test_an_undo_in_between_makes_the_edit_stale_too(client, empty_case, call):
    edit_url = url("edit", empty_case, language="zh-hans", pk=call.pk)
    seen = seen_in(client.get(edit_url).content.decode())
    change = history.edit_call(call, {"summary": "别处改的"})
    history.undo(change)
    assert client.post(edit_url, edit_data(seen, "这里改的")).status_code == 302  # same values
    history.edit_call(Call.objects.get(pk=call.pk), {"summary": "又改了"})
    assert client.post(edit_url, edit_data(seen, "这里改的")).status_code == 409


def test_the_fingerprint_follows_the_values():
    a = Call(summary="x", channel="phone", conduct=[])
    b = Call(summary="y", channel="phone", conduct=[])
    a.at = b.at = timezone.now()
    assert history.fingerprint(a) != history.fingerprint(b)
    b.summary = "x"
    assert history.fingerprint(a) == history.fingerprint(b)


# Follow-up items and letters, the same way.


@pytest.fixture
def sent_item(client, db):
    import time_machine

    from tests.cases.conftest import own
    from tests.followup.conftest import record

    with time_machine.travel("2026-11-25 09:00 +0800", tick=False):
        case = own(client, "huabei-day40-flood")
        record(client, case, reference="TS-1")
    return case.sent_items.get()


def item_data(seen, reference):
    return {
        "about": "complaint",
        "channel": "lender",
        "sent_on": "2026-11-10",
        "extension": "0",
        "reference": reference,
        "seen": seen,
    }


def test_a_stale_save_of_a_follow_up_item_is_refused_and_shows_both(client, sent_item):
    from django.urls import reverse

    edit_url = reverse("followup:edit", kwargs={"case_pk": sent_item.case_id, "pk": sent_item.pk})
    old = seen_in(client.get(edit_url).content.decode())
    assert client.post(edit_url, item_data(old, "TS-2")).status_code == 302
    response = client.post(edit_url, item_data(old, "TS-3"))
    assert response.status_code == 409
    page = response.content.decode()
    assert "TS-2" in page and 'value="TS-3"' in page
    sent_item.refresh_from_db()
    assert sent_item.reference == "TS-2"
    assert client.post(edit_url, item_data(seen_in(page), "TS-3")).status_code == 302
    sent_item.refresh_from_db()
    assert sent_item.reference == "TS-3"


def test_a_letter_edited_in_two_tabs_keeps_both_and_says_so(client, db):
    from django.urls import reverse

    from assistant.letters.forms import EditForm
    from tests.accounts.conftest import add_letter
    from tests.cases.conftest import own

    letter = add_letter(own(client, "xinyongfei-day5"), "complaint_lender")
    fields = {k: v for k, v in EditForm.initial_from(letter.versions.get().content).items() if v}
    edit_url = reverse("letters:edit", args=[letter.pk])
    tab = {"from_version": "1", "latest_seen": "1"}
    assert client.post(edit_url, {**fields, **tab, "subject": "第一个标签页"}).status_code == 302
    response = client.post(edit_url, {**fields, **tab, "subject": "第二个标签页"})
    assert response.status_code == 409
    assert 'value="第二个标签页"' in response.content.decode()
    assert [v.content["subject"] for v in letter.versions.order_by("number")][1] == "第一个标签页"
    assert letter.versions.count() == 2
    again = {**fields, "from_version": "2", "latest_seen": "2", "subject": "第二个标签页"}
    assert client.post(edit_url, again).status_code == 302
    assert letter.versions.order_by("-number").first().content["subject"] == "第二个标签页"
