"""Phrases in what the borrower typed that hint at a conduct code (anxin.case/1 `conduct`).

A hint is only ever a suggestion: the borrower confirms each one before it is ticked. The table
is data, one (phrase, code) row each; adding a phrase is adding a row. Chinese phrases match
anywhere in the text; English ones match at the start of a word, case-insensitively, with an
optional -s/-ed/-ing ending ("arrest" matches "arrested" but not "prearrest").
"""

import re
import unicodedata

from assistant.assessment.conduct import REPORTED_CODES

PHRASES = (
    # Threats to tell family, employer, contacts.
    ("爆通讯录", "threat_contact_third_party"),
    ("通讯录", "threat_contact_third_party"),
    ("通知你家人", "threat_contact_third_party"),
    ("告诉你家人", "threat_contact_third_party"),
    ("联系你父母", "threat_contact_third_party"),
    ("联系我父母", "threat_contact_third_party"),
    ("找你家人", "threat_contact_third_party"),
    ("家人", "threat_contact_third_party"),
    ("父母", "threat_contact_third_party"),
    ("单位", "threat_contact_third_party"),
    ("领导", "threat_contact_third_party"),
    ("同事", "threat_contact_third_party"),
    ("紧急联系人", "threat_contact_third_party"),
    ("your family", "threat_contact_third_party"),
    ("your parents", "threat_contact_third_party"),
    ("your employer", "threat_contact_third_party"),
    ("your boss", "threat_contact_third_party"),
    ("your contacts", "threat_contact_third_party"),
    ("your colleagues", "threat_contact_third_party"),
    # They told other people, or exposed the debt.
    ("已经打给", "contacted_third_party"),
    ("打给你家人", "contacted_third_party"),
    ("群发", "disclosed_debt"),
    ("发朋友圈", "disclosed_debt"),
    ("曝光", "disclosed_debt"),
    ("expose", "disclosed_debt"),
    # Visits.
    ("上门", "threat_visit"),
    ("去你家", "threat_visit"),
    ("到你家", "threat_visit"),
    ("去你单位", "threat_visit"),
    ("visit your home", "threat_visit"),
    ("come to your home", "threat_visit"),
    ("come to your house", "threat_visit"),
    ("come to your work", "threat_visit"),
    ("来我家", "visited"),
    ("到我家", "visited"),
    ("came to my", "visited"),
    # Arrest, jail, criminal case.
    ("坐牢", "threat_arrest"),
    ("抓你", "threat_arrest"),
    ("公安", "threat_arrest"),
    ("立案", "threat_arrest"),
    ("刑事", "threat_arrest"),
    ("拘留", "threat_arrest"),
    ("判刑", "threat_arrest"),
    ("诈骗罪", "threat_arrest"),
    ("arrest", "threat_arrest"),
    ("jail", "threat_arrest"),
    ("prison", "threat_arrest"),
    ("police", "threat_arrest"),
    ("criminal", "threat_arrest"),
    # Documents that look official.
    ("律师函", "fake_documents"),
    ("传票", "fake_documents"),
    ("法院", "fake_documents"),
    ("起诉书", "fake_documents"),
    ("逮捕令", "fake_documents"),
    ("lawyer's letter", "fake_documents"),
    ("summons", "fake_documents"),
    ("court", "fake_documents"),
    ("warrant", "fake_documents"),
    # Pretending to be an authority (said of themselves).
    ("我是警察", "impersonation"),
    ("自称警察", "impersonation"),
    ("是警察", "impersonation"),
    ("是公安", "impersonation"),
    ("我是法官", "impersonation"),
    ("自称法官", "impersonation"),
    ("是法院的", "impersonation"),
    ("我是律师", "impersonation"),
    ("自称律师", "impersonation"),
    ("冒充", "impersonation"),
    ("claimed to be", "impersonation"),
    ("said he was a", "impersonation"),
    ("said she was a", "impersonation"),
    ("from the police", "impersonation"),
    ("from the court", "impersonation"),
    # Payment to a person.
    ("私人账户", "personal_account"),
    ("个人账户", "personal_account"),
    ("转到这个卡", "personal_account"),
    ("转到我卡", "personal_account"),
    ("私人卡", "personal_account"),
    ("personal account", "personal_account"),
    # Insults.
    ("骂", "insult"),
    ("傻", "insult"),
    ("废物", "insult"),
    ("不要脸", "insult"),
    ("老赖", "insult"),
    ("idiot", "insult"),
    ("stupid", "insult"),
    ("swore", "insult"),
    ("insult", "insult"),
    # Violence.
    ("弄死", "threat_violence"),
    ("打断", "threat_violence"),
    ("砍", "threat_violence"),
    ("kill", "threat_violence"),
    ("hurt you", "threat_violence"),
    # Who they are.
    ("不肯说", "refused_identity"),
    ("不告诉我名字", "refused_identity"),
    ("wouldn't say", "refused_identity"),
    ("refused to say", "refused_identity"),
    # Money beyond the contract.
    ("服务费", "unlawful_amount"),
    ("手续费", "unlawful_amount"),
    ("service fee", "unlawful_amount"),
    # Flooding.
    ("一直打", "repeated_calls"),
    ("轰炸", "repeated_calls"),
    ("again and again", "repeated_calls"),
)

_WORD_ENDING = r"(?:s|es|ed|d|ing)?\b"


def _pattern(phrase):
    if phrase.isascii():
        return re.compile(r"\b" + re.escape(phrase) + _WORD_ENDING, re.IGNORECASE)
    return re.compile(re.escape(phrase))


_PATTERNS = tuple((_pattern(phrase), code) for phrase, code in PHRASES)


def suggest(text):
    """Conduct codes that `text` hints at, in the order of the conduct table, each once."""
    text = unicodedata.normalize("NFKC", text or "").replace("’", "'")
    found = {code for pattern, code in _PATTERNS if pattern.search(text)}
    return [code for code in REPORTED_CODES if code in found]
