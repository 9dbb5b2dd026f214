"""The ten letter kinds: who each goes to, what it says and asks, built from the case.

A letter is data, never HTML: `build_content()` returns a dict of plain Chinese strings
(recipient lines, subject, salutation, intro, numbered facts, numbered requests, closing,
attachments, an optional instalment schedule) that is stored as a LetterVersion and
escaped by the template like any other user text. Letters to Chinese institutions are in
Chinese whatever the interface language, so the wording lives here, not in gettext.

Every piece of wording is a `T(zh, en)` pair: the Chinese that is sent and an English
reading copy for volunteers, side by side so they cannot drift apart. What the person
typed (names, call summaries, reasons) goes into both as typed. `build_content()` stores
the English beside the Chinese as `reading` (Chinese text → English), so a paragraph the
person later rewrites simply has no English and is shown as typed (documents.py).

Written from shared/legal/FACTS.md: formal and factual, requests rather than demands,
no promised outcome, nothing that tells anyone not to pay a lawful debt. Rules are cited
from the source registry (instrument + article); a letter that cites an unverified source
says "以官方文本为准" once, at its close (a formal letter with a caveat after every
citation reads as unsure of itself). Letters that are not meant to admit the debt
(NOT_ADMITTING: complaints, requests for details, stop-contact, credit objections) say
what the lender claims ("贵司称……") and that they confirm neither the amount nor the
limitation period (民法典 arts. 192, 195). Adding a kind is adding a row to KINDS.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from django.utils import timezone

from assistant.assessment.assess import assess, today_in_shanghai
from assistant.assessment.registry import default_registry
from assistant.cases.records import to_record
from assistant.core.registry import site_registry
from assistant.letters import court_kinds, hardship


class T(NamedTuple):
    """One piece of letter text: the Chinese that is sent, and its English reading copy."""

    zh: str
    en: str

    def format(self, **values):
        return T(self.zh.format(**values), self.en.format(**values))


def same(text: str) -> T:
    """Text the person typed: the same in both copies."""
    return T(text, text)


BLANK = "________"
UNVERIFIED = T(
    "文中所引部分规定，以官方文本为准。",
    "Some of the rules cited are to be checked against the official text.",
)
NOT_CONFIRMED = T(
    "本函不构成对债务金额及诉讼时效的确认。",
    "This letter confirms neither the amount of the debt nor the limitation period.",
)

LENDER_TYPES = {
    "bank_card": T("银行信用卡", "bank credit card"),
    "bank_loan": T("银行个人消费贷款", "bank personal consumer loan"),
    "online_platform": T("网络借贷平台", "online lending platform"),
    "consumer_finance": T("消费金融公司", "consumer finance company"),
    "microloan": T("小额贷款公司", "microloan company"),
    "pay_later": T("消费信贷（先用后付）产品", "consumer credit (buy now, pay later) product"),
    "private": T("个人或非持牌出借人", "private or unlicensed lender"),
    "other": T("其他机构", "other institution"),
}

CHANNELS = {
    "phone": T("电话", "phone"),
    "sms": T("短信", "text message"),
    "wechat": T("微信", "WeChat"),
    "app": T("应用内消息", "in-app message"),
    "visit": T("上门", "a visit"),
    "letter": T("信函", "letter"),
    "third_party": T("联系他人", "contacting other people"),
    "other": T("其他方式", "other means"),
}

# Essential costs by category (budget.CATEGORIES), as the hardship letters list them.
COSTS = {
    "housing": T("房租或房贷", "rent or mortgage"),
    "food": T("饮食", "food"),
    "transport": T("交通", "transport"),
    "children": T("子女抚养及教育", "children and education"),
    "medical": T("医疗", "medical costs"),
    "utilities": T("水电燃气及通讯", "water, power, gas and phone"),
    "other": T("其他必要支出", "other essentials"),
}

# What the conduct was, in the words of a formal complaint (codes: CASE_FORMAT.md).
CONDUCT = {
    "outside_hours": T(
        "在{end}至次日{start}之间进行催收联系",
        "contacting me for collection between {end} and {start} the next morning",
    ),
    "too_many_calls": T(
        "同一日内拨打催收电话的次数超出合理频次",
        "making more collection calls in one day than is reasonable",
    ),
    "threat_violence": T(
        "以伤害本人、家人或财产相威胁", "threatening harm to me, my family or my property"
    ),
    "threat_arrest": T(
        "声称本人将被公安机关抓捕、坐牢或已被刑事立案",
        "claiming I would be arrested or jailed, or that a criminal case had been opened",
    ),
    "threat_contact_third_party": T(
        "威胁联系本人的家人、工作单位或通讯录联系人",
        "threatening to contact my family, employer or contacts",
    ),
    "contacted_third_party": T(
        "联系本人的家人、工作单位或其他与债务无关的人员",
        "contacting my family, employer or other people unrelated to the debt",
    ),
    "disclosed_debt": T("向他人透露或公开本人的债务信息", "disclosing my debt to other people"),
    "threat_visit": T(
        "威胁到本人住所或工作单位上门催收", "threatening to visit my home or workplace"
    ),
    "visited": T("到本人住所或工作单位上门催收", "visiting my home or workplace to collect"),
    "insult": T("使用侮辱、谩骂等不文明语言", "using insulting or abusive language"),
    "impersonation": T(
        "冒充公安、法院、检察院、律师或政府机关人员",
        "pretending to be the police, a court, a procuratorate, a lawyer or a government official",
    ),
    "fake_documents": T(
        "发送伪造或仿冒的法院传票、律师函、逮捕令等文书",
        "sending forged court summonses, lawyer's letters, arrest warrants or similar documents",
    ),
    "refused_identity": T(
        "拒绝告知其姓名、所属机构及委托授权情况",
        "refusing to give their name, their organisation and their authorisation",
    ),
    "personal_account": T(
        "要求将款项转入个人账户或非官方账户",
        "asking for payment into a personal or unofficial account",
    ),
    "unlawful_amount": T(
        "索要合同约定以外的费用或金额", "demanding fees or amounts not provided for in the contract"
    ),
    "repeated_calls": T(
        "短时间内反复拨打电话，干扰本人正常生活",
        "calling repeatedly within a short time, disrupting my daily life",
    ),
}
THIRD_PARTY_CODES = {"threat_contact_third_party", "contacted_third_party", "disclosed_debt"}
CONTACTED_CODES = {"contacted_third_party", "disclosed_debt"}  # not only threatened

HARDSHIP = {
    "job_loss": T("本人失业，失去了主要收入来源", "I lost my job, my main source of income"),
    "income_drop": T("本人收入明显下降", "my income has fallen sharply"),
    "illness": T(
        "本人或家人患病、受伤，医疗支出增加",
        "I or a family member fell ill or was injured, and medical costs rose",
    ),
    "family_emergency": T("家庭发生变故", "my family went through an emergency"),
    "business_failure": T("本人经营失败", "my business failed"),
    "other": T("本人遇到其他经济困难", "I have other financial difficulties"),
}
EVIDENCE = {
    "job_loss": T(
        "离职证明或解除劳动合同通知书", "Proof of leaving the job or notice of dismissal"
    ),
    "income_drop": T("近期收入证明或工资流水", "Recent proof of income or salary statements"),
    "illness": T("病历、诊断证明或医疗费用单据", "Medical records, a diagnosis or medical bills"),
    "family_emergency": T("家庭变故的相关证明材料", "Documents showing the family emergency"),
    "business_failure": T(
        "停业、注销或经营亏损的相关证明",
        "Documents showing the business closed, was deregistered or made a loss",
    ),
    "other": T("经济困难的相关证明材料", "Documents showing the financial difficulty"),
}
# The Chinese alone, for the form's checks (forms.py).
EVIDENCE_ZH = {code: text.zh for code, text in EVIDENCE.items()}

# Regulators by lender type (FACTS.md §8). Banks and consumer-finance companies: the NFRA's
# local office (12378); pay-later credit is funded by consumer-finance companies; platform
# loans by the banks and companies behind them (the funder named in the contract).
# Microloan companies: the local financial regulator. 12363 takes no collection complaints.
NFRA = (
    T(
        f"国家金融监督管理总局{BLANK}监管局",
        f"NFRA {BLANK} Regulatory Bureau (the local office where the lender, or the funder "
        "named in the contract, is registered)",
    ),
    T("（金融消费者投诉热线12378）", "(financial consumer complaints line 12378)"),
)
# A private lender has no regulator: the police for violence, threats or illegal lending.
POLICE = (
    T(f"{BLANK}公安局（派出所）", f"{BLANK} Public Security Bureau (police station)"),
    T("（涉及暴力、威胁或非法放贷）", "(violence, threats or illegal lending)"),
)
LOCAL_REGULATOR = (
    T("贷款机构注册地的地方金融管理局", "Local financial regulator where the lender is registered"),
    T("（地方金融监督管理部门）", "(local financial supervision department)"),
)
REGULATORS = {
    "bank_card": NFRA,
    "bank_loan": NFRA,
    "consumer_finance": NFRA,
    "pay_later": NFRA,
    "online_platform": NFRA,
    "microloan": LOCAL_REGULATOR,
    "private": POLICE,
    "other": (
        T("当地市场监督管理部门", "Local market regulation administration"),
        T("（消费者投诉举报热线12315）", "(consumer complaints line 12315)"),
    ),
}
CREDIT_CENTRE = (
    T("中国人民银行征信中心", "Credit Reference Center of the People's Bank of China"),
    T("（征信异议受理）", "(credit report objections)"),
)

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def en_date(day: date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def dates(day: date) -> T:
    return T(cn_date(day), en_date(day))


def yuan(amount: Decimal | None) -> str:
    return BLANK if amount is None else f"人民币{amount:,.2f}元"


def yuan_en(amount: Decimal | None) -> str:
    return BLANK if amount is None else f"RMB {amount:,.2f}"


def money(amount: Decimal | None) -> T:
    return T(yuan(amount), yuan_en(amount))


def cite_both(source_id: str, registry=None) -> T:
    """《instrument》article (the caveat for an unverified source is added once per letter).

    Without `registry`, the shipped data: the kinds below cite at import time. Text built per
    letter passes site_registry(), so a volunteer's correction of a source shows there.
    """
    source = (registry or default_registry()).source(source_id)
    name = source.instrument if "《" in source.instrument else f"《{source.instrument}》"
    zh = name + (source.article or "")
    en = source.instrument_en + (f", {source.article_en}" if source.article_en else "")
    return T(zh, en)


def cites_unverified(texts, registry=None) -> bool:
    """Whether any of `texts` (Chinese) cites a source that is not verified."""
    registry = registry or default_registry()
    joined = "".join(texts)
    return any(
        not source.verified and cite(source.id, registry) in joined
        for source in registry.sources.values()
    )


def cite(source_id: str, registry=None) -> str:
    return cite_both(source_id, registry).zh


def join(texts, zh_sep: str, en_sep: str) -> T:
    texts = list(texts)
    return T(zh_sep.join(t.zh for t in texts), en_sep.join(t.en for t in texts))


@dataclass
class Facts:
    """What a letter may say, gathered once from the case, its assessment and the form."""

    lender: str
    lender_type: str
    product: str
    principal: Decimal | None
    demanded: Decimal | None
    first_missed: date
    as_of: date
    days_overdue: int
    incidents: list = field(default_factory=list)
    affordable: Decimal | None = None
    income: Decimal | None = None
    essential: Decimal | None = None
    other_debts: Decimal | None = None
    costs: dict = field(default_factory=dict)  # by category, when the budget form gave them
    contacts_reached: bool | None = None
    options: dict = field(default_factory=dict)
    assessment: object = None  # the case's Assessment on the letter's date

    def opt(self, name, default=""):
        value = self.options.get(name)
        return default if value in (None, "", []) else value

    def third_party_incidents(self) -> list:
        return [i for i in self.incidents if THIRD_PARTY_CODES & set(i["codes"])]


def gather(case, options: dict, today: date) -> Facts:
    """`today` is the letter's date: its days overdue are counted to it, even when the
    case (an imported file) fixed another `as_of`."""
    record = to_record(case)
    result = assess(record, as_of=today)
    registry = site_registry()
    start = registry.value("collection_window_start").strftime("%H:%M")
    end = registry.value("collection_window_end").strftime("%H:%M")
    calls = list(case.calls.all())
    by_call: dict[int, list] = {}
    for flag in result.flags:
        by_call.setdefault(flag.call, []).append(flag)
    incidents, seen = [], set()
    for index, flags in sorted(by_call.items(), key=lambda item: calls[item[0]].at):
        call = calls[index]
        # The same call saved twice (same minute, number and words) is cited once.
        same_call = (call.at.replace(second=0, microsecond=0), call.number, call.summary)
        if same_call in seen:
            continue
        seen.add(same_call)
        incidents.append(
            {
                "at": timezone.localtime(call.at),
                "channel": call.channel,
                "organisation": call.organisation,
                "collector": call.collector,
                "number": call.number,
                "summary": call.summary,
                "codes": [flag.code for flag in flags],
                "conduct": [CONDUCT[f.code].format(start=start, end=end) for f in flags],
                "rules": list(dict.fromkeys(rule for flag in flags for rule in flag.rules)),
            }
        )
    return Facts(
        lender=case.lender_name,
        lender_type=case.lender_type,
        product=case.product,
        principal=case.principal,
        demanded=case.amount_demanded,
        first_missed=case.first_missed_due_date,
        as_of=result.as_of,
        days_overdue=result.days_overdue,
        incidents=incidents,
        contacts_reached=case.contacts_reached,
        options=options,
        assessment=result,
        **_finances(case, result, options.get("budget")),
    )


def _finances(case, result, money) -> dict:
    """The budget typed in the letter form (budget.Budget), else the case's finances."""
    if money is None:
        return {
            "affordable": result.affordable_monthly,
            "income": case.monthly_income,
            "essential": case.essential_costs,
            "other_debts": case.other_debt_payments,
        }
    return {
        "affordable": money.affordable,
        "income": money.monthly_income,
        "essential": money.essential_costs,
        "other_debts": money.other_debt_payments,
        "costs": {key: amount for key, amount in money.costs.items() if amount},
    }


# Paragraph builders: each takes Facts and gives a list of paragraphs (T pairs).


def lender_name(f: Facts) -> str:
    return f.lender or BLANK


def loan_details(f: Facts) -> T:
    """ "，产品名称为…，借款本金为…": what the case knows of the loan, for either wording."""
    product = (
        T(f"，产品名称为“{f.product}”", f", product name “{f.product}”") if f.product else T("", "")
    )
    principal = (
        T(f"，借款本金为{yuan(f.principal)}", f", with a principal of {yuan_en(f.principal)}")
        if f.principal is not None
        else T("", "")
    )
    return T(product.zh + principal.zh, product.en + principal.en)


def account_facts(f: Facts) -> list[T]:
    lender, kind, loan = lender_name(f), LENDER_TYPES[f.lender_type], loan_details(f)
    first = T(
        f"本人在{lender}（{kind.zh}）处有一笔借款{loan.zh}。",
        f"I have a loan with {lender} ({kind.en}){loan.en}. ",
    )
    missed, as_of = dates(f.first_missed), dates(f.as_of)
    days = max(f.days_overdue, 0)
    overdue = T(
        f"本人自{missed.zh}起未能按期还款，截至{as_of.zh}已逾期{days}天。",
        f"I have not been able to pay on time since {missed.en}; as of {as_of.en} the loan "
        f"is {days} days overdue.",
    )
    demanded = (
        T(
            f"目前对方要求本人偿还{yuan(f.demanded)}。",
            f" They now ask me to repay {yuan_en(f.demanded)}.",
        )
        if f.demanded is not None
        else T("", "")
    )
    return [T(first.zh + overdue.zh + demanded.zh, first.en + overdue.en + demanded.en)]


def claimed_account_facts(f: Facts) -> list[T]:
    """The loan as the lender describes it: "贵司称……", admitting neither debt nor amount."""
    lender, kind, loan = lender_name(f), LENDER_TYPES[f.lender_type], loan_details(f)
    missed = dates(f.first_missed)
    demanded = (
        T(f"，并要求本人偿还{yuan(f.demanded)}", f", and asks me to repay {yuan_en(f.demanded)}")
        if f.demanded is not None
        else T("", "")
    )
    return [
        T(
            f"{lender}（{kind.zh}）称本人在其处有一笔借款{loan.zh}，"
            f"自{missed.zh}起逾期{demanded.zh}。",
            f"{lender} ({kind.en}) says that I have a loan with it{loan.en}, "
            f"overdue since {missed.en}{demanded.en}.",
        )
    ]


def credit_account(f: Facts) -> list[T]:
    """Which report and which account: never "I have been overdue N days", which would sink
    a "not my loan" or "already repaid" objection."""
    report, account = f.opt("report_number", BLANK), f.opt("account_id", BLANK)
    return [
        T(
            f"信用报告编号：{report}；所涉账户（信息提供者：{lender_name(f)}）的账户标识：{account}。",
            f"Credit report number: {report}; identifier of the account concerned (data "
            f"provider: {lender_name(f)}): {account}.",
        )
    ]


def card_objection(f: Facts) -> list[T]:
    """For a card debt: the cardholder's right to have an objection noted and checked."""
    if f.lender_type != "bank_card":
        return []
    rule = cite_both("card_measures_69", site_registry())
    return [
        T(
            f"依据{rule.zh}，持卡人对欠款有异议的，发卡银行应当记录并核实。"
            "本人对贵司所称欠款的金额及构成提出异议，请贵司予以记录并核实。",
            f"Under {rule.en}, the issuing bank must note and check a cardholder's objection to "
            "the debt. I object to the amount and make-up of the debt your company claims, and ask "
            "you to note and check this objection.",
        )
    ]


def incident_text(incident: dict) -> T:
    organisation = incident["organisation"]
    who = (
        T(f"自称“{organisation}”的人员", f"someone saying they were from “{organisation}”")
        if organisation
        else T("催收人员", "a collector")
    )
    details = []
    if incident["collector"]:
        details.append(
            T(f"自称{incident['collector']}", f"giving the name {incident['collector']}")
        )
    if incident["number"]:
        details.append(T(f"号码{incident['number']}", f"number {incident['number']}"))
    if details:
        more = join(details, "，", ", ")
        who = T(f"{who.zh}（{more.zh}）", f"{who.en} ({more.en})")
    at = incident["at"]
    when = dates(at.date())
    channel = CHANNELS.get(incident["channel"], CHANNELS["other"])
    summary = incident["summary"]
    said = T(f"，内容为：“{summary}”", f", saying: “{summary}”") if summary else T("", "")
    conduct = join(incident["conduct"], "；", "; ")
    # Two registry ids can cite the same clause (GB/T 45251-2025 §5.3): cite it once.
    rules = list(dict.fromkeys(cite_both(rule, site_registry()) for rule in incident["rules"]))
    zh = (
        f"{when.zh}{at:%H:%M}（北京时间），{who.zh}通过{channel.zh}联系本人{said.zh}。"
        f"该行为属于{conduct.zh}。"
    )
    en = (
        f"On {when.en} at {at:%H:%M} (Beijing time), {who.en} contacted me by "
        f"{channel.en}{said.en}. This was {conduct.en}."
    )
    if rules:
        # Laws and a recommended standard side by side: "规定或标准", not "规定" alone.
        cited = join(rules, "、", "; ")
        zh += f"本人认为，该行为不符合以下规定或标准：{cited.zh}。"
        en += f" In my view this does not comply with these rules or standards: {cited.en}."
    return T(zh, en)


NO_INCIDENTS = T(
    "本人暂未记录具体的催收事件。", "I have not yet recorded specific collection incidents."
)


def incidents(f: Facts) -> list[T]:
    if not f.incidents:
        return [NO_INCIDENTS]
    return [incident_text(incident) for incident in f.incidents]


CONTACTS_REACHED = T(
    "据本人了解，贵司或贵司委托的催收人员已就本人的借款联系了本人的家人、同事或通讯录中的其他人员。",
    "To my knowledge, your company or collectors acting for it have contacted my family, "
    "colleagues or other people in my contacts about my loan.",
)


def third_party_facts(f: Facts) -> list[T]:
    """Only what is known: the logged third-party incidents, else what the case says.

    With neither, nothing: the letter is then a preventive request (`third_party_situation`).
    """
    logged = f.third_party_incidents()
    paragraphs = [incident_text(incident) for incident in logged]
    contacted = any(CONTACTED_CODES & set(i["codes"]) for i in logged)
    if f.contacts_reached and not contacted:
        paragraphs.append(CONTACTS_REACHED)
    return paragraphs


def third_party_situation(f: Facts) -> str:
    """contacted (logged), threatened (only threats logged), reached (case facts) or preventive."""
    logged = f.third_party_incidents()
    if any(CONTACTED_CODES & set(i["codes"]) for i in logged):
        return "contacted"
    if f.contacts_reached:
        return "reached"
    if logged:
        return "threatened"
    return "preventive"


def tried_with_lender(f: Facts) -> list[T]:
    tried = f.opt("tried_with_lender")
    if tried:
        return [
            T(
                f"本人此前已向该机构反映上述问题：{tried}",
                f"I have already raised these matters with the lender: {tried}",
            )
        ]
    return [
        T(
            f"本人已于{BLANK}通过{BLANK}向该机构反映上述问题，处理结果：{BLANK}。",
            f"On {BLANK} I raised these matters with the lender by {BLANK}; the outcome was: "
            f"{BLANK}.",
        )
    ]


def credit_record(f: Facts) -> list[T]:
    record, reason, correction = (f.opt(k, BLANK) for k in ("record", "reason", "correction"))
    return [
        T(
            f"本人的个人信用报告中有以下记录：{record}",
            f"My personal credit report contains this record: {record}",
        ),
        T(
            f"本人认为该记录有误，理由是：{reason}",
            f"I believe this record is wrong because: {reason}",
        ),
        T(f"本人请求更正为：{correction}", f"I ask for it to be corrected to: {correction}"),
    ]


def hardship_reasons(f: Facts) -> list[T]:
    reasons = [HARDSHIP[code] for code in f.opt("hardship", []) if code in HARDSHIP]
    text = join(reasons, "；", "; ") if reasons else same(BLANK)
    detail = f.opt("hardship_detail")
    paragraphs = [
        T(
            f"本人目前遇到的困难：{text.zh}。" + (f"具体情况：{detail}" if detail else ""),
            f"The difficulties I face: {text.en}." + (f" In detail: {detail}" if detail else ""),
        )
    ]
    if f.income is not None:
        income, essential = money(f.income), money(f.essential or 0)
        other, affordable = money(f.other_debts or 0), money(f.affordable)
        split = [
            T(
                f"{COSTS[key].zh}{money(f.costs[key]).zh}",
                f"{COSTS[key].en} {money(f.costs[key]).en}",
            )
            for key in COSTS
            if key in f.costs
        ]
        detail = join(split, "、", ", ") if len(split) > 1 else T("", "")
        paragraphs.append(
            T(
                f"本人目前每月收入约{income.zh}，必要生活支出约{essential.zh}"
                + (f"（其中{detail.zh}）" if detail.zh else "")
                + f"，其他债务每月还款约{other.zh}，每月可用于还款的金额约为{affordable.zh}。",
                f"My monthly income is about {income.en}, essential living costs about "
                f"{essential.en}" + (f" ({detail.en})" if detail.en else "") + ", and "
                f"payments on other debts about {other.en} a month, which "
                f"leaves about {affordable.en} a month for repayment.",
            )
        )
    paragraphs.append(
        T(
            "本人并非恶意拖欠，愿意如实说明情况，并在能力范围内积极还款。",
            "I am not refusing to pay. I am willing to explain my situation truthfully and to "
            "repay as far as I am able.",
        )
    )
    return paragraphs


def plan_paragraphs(f: Facts) -> list[T]:
    schedule = f.opt("schedule")
    if not schedule:
        return []
    total, monthly = money(Decimal(schedule["total"])), money(Decimal(schedule["monthly"]))
    months = schedule["months"]
    zh = f"本人提出如下还款计划：剩余欠款{total.zh}，每月还款{monthly.zh}，共{months}期"
    en = f"I propose this repayment plan: the remaining {total.en}, paid at {monthly.en} a month "
    en += f"over {months} months"
    rows = schedule["rows"]
    if len(rows) > 1:
        last = money(Decimal(rows[-1]["amount"]))
        zh += f"，最后一期还款{last.zh}"
        en += f", the last payment being {last.en}"
    paragraphs = [T(zh + "（明细见下表）。", en + " (see the table below).")]
    margin = f.affordable - Decimal(schedule["monthly"]) if f.affordable else Decimal(0)
    if margin > 0:
        left = money(margin)
        paragraphs.append(
            T(
                f"该月还款额低于上述每月可用金额，留出约{left.zh}以应对意外支出，"
                "以确保本人能够按期履行。",
                f"This monthly payment is below what is left each month, keeping about "
                f"{left.en} for unexpected costs, so that I can keep to the plan.",
            )
        )
    return paragraphs


def deferral_paragraphs(f: Facts) -> list[T]:
    months = f.opt("deferral_months", 3)
    return [
        T(
            f"本人希望申请延期{months}个月还款，期间本人将努力恢复收入，并与贵司保持联系。",
            f"I ask to defer repayment by {months} months. During that time I will work to "
            "restore my income and stay in contact with your company.",
        )
    ]


def reduction_paragraphs(f: Facts) -> list[T]:
    lump = f.opt("lump_sum")
    if lump:
        amount = money(Decimal(lump))
        return [
            T(
                f"本人经多方筹措，可一次性偿还{amount.zh}，"
                "希望以此结清该笔借款，或在减免罚息、违约金及部分利息后结清。",
                f"With help from several sources I can pay {amount.en} in one sum, and hope to "
                "settle the loan with it, or to settle it after penalty interest, late fees and "
                "part of the interest are waived.",
            )
        ]
    return [
        T(
            "本人希望在减免罚息、违约金及部分利息后，按本人能力偿还剩余本金。",
            "I hope that penalty interest, late fees and part of the interest can be waived, "
            "so that I can repay the remaining principal as far as I am able.",
        )
    ]


def card_rule(f: Facts) -> list[T]:
    if f.lender_type != "bank_card":
        return []
    rule = cite_both("card_measures_70", site_registry())
    return [
        T(
            f"依据{rule.zh}，持卡人确有还款意愿但还款能力不足时，"
            "发卡银行可以与其协商个性化分期还款协议，最长期限不超过5年。",
            f"Under {rule.en}, when a cardholder is willing but unable to repay, the issuing "
            "bank may agree an individual instalment plan of up to 5 years.",
        )
    ]


# Requests per kind (numbered in the letter).

REPLY = T(
    "请在收到本函之日起15日内以书面形式答复本人处理结果。",
    "Please reply to me in writing with the outcome within 15 days of receiving this letter.",
)
STOP_PENALTY = T(
    "在还款计划执行期间暂停计收罚息、违约金及复利。",
    "Stop charging penalty interest, late fees and compound interest while the plan runs.",
)
PAUSE_COLLECTION = T(
    "在协商期间暂停催收，并以书面方式与本人沟通。",
    "Pause collection while we negotiate, and communicate with me in writing.",
)
IN_WRITING = T(
    "如同意本人的请求，请以书面形式确认具体方案，本人将按约履行。",
    "If you agree, please confirm the arrangement in writing; I will keep to it.",
)
ID_COPY = T("本人身份证复印件", "Copy of my ID card")
COLLECTION_RECORD = T(
    "催收记录（时间、号码及内容）", "Record of the collection contacts (time, number, content)"
)
MESSAGES_TO_OTHERS = T(
    "家人、同事等收到的信息截图",
    "Screenshots of messages received by family, colleagues and others",
)


def recipient_lender(f: Facts) -> list[T]:
    return [same(lender_name(f)), T("客户投诉处理部门", "Customer complaints department")]


def recipient_hardship(f: Facts) -> list[T]:
    """A hardship request asks for an arrangement: the desk that negotiates repayment."""
    return [
        same(lender_name(f)),
        T("还款协商（客户服务）部门", "Repayment negotiation (customer service) desk"),
    ]


def recipient_regulator(f: Facts) -> list[T]:
    chosen = f.opt("recipient")
    if chosen:
        return [same(chosen)]
    return list(REGULATORS[f.lender_type])


def recipient_credit(f: Facts) -> list[T]:
    lender = lender_name(f)
    return [
        *CREDIT_CENTRE,
        T(f"抄送：{lender}（信息提供者）", f"Copy to: {lender} (the data provider)"),
    ]


@dataclass(frozen=True)
class Kind:
    code: str
    recipient: Callable[[Facts], list[T]]
    salutation: T  # {recipient} is the first recipient line
    subject: T  # {lender}
    intro: T  # {lender}
    facts: tuple[Callable[[Facts], list[T]], ...]
    requests: tuple[T, ...]
    closing: T
    attachments: tuple[T, ...]
    signer: T = T("申请人", "Applicant")
    # Wording that depends on the case: `situation(facts)` names a key of `variants`,
    # whose entries replace the fields of the same name (intro, requests, attachments).
    situation: Callable[[Facts], str] | None = None
    variants: dict = field(default_factory=dict)

    def for_case(self, f: Facts) -> "Kind":
        if self.situation is None:
            return self
        return replace(self, **self.variants.get(self.situation(f), {}))


SALUTATION = T("{recipient}：", "To {recipient}:")
COMPLAINANT = T("投诉人", "Complainant")
BORROWER = T("本人是贵司的借款人。", "I am a borrower of your company. ")
# For the letters that must not admit the debt.
CLAIMED_BORROWER = T("贵司称本人是贵司的借款人。", "Your company says I am its borrower. ")
NOT_ADMITTING = {
    "complaint_lender",
    "complaint_regulator",
    "credit_objection",
    "debt_details_request",
    "stop_third_party_contact",
}
STOP_REQUESTS_AFTER = (
    T("不向任何第三人透露本人的债务信息；", "Do not disclose my debt to anyone else;"),
    T(
        "删除催收所不需要的本人通讯录等个人信息，并停止处理；",
        "Delete my contact list and other personal data not needed for collection, and stop "
        "processing it;",
    ),
    T("如需联系，请仅联系本人（联系电话见落款）；", "Contact only me (phone number below);"),
    REPLY,
)
KINDS = {
    kind.code: kind
    for kind in (
        Kind(
            code="complaint_lender",
            recipient=recipient_lender,
            salutation=SALUTATION,
            subject=T("关于催收行为的投诉", "Complaint about debt collection conduct"),
            intro=T(
                CLAIMED_BORROWER.zh
                + "现就贵司及贵司委托的催收人员近期的催收行为提出投诉，具体情况如下：",
                CLAIMED_BORROWER.en
                + "I complain about the recent conduct of your company and of the "
                "collectors acting for it. The details are as follows:",
            ),
            facts=(claimed_account_facts, card_objection, incidents),
            requests=(
                T(
                    "核查上述催收行为，并停止一切不符合规定的催收方式；",
                    "Investigate the conduct above and stop every collection practice that "
                    "breaks the rules;",
                ),
                T(
                    "如已委托第三方机构催收，请告知该机构的名称及委托授权情况，并对其行为负责管理；",
                    "If a third-party agency collects for you, tell me its name and "
                    "authorisation, and take responsibility for its conduct;",
                ),
                T(
                    "今后仅在合理时间、以合法方式与本人联系，不联系与债务无关的第三人；",
                    "In future contact me only at reasonable times and by lawful means, and do "
                    "not contact third parties unrelated to the debt;",
                ),
                REPLY,
            ),
            closing=T(
                "本人愿意就债务本身与贵司沟通协商。本函仅针对催收方式提出投诉，"
                "如未获妥善处理，本人将向有关监管部门反映。",
                "I am willing to discuss the debt itself with your company. This letter "
                "complains only about how it is collected; if it is not properly dealt with, "
                "I will report it to the relevant regulator.",
            ),
            attachments=(
                T(
                    "催收记录（通话时间、号码及内容）",
                    "Record of the calls (time, number, content)",
                ),
                T("通话录音、短信或聊天截图", "Call recordings, text messages or chat screenshots"),
                ID_COPY,
            ),
            signer=COMPLAINANT,
        ),
        Kind(
            code="complaint_regulator",
            recipient=recipient_regulator,
            salutation=SALUTATION,
            subject=T(
                "关于{lender}催收行为的投诉", "Complaint about the debt collection of {lender}"
            ),
            intro=T(
                "本人现就{lender}及其委托的催收人员的催收行为进行投诉，恳请贵单位依法予以处理。"
                "具体情况如下：",
                "I complain about the collection conduct of {lender} and of the collectors "
                "acting for it, and ask you to deal with it according to law. The details are "
                "as follows:",
            ),
            facts=(claimed_account_facts, incidents, tried_with_lender),
            requests=(
                T(
                    "依法督促该机构核查并纠正上述催收行为；",
                    "Require the lender to investigate and correct the conduct above;",
                ),
                T(
                    "督促该机构加强对其委托的催收机构的管理；",
                    "Require the lender to supervise the collection agencies it uses;",
                ),
                T("将处理结果告知本人。", "Tell me the outcome."),
            ),
            closing=T(
                "本人保证以上陈述属实，并愿意配合提供进一步材料。",
                "I confirm that the above is true and am willing to provide further material.",
            ),
            attachments=(
                T(
                    "催收记录（通话时间、号码及内容）",
                    "Record of the calls (time, number, content)",
                ),
                T("通话录音、短信或聊天截图", "Call recordings, text messages or chat screenshots"),
                T(
                    "向该机构投诉的记录或工单号",
                    "Record or ticket number of my complaint to the lender",
                ),
                ID_COPY,
            ),
            signer=COMPLAINANT,
        ),
        Kind(
            code="credit_objection",
            recipient=recipient_credit,
            salutation=SALUTATION,
            subject=T("个人信用报告异议申请", "Objection to a record in my personal credit report"),
            intro=T(
                f"依据{cite_both('credit_reg_25').zh}，本人对个人信用报告中由{{lender}}报送的"
                "一条记录提出异议，具体情况如下：",
                f"Under {cite_both('credit_reg_25').en}, I object to a record in my personal "
                "credit report reported by {lender}. The details are as follows:",
            ),
            facts=(credit_account, credit_record),
            requests=(
                T("对该记录进行异议标注；", "Mark the record as under objection;"),
                T("向信息提供者核查该记录；", "Check the record with the data provider;"),
                T("如核查确认有误，予以更正或删除；", "If it is wrong, correct or delete it;"),
                T(
                    "在收到异议之日起20日内将核查处理结果书面答复本人。",
                    "Reply to me in writing with the outcome within 20 days of receiving this "
                    "objection.",
                ),
            ),
            closing=T("本人保证以上陈述属实。", "I confirm that the above is true."),
            attachments=(
                ID_COPY,
                T("个人信用报告相关页", "The relevant pages of my credit report"),
                T(
                    "证明该记录有误的材料（如还款凭证、往来记录）",
                    "Documents showing the record is wrong (such as payment receipts or "
                    "correspondence)",
                ),
            ),
        ),
        Kind(
            code="debt_details_request",
            recipient=recipient_lender,
            salutation=SALUTATION,
            subject=T(
                "关于提供借款明细及催收授权情况的申请",
                "Request for the details of the debt and of the collectors' authorisation",
            ),
            intro=T(
                CLAIMED_BORROWER.zh + "为核实欠款金额并妥善处理还款事宜，现请求贵司提供以下信息：",
                CLAIMED_BORROWER.en
                + "To check the amount owed and deal with repayment properly, I "
                "ask your company for the following information:",
            ),
            facts=(claimed_account_facts, card_objection),
            requests=(
                T(
                    "欠款明细：本金、利息、罚息、违约金及各项费用，分别列明计算方式和期间，以及本人已还款项；",
                    "The itemised debt: principal, interest, penalty interest, late fees and "
                    "every other fee, each with how and over which period it was calculated, "
                    "and what I have already paid;",
                ),
                T(
                    "借款合同及相关协议的完整文本，以及按年化利率（IRR）计算的综合借款成本；",
                    "The full text of the loan contract and related agreements, and the total "
                    "cost of the loan as an annual rate (IRR);",
                ),
                T(
                    "如已委托第三方催收：催收机构的名称、联系方式、委托授权书及授权期限；",
                    "If a third party collects for you: its name and contact details, its "
                    "letter of authorisation and how long it runs;",
                ),
                T(
                    "如债权已转让：债权转让的证明及通知；",
                    "If the debt was sold: proof and notice of the transfer;",
                ),
                T(
                    f"依据{cite_both('pipl_44_47').zh}，提供贵司处理的本人个人信息的副本；",
                    f"Under {cite_both('pipl_44_47').en}, a copy of the personal data about me "
                    "that your company processes;",
                ),
                REPLY,
            ),
            closing=T(
                "在收到上述信息前，请仅通过书面方式与本人沟通。",
                "Until I receive this information, please communicate with me only in writing.",
            ),
            attachments=(ID_COPY,),
        ),
        Kind(
            code="stop_third_party_contact",
            recipient=recipient_lender,
            salutation=SALUTATION,
            subject=T("关于停止联系第三人的要求", "Request to stop contacting other people"),
            # Replaced by the variant that fits the case (third_party_situation).
            intro=T("", ""),
            facts=(claimed_account_facts, third_party_facts),
            requests=(
                T(
                    "立即停止联系本人的家人、工作单位、通讯录联系人及其他与债务无关的人员；",
                    "Stop at once contacting my family, employer, contacts and anyone else "
                    "unrelated to the debt;",
                ),
                *STOP_REQUESTS_AFTER,
            ),
            closing=T(
                f"依据{cite_both('civil_code_1033').zh}、{cite_both('pipl_10').zh}及"
                f"{cite_both('pipl_44_47').zh}，本人享有隐私权及个人信息权益。"
                "本人愿意就债务与贵司直接沟通。",
                f"Under {cite_both('civil_code_1033').en}, {cite_both('pipl_10').en} and "
                f"{cite_both('pipl_44_47').en}, I have rights to privacy and over my personal "
                "information. I am willing to discuss the debt directly with your company.",
            ),
            attachments=(COLLECTION_RECORD, MESSAGES_TO_OTHERS, ID_COPY),
            situation=third_party_situation,
            variants={
                "contacted": {
                    "intro": T(
                        CLAIMED_BORROWER.zh + "近期，贵司或贵司委托的催收人员联系了本人以外的人员，"
                        "对本人及他人的生活造成了干扰，具体情况如下：",
                        CLAIMED_BORROWER.en + "Recently your company, or collectors acting for it, "
                        "contacted people other than me, disturbing my life and theirs. The "
                        "details are as follows:",
                    ),
                },
                "threatened": {
                    "intro": T(
                        CLAIMED_BORROWER.zh + "近期，贵司或贵司委托的催收人员以联系本人的家人、"
                        "工作单位或通讯录联系人相威胁，对本人的生活造成了干扰，具体情况如下：",
                        CLAIMED_BORROWER.en + "Recently your company, or collectors acting for it, "
                        "threatened to contact my family, employer or contacts, disturbing my "
                        "life. The details are as follows:",
                    ),
                    "attachments": (
                        COLLECTION_RECORD,
                        T(
                            "通话录音、短信或聊天截图",
                            "Call recordings, text messages or chat screenshots",
                        ),
                        ID_COPY,
                    ),
                },
                "reached": {
                    "intro": T(
                        CLAIMED_BORROWER.zh + "据本人了解，贵司或贵司委托的催收人员已就本人的借款"
                        "联系了本人以外的人员，对本人及他人的生活造成了干扰，具体情况如下：",
                        CLAIMED_BORROWER.en + "To my knowledge your company, or collectors acting "
                        "for it, have contacted people other than me about my loan, disturbing "
                        "my life and theirs. The details are as follows:",
                    ),
                    "attachments": (
                        T(
                            "家人、同事等收到的信息截图（如有）",
                            "Screenshots of messages received by family, colleagues and "
                            "others (if any)",
                        ),
                        ID_COPY,
                    ),
                },
                "preventive": {
                    "intro": T(
                        CLAIMED_BORROWER.zh + "为避免在催收过程中联系与债务无关的人员，"
                        "本人特此提前提出以下要求。本人的借款情况如下：",
                        CLAIMED_BORROWER.en + "So that people unrelated to the debt are not "
                        "contacted during collection, I make the following requests in "
                        "advance. My loan is as follows:",
                    ),
                    "requests": (
                        T(
                            "不联系本人的家人、工作单位、通讯录联系人及其他与债务无关的人员；",
                            "Do not contact my family, employer, contacts or anyone else "
                            "unrelated to the debt;",
                        ),
                        *STOP_REQUESTS_AFTER,
                    ),
                    "attachments": (ID_COPY,),
                },
            },
        ),
        Kind(
            code="hardship_instalments",
            recipient=recipient_hardship,
            salutation=SALUTATION,
            subject=T("个性化分期还款申请", "Request for an individual instalment plan"),
            intro=T(
                BORROWER.zh
                + "因遇到经济困难，暂时无法按原计划还款，现申请分期还款，具体情况如下：",
                BORROWER.en + "Because of financial hardship I cannot repay on the original "
                "schedule for now, and I ask to repay in instalments. The details are as "
                "follows:",
            ),
            facts=(account_facts, hardship_reasons, card_rule, plan_paragraphs),
            requests=(
                T("同意按上述还款计划分期偿还；", "Agree to repayment by the plan above;"),
                STOP_PENALTY,
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing=T(
                "本人将按约定按时还款，如情况好转，愿意提前还款。恳请贵司予以考虑。",
                "I will pay on time as agreed, and pay early if my situation improves. I ask "
                "you to consider this request.",
            ),
            attachments=(
                ID_COPY,
                T("收入及支出情况说明", "Statement of my income and spending"),
            ),
        ),
        Kind(
            code="hardship_deferral",
            recipient=recipient_hardship,
            salutation=SALUTATION,
            subject=T("延期还款申请", "Request to defer repayment"),
            intro=T(
                BORROWER.zh + "因遇到经济困难，暂时无法按期还款，现申请延期还款，具体情况如下：",
                BORROWER.en + "Because of financial hardship I cannot repay on time for now, "
                "and I ask to defer repayment. The details are as follows:",
            ),
            facts=(account_facts, hardship_reasons, deferral_paragraphs),
            requests=(
                T("同意本人延期还款；", "Agree to defer my repayment;"),
                T(
                    "在延期期间暂停计收罚息、违约金及复利；",
                    "Stop charging penalty interest, late fees and compound interest during the "
                    "deferral;",
                ),
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing=T(
                "延期届满后，本人愿意与贵司协商后续还款安排。恳请贵司予以考虑。",
                "When the deferral ends I am willing to agree the further repayment with your "
                "company. I ask you to consider this request.",
            ),
            attachments=(ID_COPY,),
        ),
        Kind(
            code="hardship_reduction",
            recipient=recipient_hardship,
            salutation=SALUTATION,
            subject=T("减免罚息及费用申请", "Request to waive penalty interest and fees"),
            intro=T(
                BORROWER.zh + "因遇到经济困难，无力偿还全部欠款，现申请减免部分罚息及费用，"
                "具体情况如下：",
                BORROWER.en + "Because of financial hardship I cannot repay the whole debt, "
                "and I ask for part of the penalty interest and fees to be waived. The details "
                "are as follows:",
            ),
            facts=(account_facts, hardship_reasons, reduction_paragraphs),
            requests=(
                T(
                    "减免罚息、违约金及相关费用；",
                    "Waive penalty interest, late fees and related fees;",
                ),
                T("减免部分利息；", "Waive part of the interest;"),
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing=T(
                "本人愿意在能力范围内尽快还款。恳请贵司予以考虑。",
                "I am willing to repay as soon as I can within my means. I ask you to "
                "consider this request.",
            ),
            attachments=(ID_COPY, T("欠款明细或账单", "Statement or bill of the debt")),
        ),
        # The court documents: every part comes from court_kinds.pieces().
        *(
            Kind(
                code=code,
                recipient=court_kinds.recipient,
                salutation=T("", ""),
                subject=T(*court_kinds.SUBJECTS[code]),
                intro=T("", ""),
                facts=(),
                requests=(),
                closing=T("", ""),
                attachments=(),
            )
            for code in ("payment_order_objection", "defence_outline")
        ),
    )
}

HARDSHIP_KINDS = {"hardship_instalments", "hardship_deferral", "hardship_reduction"}


def limitation_may_have_passed(case, kind: str, today: date | None = None) -> bool:
    """A hardship letter acknowledges the debt, which restarts the limitation period and,
    once it has run, gives up the limitation defence (民法典 arts. 192, 195). The date shown
    is "if nothing interrupted it": the borrower is warned, and may go on."""
    if kind not in HARDSHIP_KINDS:
        return False
    today = today or today_in_shanghai()
    return assess(to_record(case), as_of=today).limitation_date <= today


def recipient_lines(kind: str, case, options: dict) -> list[str]:
    f = Facts(
        lender=case.lender_name,
        lender_type=case.lender_type,
        product="",
        principal=None,
        demanded=None,
        first_missed=case.first_missed_due_date,
        as_of=case.first_missed_due_date,
        days_overdue=0,
        options=options,
    )
    return [line.zh for line in KINDS[kind].recipient(f)]


def build_content(case, kind: str, options: dict, today: date | None = None) -> dict:
    """The letter as plain data (stored as LetterVersion.content).

    Every field holds the Chinese; `reading` maps each Chinese string we wrote to its
    English reading copy (text the person typed maps to itself or is left out).
    """
    today = today or today_in_shanghai()
    f = gather(case, options, today)
    spec = KINDS[kind].for_case(f)
    lender = lender_name(f)
    recipient = spec.recipient(f)
    attachments = list(spec.attachments)
    if kind in HARDSHIP_KINDS:
        attachments += [EVIDENCE[c] for c in f.opt("hardship", []) if c in EVIDENCE]
    known = {a.zh for a in attachments}
    attachments += [same(line) for line in f.opt("evidence", []) if line not in known]
    pieces = {
        "signer": spec.signer,
        "recipient": recipient,
        "subject": spec.subject.format(lender=lender),
        "salutation": T(
            spec.salutation.zh.format(recipient=recipient[0].zh),
            spec.salutation.en.format(recipient=recipient[0].en),
        ),
        "intro": spec.intro.format(lender=lender),
        "facts": [p for builder in spec.facts for p in builder(f)],
        "requests": punctuated(spec.requests),
        "closing": spec.closing,
        "attachments": attachments,
    }
    if kind in court_kinds.COURT_KINDS:
        pieces.update(court_kinds.pieces(f, kind))
        pieces["attachments"] += [same(line) for line in f.opt("evidence", [])]
    if kind in NOT_ADMITTING:
        pieces["closing"] = join([pieces["closing"], NOT_CONFIRMED], "", " ")
    written = [
        t.zh for value in pieces.values() for t in (value if isinstance(value, list) else [value])
    ]
    if cites_unverified(written, site_registry()):
        pieces["closing"] = join([pieces["closing"], UNVERIFIED], "", " ")
    reading = {}
    for value in pieces.values():
        for text in value if isinstance(value, list) else [value]:
            if text.zh and text.en != text.zh:
                reading[text.zh] = text.en
    return {
        "kind": kind,
        "date": today.isoformat(),
        "sender": {
            key: options.get(f"sender_{key}", "") or ""
            for key in ("name", "id_number", "phone", "address")
        },
        **{
            key: [t.zh for t in value] if isinstance(value, list) else value.zh
            for key, value in pieces.items()
        },
        "schedule": f.opt("schedule", None),
        "reading": reading,
        **({"layout": "court"} if kind in court_kinds.COURT_KINDS else {}),
    }


def punctuated(requests) -> list[T]:
    """Numbered requests read as one list: each ends with "；" and the last with "。"."""
    requests = list(requests)
    ends = "；。;.，, "
    return [
        T(
            r.zh.rstrip(ends) + ("。" if i == len(requests) - 1 else "；"),
            r.en.rstrip(ends) + ("." if i == len(requests) - 1 else ";"),
        )
        for i, r in enumerate(requests)
    ]


def schedule_data(schedule: hardship.Schedule) -> dict:
    """A schedule as JSON-ready data for the letter."""
    return {
        "total": str(schedule.total),
        "monthly": str(schedule.monthly),
        "months": schedule.months,
        "rows": [
            {"first": r.first, "last": r.last, "amount": str(r.amount)} for r in schedule.rows
        ],
    }
