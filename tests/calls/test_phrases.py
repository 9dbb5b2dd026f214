from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.phrases import PHRASES, suggest


def test_it_suggests_third_party_threats_from_chinese_words():
    assert suggest("说今晚不还就爆通讯录，联系你父母和单位") == ["threat_contact_third_party"]


def test_it_suggests_arrest_and_visit_together_in_conduct_order():
    assert suggest("说明天上门，不还就立案让你坐牢") == ["threat_arrest", "threat_visit"]


def test_it_suggests_fake_documents_from_a_lawyers_letter():
    assert "fake_documents" in suggest("他们发了律师函，说下周收到法院传票")


def test_it_suggests_a_personal_account_and_insults():
    assert suggest("让我转到这个卡，还骂我傻") == ["insult", "personal_account"]


def test_it_suggests_impersonation_when_they_claim_to_be_police():
    assert "impersonation" in suggest("对方自称警察")


def test_it_understands_english_case_insensitively_with_word_endings():
    codes = suggest("He said the POLICE would have me arrested and they will visit your home")
    assert codes == ["threat_arrest", "threat_visit"]


def test_it_does_not_match_english_words_inside_other_words():
    assert suggest("a courteous reminder, no threats") == []


def test_it_reads_full_width_text():
    assert suggest("ＰＯＬＩＣＥ") == ["threat_arrest"]


def test_it_suggests_nothing_for_a_calm_reminder():
    assert suggest("提醒还款，语气平和") == []
    assert suggest("") == []
    assert suggest(None) == []


def test_every_phrase_points_at_a_real_conduct_code():
    assert {code for _phrase, code in PHRASES} <= set(REPORTED_CODES)
