"""The case calendar (.ics): parsed back with icalendar, stable UIDs, owners only."""

from datetime import date, timedelta

from icalendar import Calendar

from assistant.assessment.assess import assess
from assistant.cases.models import CourtPaper
from assistant.cases.records import to_record
from tests.followup.conftest import DAY_15, record, url


def download(client, case):
    response = client.get(url("cases:calendar", case.pk))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar):
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_holds_every_key_date(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, reference="TS-1")
    record(client, huabei, about="credit_objection", channel="other", sent_on="2026-11-12")
    order = CourtPaper.objects.create(
        case=huabei, kind="payment_order", served_on=date(2026, 11, 20)
    )
    found = events(download(client, huabei))
    days = {uid.split("@")[0].split("-", 2)[2]: e.decoded("DTSTART") for uid, e in found.items()}
    replies = sorted(day for what, day in days.items() if what.startswith("reply-"))
    assert replies == [date(2026, 11, 25), date(2026, 12, 2)]  # 15 and 20 days
    assert days[f"court-{order.pk}-payment_order_objection"] == date(2026, 12, 5)
    assert days["limitation"] == assess(to_record(huabei)).limitation_date
    limitation = next(e for uid, e in found.items() if uid.endswith("limitation@anxin.case"))
    assert "limitation period" in str(limitation["DESCRIPTION"])  # its caveat
    reply = next(e for uid, e in found.items() if "reply-" in uid and "TS-1" in e["DESCRIPTION"])
    assert reply.decoded("DTEND") - reply.decoded("DTSTART") == timedelta(days=1)
    assert reply.walk("VALARM")  # a reminder the day before


def test_uids_are_stable_across_downloads(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei)
    first = set(events(download(client, huabei)))
    second = set(events(download(client, huabei)))
    assert first == second
    assert all(uid.startswith(f"case-{huabei.pk}-") for uid in first)


def test_an_answered_item_leaves_the_calendar(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, outcome="resolved", reply_on="2026-11-20")
    assert not [uid for uid in events(download(client, huabei)) if "reply-" in uid]


def test_the_case_page_links_to_the_calendar(client, huabei):
    page = client.get(url("cases:detail", huabei.pk)).content.decode()
    assert f'href="{url("cases:calendar", huabei.pk)}"' in page


def test_another_persons_calendar_is_not_found(client, someone_elses_case):
    assert client.get(url("cases:calendar", someone_elses_case.pk)).status_code == 404
