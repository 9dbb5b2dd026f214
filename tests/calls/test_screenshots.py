"""Proposals from the text boxes of a screenshot (no OCR here: the boxes are given)."""

import datetime

import pytest

from assistant.assessment.conduct import SHANGHAI
from assistant.calls.screenshots import Box, parse_time, propose

NOW = datetime.datetime(2026, 11, 21, 12, 0, tzinfo=SHANGHAI)


def at(month, day, hour, minute, year=2026):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def boxes(*texts):
    return [Box(text, top=index * 20, left=0) for index, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11-20 09:12", at(11, 20, 9, 12)),
        ("昨天 22:47", at(11, 20, 22, 47)),
        ("前天 08:00", at(11, 19, 8, 0)),
        ("11月19日 08:15", at(11, 19, 8, 15)),
        ("2026/11/18 21:58", at(11, 18, 21, 58)),
        ("周三 下午3:05", at(11, 18, 15, 5)),
        ("09:12", at(11, 21, 9, 12)),
        ("12-30 10:00", at(12, 30, 10, 0, year=2025)),  # no year, not in the future
    ],
)
def test_it_reads_the_times_phones_show(text, expected):
    assert parse_time(text, NOW) == expected


def test_it_reads_no_time_from_other_text():
    assert parse_time("你欠的8650元今晚必须结清", NOW) is None
    assert parse_time("13-45 10:00", NOW) is None


def test_an_sms_thread_gives_one_entry_per_message_with_its_suggestions():
    found = propose(
        boxes(
            "短信",
            "106905xxxx · 11-20 09:12",
            "您的借款已逾期35天,请于今日18点前处理,否则将联系",
            "您的紧急联系人。",
            "17088216630 · 11-20 22:47",
            "不然就爆你通讯录。",
        ),
        NOW,
    )
    assert [(p.at, p.channel, p.number) for p in found] == [
        (at(11, 20, 9, 12), "sms", "106905xxxx"),
        (at(11, 20, 22, 47), "sms", "17088216630"),
    ]
    assert found[0].text == "您的借款已逾期35天,请于今日18点前处理,否则将联系您的紧急联系人。"
    assert [s.code for s in found[0].suggestions] == ["threat_contact_third_party"]


def test_a_call_history_gives_one_entry_per_call():
    found = propose(
        boxes(
            "通话记录",
            "170 8821 6630",
            "昨天 22:47",
            "江苏南京·未接来电",
            "021-5093 8811",
            "昨天14:03",
            "上海·呼入3分42秒",
            "95188",
            "11月18日10:30",
            "客服热线·呼出6分10秒",
        ),
        NOW,
    )
    assert [(p.number, p.at, p.answered, p.duration_minutes, p.include) for p in found] == [
        ("17088216630", at(11, 20, 22, 47), False, None, True),
        ("02150938811", at(11, 20, 14, 3), True, 4, True),
        ("95188", at(11, 18, 10, 30), True, 6, False),  # their own call out: offered unticked
    ]
    assert {p.channel for p in found} == {"phone"}


def test_nothing_readable_proposes_nothing():
    assert propose(boxes("一张风景照", "没有时间"), NOW) == []
    assert propose([], NOW) == []
