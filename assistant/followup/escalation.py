"""The next step when an answer is late: the next channel, and a letter citing the first one.

The letter is a complaint to a regulator (letters kind `complaint_regulator`) whose "what you
already tried" paragraph is filled in from the item: where and when it was sent, its
reference number, the deadline the rule gave and that no answer (or a refusal) came. Letters
to Chinese institutions are in Chinese whatever the interface language (PRODUCT.md), so the
wording here is Chinese.
"""

from django.urls import reverse

from assistant.assessment import deadlines
from assistant.followup.models import Outcome, SentItem
from assistant.letters.kinds import cn_date

ESCALATION_KIND = "complaint_regulator"

CHANNEL_ZH = {
    "lender": "该机构的客户投诉渠道",
    "in_app": "该机构的应用内投诉渠道",
    "nfra_12378": "国家金融监督管理总局12378热线",
    "pboc_12363": "中国人民银行12363热线",
    "local_financial_regulator": "地方金融管理部门",
    "nifa": "中国互联网金融协会举报平台",
    "consumer_12315": "12315平台",
    "police_110": "公安机关",
    "court": "人民法院",
    "other": "书面方式",
}
ABOUT_ZH = {
    "complaint": "投诉",
    "credit_objection": "征信异议申请",
    "request": "书面申请",
}


def cites(item: SentItem, today=None) -> str:
    """The paragraph citing `item`: when, where, its reference, and the missing answer."""
    today = today or deadlines.today_in_shanghai()
    reference = f"（受理编号：{item.reference}）" if item.reference else ""
    text = (
        f"本人已于{cn_date(item.sent_on)}通过{CHANNEL_ZH[item.channel]}"
        f"提交{ABOUT_ZH[item.about]}{reference}"
    )
    if item.outcome == Outcome.REFUSED:
        answered = cn_date(item.reply_on) if item.reply_on else ""
        return f"{text}，该机构{answered}答复拒绝处理，问题至今未得到解决。"
    if item.outcome == Outcome.PARTLY:
        return f"{text}，该机构仅部分处理，问题至今未完全解决。"
    return f"{text}，截至{cn_date(today)}，本人未收到任何答复。"


def letter_initial(case, kind, item_pk) -> dict:
    """Pre-fill for a new `kind` letter that follows item `item_pk` of `case` (else nothing)."""
    text = str(item_pk or "")
    # ASCII digits only: "²" is a digit int() refuses, and so are more than 4300 digits.
    if kind != ESCALATION_KIND or not (text.isascii() and text.isdigit()) or len(text) > 18:
        return {}
    item = case.sent_items.filter(pk=int(text)).first()
    if item is None:
        return {}
    return {"tried_with_lender": cites(item)}


def letter_url(item) -> str:
    url = reverse("letters:new", args=[item.case_id, ESCALATION_KIND])
    return f"{url}?after={item.pk}"
