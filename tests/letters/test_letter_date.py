"""A letter is dated the day it is written in China, and counts its days overdue to that day."""

import time_machine

from assistant.letters.kinds import build_content
from tests.letters.conftest import make_letter, own, url
from tests.letters.test_pdf import pdf_text


def test_late_evening_utc_is_already_the_next_day_in_shanghai(client):
    case = own(client, "xinyongfei-day5")  # first missed 15 November; the file fixed as_of 20th
    with time_machine.travel("2026-11-30 23:30 +0000", tick=False):  # 1 December, 07:30 Beijing
        letter = make_letter(client, case, "hardship_deferral")

    text = pdf_text(client.get(url("pdf", letter.pk)).content)

    assert letter.latest().content["date"] == "2026-12-01"
    assert "截至2026年12月1日已逾期16天" in text
    assert text.rsplit("日期：", 1)[1].startswith("2026年12月1日")


def test_the_imported_as_of_does_not_set_the_days_overdue(client):
    case = own(client, "xinyongfei-day5")
    assert case.as_of.isoformat() == "2026-11-20"

    with time_machine.travel("2027-01-14 12:00 +0800", tick=False):
        content = build_content(case, "hardship_deferral", {})

    assert content["date"] == "2027-01-14"
    assert "截至2027年1月14日已逾期60天。" in content["facts"][0]
    assert (
        "as of 14 January 2027 the loan is 60 days overdue"
        in content["reading"][content["facts"][0]]
    )
