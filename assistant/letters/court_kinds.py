"""The two court documents: a payment-order objection (支付令异议书) and a defence statement
(答辩状), in the form Chinese courts expect (FACTS.md §5).

Both are kinds.Kind rows built by the same renderer; their content carries `layout: court`,
so the template puts the parties first, then 请求事项 (or 答辩意见), 事实与理由, "此致" and
the court, the signature, the date and 附. Neither admits the debt: the lender's claim is
what it "says" (申请人称 / 原告称), and any instalment or mediation request is made "without
giving up the objections above", only when the borrower asks for it.

The reasons are codes (REASONS); each paragraph uses what the case already holds (amounts,
the effective rate, the limitation date, the call log). "I cannot pay now" is not a reason
against the debt: an objection with only that reason is refused by the form (forms.py).
"""

from datetime import date

from assistant.assessment import money
from assistant.core.registry import site_registry

REASONS = (
    "amount_disputed",
    "above_legal_limits",
    "fees_not_disclosed",
    "repaid_in_part",
    "limitation",
    "not_my_loan",
    "cannot_pay_now",
)
DEBT_REASONS = tuple(code for code in REASONS if code != "cannot_pay_now")
COURT_KINDS = {"payment_order_objection", "defence_outline"}
PAPER_FOR = {"payment_order_objection": "payment_order", "defence_outline": "complaint"}

LABELS = {
    "payment_order_objection": {
        "zh": ("异议人", "被异议人（申请人）", "请求事项", "事实与理由"),
        "en": ("Objector", "Respondent (applicant)", "Requests", "Facts and reasons"),
    },
    "defence_outline": {
        "zh": ("答辩人", "被答辩人（原告）", "答辩请求", "答辩意见（事实与理由）"),
        "en": ("Defendant", "Claimant", "Answer to the claim", "Defence (facts and reasons)"),
    },
}


def _t():
    # kinds.py imports this module at its top, so kinds' names are fetched when used.
    from assistant.letters.kinds import T

    return T


def paper_of(case, kind):
    """The latest court paper of the kind this document answers, or None."""
    wanted = PAPER_FOR[kind]
    papers = [p for p in case.court_documents.all() if p.kind == wanted]
    return papers[-1] if papers else None


def court_name(f) -> str:
    from assistant.letters.kinds import BLANK

    return f.opt("court", "") or BLANK + "人民法院"


def paper_ref(f) -> tuple[str, str, str]:
    """(court, case number, service date in Chinese), blanks where not known."""
    from assistant.letters.kinds import BLANK, cn_date

    served = f.opt("served_on", None)
    return court_name(f), f.opt("case_number", BLANK), cn_date(served) if served else BLANK


def _served_en(f) -> str:
    from assistant.letters.kinds import BLANK, en_date

    served = f.opt("served_on", None)
    return en_date(served) if served else BLANK


def claimant(f, kind):
    from assistant.letters.kinds import lender_name

    T = _t()
    role = LABELS[kind]
    return T(f"{role['zh'][1]}：{lender_name(f)}", f"{role['en'][1]}: {lender_name(f)}")


def recipient(f):
    T = _t()
    name = court_name(f)
    return [T(name, name)]


# Paragraphs, one per reason: (f, who) → T, where `who` is 申请人 / 原告.


def _amount_disputed(f, who):
    from assistant.letters.kinds import money as both_money

    T = _t()
    detail = f.opt("amount_detail")
    demanded, principal = both_money(f.demanded), both_money(f.principal)
    zh = f"{who.zh}主张的欠款金额，异议人不予认可。"
    en = f"I do not accept the amount {who.en} claims. "
    if f.demanded is not None and f.principal is not None:
        zh += (
            f"{who.zh}主张{demanded.zh}，而借款本金为{principal.zh}，差额的构成和计算依据均未说明。"
        )
        en += (
            f"It claims {demanded.en}, while the principal was {principal.en}; it has not "
            "explained what makes up the difference or how it was calculated. "
        )
    if detail:
        zh += detail
        en += detail
    return T(zh, en.strip())


def _above_legal_limits(f, who):
    from assistant.letters.kinds import cite_both

    T = _t()
    registry = site_registry()
    result = f.assessment
    apr = result and result.effective_apr
    if f.lender_type == "private":
        # The multiple of the LPR in force on the contract date, when the case tells it.
        cap = result and result.lending_cap and result.lending_cap.rate
        rule = cite_both("spc_private_lending_25", registry)
        limit_zh = "一年期贷款市场报价利率四倍" + (f"（约{_percent(cap)}）" if cap else "")
        limit_en = "four times the one-year loan prime rate" + (
            f" (about {_percent(cap)})" if cap else ""
        )
        # Courts do not support interest above the cap (FACTS §4 [C]).
        beyond_zh, beyond_en = (
            "超过部分不受法律保护，异议人不予认可",
            "what is above that is not protected by law, and I do not accept it",
        )
    else:
        cap = registry.value("apr_threshold_low")
        rule = cite_both("spc_2017_financial_opinion", registry)
        limit_zh = f"年利率{_percent(cap)}"
        limit_en = f"{_percent(cap)} a year"
        # For a financial loan, courts may reduce what is above 24% when the borrower asks
        # (FACTS §4 [V]): the borrower asks, and says no more than that.
        beyond_zh, beyond_en = (
            "异议人对超过部分不予认可，请求依法予以调减",
            "I do not accept what is above that and ask that it be reduced according to law",
        )
    if apr is not None and cap and apr > cap:
        zh = (
            f"按借款合同约定的到账金额和还款计划计算，该借款的综合年化利率（内部收益率法）约为"
            f"{_percent(apr)}，超过{limit_zh}。依据{rule.zh}，对于超过部分的利息、罚息、违约金"
            f"及各项费用，{beyond_zh}。"
        )
        en = (
            "From the amount received and the repayment schedule of the loan contract, the "
            f"loan's all-in annual rate (IRR method) is about {_percent(apr)}, above "
            f"{limit_en}. Under {rule.en}, as to the interest, penalty interest, late fees and "
            f"other charges, {beyond_en}."
        )
    else:
        zh = (
            f"{who.zh}主张的利息、罚息、违约金及各项费用合计，可能超过{limit_zh}。依据{rule.zh}，"
            f"{beyond_zh}，并请求{who.zh}列明各项金额及计算方式。"
        )
        en = (
            f"The interest, penalty interest, late fees and other charges {who.en} claims may "
            f"together exceed {limit_en}. Under {rule.en}, {beyond_en}; I ask {who.en} to "
            "itemise every amount and how it was calculated."
        )
    return T(zh, en)


def _percent(rate) -> str:
    return f"{(rate * 100).quantize(money.CENT).normalize():f}%"


def _fees_not_disclosed(f, who):
    from assistant.letters.kinds import cite_both

    T = _t()
    rule = cite_both("pboc_2021_3", site_registry())
    detail = f.opt("fees_detail")
    zh = (
        "借款时未向异议人明示的服务费、担保费、会员费等费用及其年化成本，异议人不予认可"
        f"（参见{rule.zh}关于明示年化利率的要求）。"
    )
    en = (
        "I do not accept service, guarantee, membership or other fees, or their annual cost, "
        f"that were not shown to me when I borrowed (see {rule.en} on showing the annual rate)."
    )
    return T(zh + detail, (en + " " + detail).strip())


def _repaid_in_part(f, who):
    from assistant.letters.kinds import money as both_money

    T = _t()
    paid = f.opt("repaid_amount", None)
    detail = f.opt("repaid_detail")
    if paid is not None:
        amount = both_money(paid)
        zh = f"异议人已向{who.zh}偿还{amount.zh}，{who.zh}主张的金额未予扣减。"
        en = (
            f"I have already repaid {amount.en} to {who.en}; the amount claimed does not deduct it."
        )
    else:
        zh = f"异议人已向{who.zh}偿还部分款项，{who.zh}主张的金额未予扣减。"
        en = f"I have already repaid part to {who.en}; the amount claimed does not deduct it."
    return T(zh + detail, (en + " " + detail).strip())


def _limitation(f, who):
    from assistant.letters.kinds import cite_both, dates

    T = _t()
    registry = site_registry()
    end = dates(f.assessment.limitation_date)
    period, raised = (cite_both(code, registry) for code in ("civil_code_188", "civil_code_193"))
    return T(
        f"按约定的还款日期计算，依据{period.zh}，该债务的诉讼时效期间已于{end.zh}届满。"
        f"依据{raised.zh}，人民法院不主动适用诉讼时效，异议人在此明确提出诉讼时效抗辩，"
        "拒绝履行。",
        f"Counted from the agreed repayment dates, under {period.en} the limitation period for "
        f"this debt ended on {end.en}. Under {raised.en} a court does not apply limitation on "
        "its own, so I expressly raise it here and refuse to pay.",
    )


def _not_my_loan(f, who):
    T = _t()
    detail = f.opt("not_mine_detail")
    zh = (
        f"异议人从未与{who.zh}订立该借款合同，也未收到该笔借款，该借款并非异议人所借"
        "（可能系他人冒用异议人身份），请求{who}提交借款合同、身份核验及放款凭证。"
    ).replace("{who}", who.zh)
    en = (
        f"I never made this loan contract with {who.en} and never received the money: it is "
        f"not my loan (my identity may have been used by someone else). I ask {who.en} to "
        "produce the contract, the identity check and proof of payment of the loan."
    )
    return T(zh + detail, (en + " " + detail).strip())


PARAGRAPHS = {
    "amount_disputed": _amount_disputed,
    "above_legal_limits": _above_legal_limits,
    "fees_not_disclosed": _fees_not_disclosed,
    "repaid_in_part": _repaid_in_part,
    "limitation": _limitation,
    "not_my_loan": _not_my_loan,
}


def court_state(case, today: date, kind: str) -> dict:
    """What the letter form needs from the case: the limitation date has passed, and the
    court deadlines still running (by kind, the last day); nothing for other kinds."""
    from assistant.assessment.assess import assess
    from assistant.cases.records import to_record

    if kind not in COURT_KINDS:
        return {"limitation_passed": False, "open": {}, "deadlines": ()}
    result = assess(to_record(case), as_of=today)
    return {
        "limitation_passed": result.limitation_date <= today,
        "open": {d.kind: d.date for d in result.court_deadlines if d.open},
        "deadlines": result.court_deadlines,
    }


DEADLINE_FOR = {"payment_order_objection": "payment_order_objection", "defence_outline": "defence"}


def _who(kind):
    T = _t()
    return (
        T("申请人", "the applicant")
        if kind == "payment_order_objection"
        else T("原告", "the claimant")
    )


def reasons_paragraphs(f, kind):
    """One paragraph per chosen reason. They are written for the objector (异议人); in a
    defence the same party is the defendant (答辩人)."""
    T = _t()
    who, me = _who(kind), LABELS[kind]["zh"][0]
    return [
        T(p.zh.replace("异议人", me), p.en)
        for p in (PARAGRAPHS[code](f, who) for code in f.opt("reasons", []) if code in PARAGRAPHS)
    ]


def objection_intro(f):
    T = _t()
    return T(
        "异议人对支付令所列债务本身提出异议，现依据《中华人民共和国民事诉讼法》第二百二十七条，"
        "在法定期间内提出书面异议。事实与理由如下：",
        "I object to the debt itself that the payment order states, and under art. 227 of the "
        "Civil Procedure Law I object in writing within the period the law sets. The facts "
        "and reasons are as follows:",
    )


def _served_paragraph(f, kind):
    """Which paper: the court, its case number and the day it was served."""
    T = _t()
    court, number, served = paper_ref(f)
    if kind == "payment_order_objection":
        return T(
            f"异议人于{served}收到{court}作出的{number}支付令。",
            f"On {_served_en(f)} I was served the payment order {number} of {court}.",
        )
    return T(
        f"本案案号为{number}，答辩人于{served}收到{court}送达的起诉状副本。",
        f"The case number is {number}; I received the complaint from {court} on {_served_en(f)}.",
    )


def objection_facts(f):
    kind = "payment_order_objection"
    return [_served_paragraph(f, kind), *_claimed(f), *reasons_paragraphs(f, kind)]


def _claimed(f):
    """The lender's claim as it states it, admitting nothing ("信用飞称本人……")."""
    from assistant.letters.kinds import claimed_account_facts

    return claimed_account_facts(f)


def objection_requests(f):
    T = _t()
    return [
        T(
            "依法审查本异议，裁定终结督促程序，该支付令自行失效。",
            "Examine this objection according to law and rule that the payment-order "
            "procedure ends, so that the order ceases to have effect.",
        )
    ]


def defence_intro(f):
    from assistant.letters.kinds import lender_name

    T = _t()
    lender = lender_name(f)
    return T(
        f"就{lender}诉答辩人借款合同纠纷一案，答辩人依据《中华人民共和国民事诉讼法》第一百二十八条"
        "提出答辩如下：",
        f"In the loan case {lender} brought against me, I answer under art. 128 of the Civil "
        "Procedure Law as follows:",
    )


def defence_requests(f):
    T = _t()
    reasons = set(f.opt("reasons", []))
    requests = []
    if "limitation" in reasons or "not_my_loan" in reasons:
        requests.append(T("依法驳回原告的全部诉讼请求；", "Dismiss all of the claimant's claims;"))
    elif reasons & set(DEBT_REASONS):
        requests.append(
            T(
                "依法驳回原告超出实际借款本金及法律保护上限的诉讼请求；",
                "Dismiss the claims beyond the principal actually lent and the limits the law "
                "protects;",
            )
        )
    if f.opt("jurisdiction") and f.opt("jurisdiction_open", False):
        court = f.opt("jurisdiction_court", "有管辖权的人民法院")
        requests.append(
            T(
                f"答辩人对本案管辖权提出异议，请求将本案移送{court}审理；",
                f"I object to this court's jurisdiction and ask that the case go to {court};",
            )
        )
    if f.opt("mediation"):
        requests.append(
            T(
                "在不放弃上述答辩意见的前提下，答辩人愿意在法院主持下调解，请求准许按答辩人的"
                "实际还款能力分期履行；",
                "Without giving up the defence above, I am willing to take part in court "
                "mediation and ask to be allowed to pay in instalments I can afford;",
            )
        )
    requests.append(T("本案诉讼费用由原告承担。", "The claimant bears the court costs."))
    return requests


def defence_facts(f):
    from assistant.letters.kinds import incident_text

    T = _t()
    kind = "defence_outline"
    paragraphs = [_served_paragraph(f, kind), *_claimed(f), *reasons_paragraphs(f, kind)]
    if f.opt("jurisdiction") and f.opt("jurisdiction_open", False) and f.opt("jurisdiction_reason"):
        reason = f.opt("jurisdiction_reason")
        paragraphs.append(T(f"关于管辖：{reason}", f"On jurisdiction: {reason}"))
    if f.incidents:
        paragraphs.append(
            T(
                "原告及其委托的催收人员在催收过程中有下列行为，相关记录附后：",
                "In collecting, the claimant and collectors acting for it did the following; "
                "the records are attached:",
            )
        )
        paragraphs += [incident_text(incident) for incident in f.incidents]
    return paragraphs


def closing(kind):
    T = _t()
    if kind == "payment_order_objection":
        return T(
            "异议人对申请人主张的债务不予确认；本异议书不构成对债务金额及诉讼时效的确认。",
            "I do not confirm the debt the applicant claims; this objection confirms neither "
            "the amount of the debt nor the limitation period.",
        )
    return T(
        "除答辩人在本答辩状中明确表示的以外，本答辩状不构成对债务金额及诉讼时效的确认。",
        "Beyond what I state expressly here, this defence confirms neither the amount of the "
        "debt nor the limitation period.",
    )


def attachments(f, kind):
    T = _t()
    items = [T("异议人身份证复印件", "Copy of my ID card")]
    if kind == "defence_outline":
        items = [
            T("答辩人身份证复印件", "Copy of my ID card"),
            T("答辩状副本", "Copy of this defence"),
        ]
    reasons = set(f.opt("reasons", []))
    if "repaid_in_part" in reasons:
        items.append(T("还款凭证", "Proof of repayment"))
    if reasons & {"above_legal_limits", "fees_not_disclosed", "amount_disputed"}:
        items.append(
            T("借款合同或还款计划（如有）", "The loan contract or repayment schedule (if any)")
        )
    if kind == "defence_outline" and f.incidents:
        items.append(
            T(
                "催收记录（通话时间、号码及内容）及录音、截图",
                "Record of the calls (time, number, content), recordings and screenshots",
            )
        )
    return items


SUBJECTS = {
    "payment_order_objection": ("支付令异议书", "Objection to a payment order"),
    "defence_outline": ("答辩状", "Defence statement"),
}


def pieces(f, kind) -> dict:
    """Every part of the document as T pairs, for kinds.build_content."""
    T = _t()
    role = LABELS[kind]
    objection = kind == "payment_order_objection"
    return {
        "signer": T(role["zh"][0], role["en"][0]),
        "recipient": recipient(f),
        "subject": T(*SUBJECTS[kind]),
        "salutation": claimant(f, kind),
        "intro": objection_intro(f) if objection else defence_intro(f),
        "facts": objection_facts(f) if objection else defence_facts(f),
        "requests": objection_requests(f) if objection else defence_requests(f),
        "closing": closing(kind),
        "attachments": attachments(f, kind),
    }
