import pytest

from assistant.assessment.registry import default_registry
from assistant.cases.records import assess_case
from tests.calls.conftest import add_call, url
from tests.calls.test_call_list import entry

pytestmark = pytest.mark.django_db


def test_each_flag_shows_the_rules_it_breaks_with_their_source(client, empty_case):
    late = add_call(empty_case, "2026-11-19T22:30+08:00")
    rules = assess_case(empty_case)["flags"][0]["rules"]
    html = entry(client.get(url("list", empty_case)).text, late)
    assert '<details class="flag-rules">' in html
    for rule in rules:
        source = default_registry().source(rule)
        assert source.instrument in html
        assert source.last_reviewed in html


def test_a_call_without_flags_has_no_rule_list(client, empty_case):
    quiet = add_call(empty_case, "2026-11-19T10:00+08:00")
    html = entry(client.get(url("list", empty_case)).text, quiet)
    assert "flag-rules" not in html


def test_the_rules_stay_folded_so_the_entry_is_short_on_a_phone(client, empty_case):
    late = add_call(empty_case, "2026-11-19T22:30+08:00", conduct=["threat_visit"])
    html = entry(client.get(url("list", empty_case)).text, late)
    assert html.count('<details class="flag-rules">') == 2
    assert '<details class="flag-rules" open' not in html


def test_the_just_saved_call_shows_its_rules_too(client, empty_case):
    client.post(
        url("new", empty_case),
        {"at": "2026-11-20T23:10", "channel": "phone"},
        headers={"HX-Request": "true"},
    )
    text = client.get(url("new", empty_case)).text
    assert "flag-rules" in text
