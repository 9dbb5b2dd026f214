"""The conduct reader: actions by the collector on someone, not words on their own."""

import pytest

from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.conduct_patterns import ROWS
from assistant.calls.suggester import count_of, read, suggest


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("一小时内结清，否则将联系身边人", ["threat_contact_third_party"]),
        ("通讯录被爆了", ["contacted_third_party", "disclosed_debt"]),
        ("授权专员到预留证件地上访", ["threat_visit"]),
        ("短信超过30条", ["repeated_calls"]),
    ],
)
def test_it_reads_the_issues_examples(text, codes):
    assert suggest(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "我家人生病住院，所以没能按时还款",
        "出借方可能会去法院起诉",
        "我在单位上班，不方便接电话",
        "我跟父母商量了一下",
        "我找朋友借了两千块先还上",
        "I told my parents about the loan myself",
    ],
)
def test_the_borrowers_own_situation_suggests_nothing(text):
    assert suggest(text) == []


@pytest.mark.parametrize(
    "text", ["对方没有说要联系我家人", "他没有骂人，也没有威胁", "They did not threaten my family"]
)
def test_a_negated_action_suggests_nothing(text):
    assert suggest(text) == []


def test_a_threat_and_what_happened_are_told_apart():
    assert suggest("说要联系你家人") == ["threat_contact_third_party"]
    assert suggest("已经联系了我的三个同事") == ["contacted_third_party"]
    assert suggest("说明天派人上门") == ["threat_visit"]
    assert suggest("昨天两个男的来我家敲门") == ["visited"]


def test_a_court_mentioned_is_not_a_fake_document_but_one_received_is():
    assert suggest("说下周会收到法院传票") == []
    assert suggest("他们发了一份法院传票的照片给我") == ["fake_documents"]


def test_counts_tell_a_flood_from_a_couple_of_calls():
    assert suggest("打了两次电话") == []
    assert suggest("给我发了100多条催收短信") == ["repeated_calls"]
    assert suggest("一上午打了5次电话") == ["repeated_calls"]
    assert suggest("They called me 40 times in one day") == ["repeated_calls"]


@pytest.mark.parametrize(
    ("number", "count"), [("30", 30), ("二十", 20), ("十几", 13), ("几十", 30), ("上百", 100)]
)
def test_it_counts_chinese_numbers(number, count):
    assert count_of(number) == count


def test_it_reads_english_case_insensitively():
    codes = suggest("He said the POLICE would have me arrested and they will visit your home")
    assert codes == ["threat_arrest", "threat_visit"]


def test_it_reads_full_width_text():
    assert suggest("ＰＯＬＩＣＥ ｗｉｌｌ ａｒｒｅｓｔ ｙｏｕ") == ["threat_arrest"]
    assert suggest("打了３０个电话") == ["repeated_calls"]


def test_it_says_which_words_suggested_each_code():
    (suggestion,) = read("一小时内结清，否则将联系身边人")
    assert suggestion.because == ("联系身边人",)


def test_it_suggests_nothing_for_a_calm_reminder_or_nothing():
    assert suggest("提醒还款，语气平和") == []
    assert suggest("a courteous reminder, no threats") == []
    assert suggest("") == []
    assert suggest(None) == []


def test_every_row_points_at_real_codes_and_says_what_it_is_for():
    for row in ROWS:
        assert set(row.codes) | set(row.threat or ()) <= set(REPORTED_CODES)
        assert row.comment
    assert {code for row in ROWS for code in row.codes} == set(REPORTED_CODES)
