"""The call list costs the same number of queries with 3 calls or 60 (issue 10)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.calls.conftest import add_call, url
from tests.calls.test_call_list import entry

pytestmark = pytest.mark.django_db


def log_calls(case, count):
    for n in range(count):
        # Some at night, and more calls on some days than allowed.
        day, hour = 1 + n % 20, (22, 9, 23, 10, 7, 14)[n % 6]
        add_call(
            case,
            f"2026-11-{day:02d}T{hour:02d}:{n % 60:02d}+08:00",
            summary="说要通知你家人",
            conduct=["threat_contact_third_party"] if n % 3 else [],
        )


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["", "?page=2", "?flag=outside_hours", "?date_from=2026-11-03"])
def test_the_list_page_query_count_does_not_grow_with_the_calls(client, empty_case, query):
    log_calls(empty_case, 3)
    # A process's first page with sources also reads the content corrections, once.
    client.get("/en/help/directory/")
    few = queries_for(client, url("list", empty_case) + query.replace("page=2", "page=1"))
    log_calls(empty_case, 57)
    many = queries_for(client, url("list", empty_case) + query)
    assert many == few


def test_a_page_shows_twenty_calls_of_sixty(client, empty_case, django_assert_max_num_queries):
    log_calls(empty_case, 60)
    with django_assert_max_num_queries(10):
        response = client.get(url("list", empty_case) + "?page=3")
    assert len(response.context["page"].object_list) == 20
    assert "Page 3 of 3" in response.text


def test_the_list_shows_a_change_at_once(client, empty_case):
    """The list is cached; a new call, a deletion and a confirmed tick show on the next view."""
    call = add_call(empty_case, "2026-11-19T10:00+08:00", summary="说要通知你家人")
    threat = "Threat to tell your family"
    assert threat not in entry(client.get(url("list", empty_case)).text, call)
    client.post(url("confirm", empty_case, pk=call.pk), {"code": "threat_contact_third_party"})
    assert threat in entry(client.get(url("list", empty_case)).text, call)
    late = add_call(empty_case, "2026-11-19T23:00+08:00")
    assert f'id="call-{late.pk}"' in client.get(url("list", empty_case)).text
    client.post(url("delete", empty_case, pk=late.pk))
    assert f'id="call-{late.pk}"' not in client.get(url("list", empty_case)).text


@pytest.mark.parametrize("tick", [{}, {"tick": "1"}])
def test_suggestions_as_the_borrower_types_do_not_load_the_log(client, empty_case, tick):
    """The suggestions answer each keystroke: the same queries with 3 calls or 60, and none
    of them reads the logged calls."""
    params = {"summary": "不还就爆通讯录", **tick}
    path = url("suggest", empty_case)
    log_calls(empty_case, 3)
    # Once per process: the registry with the admin's corrections, for the tick-boxes' sources.
    client.get(path, params, headers={"HX-Request": "true"})
    with CaptureQueriesContext(connection) as few:
        assert client.get(path, params, headers={"HX-Request": "true"}).status_code == 200
    log_calls(empty_case, 57)
    with CaptureQueriesContext(connection) as many:
        response = client.get(path, params, headers={"HX-Request": "true"})
    assert "Threat to tell your family or contacts" in response.text
    assert len(many) == len(few)
    assert not [q for q in many.captured_queries if 'FROM "calls_call"' in q["sql"]]
