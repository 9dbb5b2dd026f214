import pytest

from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


def entry(text, call):
    """The HTML of one call's entry in a page."""
    start = text.index(f'id="call-{call.pk}"')
    return text[start : text.index("</article>", start)]


def test_calls_are_listed_newest_first(client, empty_case):
    older = add_call(empty_case, "2026-11-18T10:00+08:00")
    newer = add_call(empty_case, "2026-11-19T10:00+08:00")
    backdated = add_call(empty_case, "2026-11-17T10:00+08:00")
    rows = client.get(url("list", empty_case)).context["page"].object_list
    assert [row["call"] for row in rows] == [newer, older, backdated]


def test_a_call_at_22_30_is_flagged_outside_permitted_hours(client, empty_case):
    late = add_call(empty_case, "2026-11-19T22:30+08:00")
    early = add_call(empty_case, "2026-11-19T21:59+08:00")
    text = client.get(url("list", empty_case)).text
    assert "Contact outside permitted hours" in entry(text, late)
    assert "Collectors should not contact you between 22:00 and 08:00" in entry(text, late)
    assert "Contact outside permitted hours" not in entry(text, early)


def test_the_fourth_answered_phone_call_in_a_day_is_flagged(client, empty_case):
    calls = [add_call(empty_case, f"2026-11-19T{hour}:00+08:00") for hour in (9, 10, 11, 12)]
    add_call(empty_case, "2026-11-19T13:00+08:00", channel="sms")
    add_call(empty_case, "2026-11-19T14:00+08:00", answered=False)
    text = client.get(url("list", empty_case)).text
    assert [("Too many calls in one day" in entry(text, c)) for c in calls] == [
        False,
        False,
        False,
        True,
    ]


def test_reported_conduct_is_shown_with_its_explanation(client, empty_case):
    call = add_call(empty_case, "2026-11-19T10:00+08:00", conduct=["impersonation"])
    html = entry(client.get(url("list", empty_case)).text, call)
    assert "Pretended to be police, a court or an official" in html
    assert "doing so can be a crime" in html


def test_flags_are_shown_in_chinese(client, empty_case):
    call = add_call(empty_case, "2026-11-19T22:30+08:00")
    html = entry(client.get(url("list", empty_case, "zh-hans")).text, call)
    assert "在不允许的时间段联系" in html


def test_what_a_collector_typed_is_escaped(client, empty_case):
    add_call(empty_case, "2026-11-19T10:00+08:00", summary="<script>alert(1)</script>")
    text = client.get(url("list", empty_case)).text
    assert "<script>alert(1)" not in text
    assert "&lt;script&gt;" in text


def test_the_list_can_be_filtered_by_flag(client, empty_case):
    late = add_call(empty_case, "2026-11-19T23:00+08:00")
    add_call(empty_case, "2026-11-19T10:00+08:00")
    response = client.get(url("list", empty_case), {"flag": "outside_hours"})
    assert [row["call"] for row in response.context["page"].object_list] == [late]


def test_the_list_can_be_filtered_by_shanghai_dates(client, empty_case):
    add_call(empty_case, "2026-11-17T23:30+08:00")
    # 00:30 on the 18th in Shanghai is still the 17th in UTC.
    first = add_call(empty_case, "2026-11-18T00:30+08:00")
    second = add_call(empty_case, "2026-11-19T12:00+08:00")
    add_call(empty_case, "2026-11-20T08:00+08:00")
    response = client.get(
        url("list", empty_case), {"date_from": "2026-11-18", "date_to": "2026-11-19"}
    )
    assert [row["call"] for row in response.context["page"].object_list] == [second, first]


def test_a_bad_filter_is_explained_and_ignored(client, empty_case):
    add_call(empty_case, "2026-11-19T10:00+08:00")
    response = client.get(url("list", empty_case), {"date_from": "2026-13-45", "flag": "nonsense"})
    assert response.status_code == 200
    assert set(response.context["filters"].errors) == {"date_from", "flag"}
    assert len(response.context["page"].object_list) == 1


def test_an_end_date_before_the_start_is_explained(client, empty_case):
    response = client.get(
        url("list", empty_case), {"date_from": "2026-11-19", "date_to": "2026-11-18"}
    )
    assert "The end date is before the start date." in response.text


def test_the_list_shows_20_calls_a_page_and_keeps_the_filter_in_page_links(client, empty_case):
    for day in range(1, 26):
        add_call(empty_case, f"2026-11-{day:02d}T23:00+08:00")
    first = client.get(url("list", empty_case), {"flag": "outside_hours"})
    assert len(first.context["page"].object_list) == 20
    assert "flag=outside_hours&amp;page=2" in first.text
    second = client.get(url("list", empty_case), {"flag": "outside_hours", "page": "2"})
    assert len(second.context["page"].object_list) == 5
    assert client.get(url("list", empty_case), {"page": "nonsense"}).status_code == 200


def test_the_list_links_back_to_the_case_and_to_logging_a_call(client, empty_case):
    text = client.get(url("list", empty_case)).text
    assert f'href="/en/cases/{empty_case.pk}/"' in text
    assert f'href="{url("new", empty_case)}"' in text
    assert f'href="{url("export_csv", empty_case)}"' in text


def test_with_htmx_only_the_main_part_is_sent(client, empty_case):
    response = client.get(url("list", empty_case), headers={"HX-Request": "true"})
    assert "<html" not in response.text
    assert "Call log" in response.text


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    assert client.get(url("list", someone_elses_case)).status_code == 404


def test_the_list_draws_calls_per_day_with_a_text_alternative(client):
    from tests.cases.conftest import own

    case = own(client, "huabei-day40-flood", token="chart")
    text = client.get(f"/en/cases/{case.pk}/calls/").text
    assert '<svg role="img"' in text
    assert 'class="bar-flagged"' in text
    assert "The numbers, day by day" in text


def test_a_log_of_one_day_shows_its_date_and_counts_under_the_chart(client, empty_case):
    add_call(empty_case, "2026-11-20T10:00+08:00")
    add_call(empty_case, "2026-11-20T23:00+08:00")
    text = client.get(f"/en/cases/{empty_case.pk}/calls/").text
    axis = text[text.index('class="chart-axis"') : text.index("</p>", text.index("chart-axis"))]
    assert "2026-11-20: 2 contacts, 1 flagged" in axis
