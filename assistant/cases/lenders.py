"""Common lenders and the type each usually is. The borrower can always change the type."""

from assistant.cases.models import LenderType as T

# Name as borrowers write it -> lender type. Order is the order of the suggestions.
KNOWN_LENDERS = {
    "信用飞": T.ONLINE_PLATFORM,
    "极融": T.ONLINE_PLATFORM,
    "花呗": T.PAY_LATER,
    "借呗": T.MICROLOAN,
    "美团月付": T.PAY_LATER,
    "美团借钱": T.ONLINE_PLATFORM,
    "京东白条": T.PAY_LATER,
    "京东金条": T.ONLINE_PLATFORM,
    "微粒贷": T.BANK_LOAN,
    "分期乐": T.ONLINE_PLATFORM,
    "拍拍贷": T.ONLINE_PLATFORM,
    "360借条": T.ONLINE_PLATFORM,
    "度小满": T.ONLINE_PLATFORM,
    "安逸花": T.CONSUMER_FINANCE,
    "招联金融": T.CONSUMER_FINANCE,
    "马上消费金融": T.CONSUMER_FINANCE,
    "抖音月付": T.PAY_LATER,
    "银行信用卡": T.BANK_CARD,
    "招商银行信用卡": T.BANK_CARD,
    "建设银行信用卡": T.BANK_CARD,
    "工商银行信用卡": T.BANK_CARD,
    "交通银行信用卡": T.BANK_CARD,
    "浦发银行信用卡": T.BANK_CARD,
    "广发银行信用卡": T.BANK_CARD,
}

# Words inside a name that tell the type when the exact name is not known.
NAME_HINTS = (
    ("信用卡", T.BANK_CARD),
    ("银行", T.BANK_LOAN),
    ("消费金融", T.CONSUMER_FINANCE),
    ("小额贷款", T.MICROLOAN),
    ("小贷", T.MICROLOAN),
    ("月付", T.PAY_LATER),
)


def guess_lender_type(name):
    """The usual type for a lender name, or None when we cannot tell."""
    name = (name or "").strip()
    if name in KNOWN_LENDERS:
        return KNOWN_LENDERS[name]
    for hint, lender_type in NAME_HINTS:
        if hint in name:
            return lender_type
    return None


def hinted_type(name, chosen="", hinted=""):
    """(type, is_hint): what the lender-type radios show while the name is typed.

    The borrower's own choice stays: only while nothing is chosen, or what is chosen is the
    previous hint (`hinted`), may the name preselect a type. "" is "not sure"."""
    if chosen and chosen in T.values and chosen != hinted:
        return chosen, False
    return guess_lender_type(name) or "", True
