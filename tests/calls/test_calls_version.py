"""Every write of a call moves the case's calls_version on, which keys the list's cache."""

import pytest

from assistant.calls.models import Call, CallChange
from assistant.cases.models import Case
from assistant.cases.records import import_case
from tests.calls.conftest import add_call, url
from tests.cases.conftest import scenario

pytestmark = pytest.mark.django_db


def version(case):
    return Case.objects.get(pk=case.pk).calls_version


def test_logging_a_call_moves_the_version_on(client, empty_case):
    before = version(empty_case)
    client.post(url("new", empty_case), {"at": "2026-11-20T10:15", "channel": "phone"})
    assert Call.objects.filter(case=empty_case).count() == 1
    assert version(empty_case) > before


def test_a_confirmed_tick_moves_the_version_on(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="说要通知你家人")
    before = version(empty_case)
    client.post(url("confirm", empty_case, pk=call.pk), {"code": "threat_contact_third_party"})
    assert version(empty_case) > before


def test_an_edit_a_delete_and_an_undo_each_move_the_version_on(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="提醒还款")
    seen = [version(empty_case)]
    client.post(url("edit", empty_case, pk=call.pk), {"at": "2026-11-19T22:40", "channel": "sms"})
    seen.append(version(empty_case))
    client.post(url("delete", empty_case, pk=call.pk))
    seen.append(version(empty_case))
    change = CallChange.objects.filter(call=call).last()
    client.post(url("undo", empty_case, pk=change.pk))
    seen.append(version(empty_case))
    assert Call.objects.filter(pk=call.pk).exists()  # the undo brought it back
    assert seen == sorted(set(seen))  # strictly rising


def test_an_imported_case_counts_its_calls(monkeypatch):
    """Its calls come in one bulk_create, which sends no post_save: it counts them itself."""
    counted = []
    monkeypatch.setattr("assistant.cases.records.calls_changed", counted.append)
    case = import_case(scenario("xinyongfei-day5"), owner=lambda c: None)
    assert case.calls.exists()
    assert counted == [case.pk]


def test_a_new_case_starts_at_a_random_version():
    """So a case id used again never meets the cache entries of the case that had it before."""
    starts = {version(import_case(scenario("xinyongfei-day5"), owner=lambda c: None))}
    starts.add(version(import_case(scenario("xinyongfei-day5"), owner=lambda c: None)))
    assert len(starts) == 2


def test_saving_a_case_loaded_earlier_keeps_the_newer_version(empty_case):
    loaded = Case.objects.get(pk=empty_case.pk)
    add_call(empty_case, "2026-11-19T10:00+08:00")
    newer = version(empty_case)
    loaded.lender_name = "另一个名字"
    loaded.save()
    assert version(empty_case) == newer
    assert Case.objects.get(pk=empty_case.pk).lender_name == "另一个名字"
