"""Pages of a case survive whatever its row holds: dates at the calendar's ends, amounts at
their columns' largest, texts at their longest with every odd character (a case stored
before the checks of issue 20, or edited in the admin)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assistant.calls.models import Call
from assistant.cases.models import Case
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db

EXTREMES = {
    "far future": {"first_missed_due_date": datetime.date(9999, 12, 31)},
    "far past": {"first_missed_due_date": datetime.date(1, 1, 1)},
    "largest amounts": {
        "principal": "9999999999.99",
        "amount_demanded": "9999999999.99",
        "amount_received": "0.01",
        "monthly_income": "9999999999.99",
    },
    "odd names": {"lender_name": "信用飞\r\nBEGIN:VEVENT\x1b[31m" + "汉" * 70, "product": "\u202e"},
}


def pages(case):
    args = [case.pk]
    return [
        reverse("cases:detail", args=args),
        reverse("cases:list"),
        reverse("cases:calendar", args=args),
        reverse("calls:list", args=args),
        reverse("calls:export_csv", args=args),
        reverse("calls:evidence_html", args=args),
        reverse("followup:tracker", kwargs={"case_pk": case.pk}),
        reverse("letters:new", args=[case.pk, "complaint_lender"]),
    ]


@pytest.mark.parametrize("values", EXTREMES.values(), ids=EXTREMES.keys())
def test_every_page_of_the_case_answers(client, values):
    case = own(client, "xinyongfei-day5")
    Case.objects.filter(pk=case.pk).update(**values)
    Call.objects.filter(case=case).update(at=timezone.make_aware(datetime.datetime(1970, 1, 1)))
    for url in pages(case):
        response = client.get(url)
        assert response.status_code == 200, url


def test_the_far_future_case_shows_a_date_instead_of_failing(client):
    case = own(client, "xinyongfei-day5")
    Case.objects.filter(pk=case.pk).update(first_missed_due_date=datetime.date(9999, 12, 31))
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "9999" in page


def test_a_lender_name_with_line_breaks_cannot_add_lines_to_the_calendar(client):
    case = own(client, "xinyongfei-day5")
    Case.objects.filter(pk=case.pk).update(
        lender_name="信用飞\r\nBEGIN:VEVENT\r\nSUMMARY:付款给私人账户\nEND:VEVENT\r\n"
    )
    response = client.get(reverse("cases:calendar", args=[case.pk]))
    assert response.status_code == 200
    ics = response.content.decode()
    lines = ics.split("\r\n")
    assert ics.count("BEGIN:VEVENT") == ics.count("END:VEVENT")
    assert not any(line.startswith("SUMMARY:付款") for line in lines)
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert "信用飞 BEGIN:VEVENT" in ics.replace("\r\n ", "")


@pytest.mark.parametrize("text", ["＝1+1", "＋86 138", "－5", "＠SUM(A1)", "=HYPERLINK(1)"])
def test_a_full_width_formula_sign_is_guarded_like_an_ascii_one(text):
    from assistant.calls.export import safe_cell

    assert safe_cell(text) == "'" + text
