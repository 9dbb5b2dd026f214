"""The eight letter kinds: who each goes to, what it says and asks, built from the case.

A letter is data, never HTML: `build_content()` returns a dict of plain Chinese strings
(recipient lines, subject, salutation, intro, numbered facts, numbered requests, closing,
attachments, an optional instalment schedule) that is stored as a LetterVersion and
escaped by the template like any other user text. Letters to Chinese institutions are in
Chinese whatever the interface language, so the wording lives here, not in gettext.

Written from shared/legal/FACTS.md: formal and factual, requests rather than demands,
no promised outcome, nothing that tells anyone not to pay a lawful debt. Rules are cited
from the source registry (instrument + article); unverified sources carry
"以官方文本为准". Adding a kind is adding a row to KINDS.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone

from assistant.assessment.assess import assess
from assistant.assessment.registry import default_registry
from assistant.cases.records import to_record
from assistant.letters import hardship

BLANK = "________"
UNVERIFIED = "（以官方文本为准）"

LENDER_TYPES_ZH = {
    "bank_card": "银行信用卡",
    "bank_loan": "银行个人消费贷款",
    "online_platform": "网络借贷平台",
    "consumer_finance": "消费金融公司",
    "microloan": "小额贷款公司",
    "pay_later": "消费信贷（先用后付）产品",
    "private": "个人或非持牌出借人",
    "other": "其他机构",
}

CHANNELS_ZH = {
    "phone": "电话",
    "sms": "短信",
    "wechat": "微信",
    "app": "应用内消息",
    "visit": "上门",
    "letter": "信函",
    "third_party": "联系他人",
    "other": "其他方式",
}

# What the conduct was, in the words of a formal complaint (codes: CASE_FORMAT.md).
CONDUCT_ZH = {
    "outside_hours": "在{end}至次日{start}之间进行催收联系",
    "too_many_calls": "同一日内拨打催收电话的次数超出合理频次",
    "threat_violence": "以伤害本人、家人或财产相威胁",
    "threat_arrest": "声称本人将被公安机关抓捕、坐牢或已被刑事立案",
    "threat_contact_third_party": "威胁联系本人的家人、工作单位或通讯录联系人",
    "contacted_third_party": "联系本人的家人、工作单位或其他与债务无关的人员",
    "disclosed_debt": "向他人透露或公开本人的债务信息",
    "threat_visit": "威胁到本人住所或工作单位上门催收",
    "visited": "到本人住所或工作单位上门催收",
    "insult": "使用侮辱、谩骂等不文明语言",
    "impersonation": "冒充公安、法院、检察院、律师或政府机关人员",
    "fake_documents": "发送伪造或仿冒的法院传票、律师函、逮捕令等文书",
    "refused_identity": "拒绝告知其姓名、所属机构及委托授权情况",
    "personal_account": "要求将款项转入个人账户或非官方账户",
    "unlawful_amount": "索要合同约定以外的费用或金额",
    "repeated_calls": "短时间内反复拨打电话，干扰本人正常生活",
}
THIRD_PARTY_CODES = {"threat_contact_third_party", "contacted_third_party", "disclosed_debt"}

HARDSHIP_ZH = {
    "job_loss": "本人失业，失去了主要收入来源",
    "income_drop": "本人收入明显下降",
    "illness": "本人或家人患病、受伤，医疗支出增加",
    "family_emergency": "家庭发生变故",
    "business_failure": "本人经营失败",
    "other": "本人遇到其他经济困难",
}
EVIDENCE_ZH = {
    "job_loss": "离职证明或解除劳动合同通知书",
    "income_drop": "近期收入证明或工资流水",
    "illness": "病历、诊断证明或医疗费用单据",
    "family_emergency": "家庭变故的相关证明材料",
    "business_failure": "停业、注销或经营亏损的相关证明",
    "other": "经济困难的相关证明材料",
}

# Regulators by lender type (FACTS.md §8). Banks and consumer-finance companies: the NFRA
# (12378); pay-later credit is funded by consumer-finance companies; platform loans by the
# banks and companies behind them. Microloan companies: the local financial regulator.
NFRA = ("国家金融监督管理总局", "（金融消费者投诉热线12378）")
LOCAL_REGULATOR = ("贷款机构注册地的地方金融管理局", "（地方金融监督管理部门）")
REGULATORS = {
    "bank_card": NFRA,
    "bank_loan": NFRA,
    "consumer_finance": NFRA,
    "pay_later": NFRA,
    "online_platform": NFRA,
    "microloan": LOCAL_REGULATOR,
    "private": LOCAL_REGULATOR,
    "other": ("当地市场监督管理部门", "（消费者投诉举报热线12315）"),
}
CREDIT_CENTRE = ("中国人民银行征信中心", "（征信异议受理）")


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def yuan(amount: Decimal | None) -> str:
    return BLANK if amount is None else f"人民币{amount:,.2f}元"


def cite(source_id: str, registry=None) -> str:
    """《instrument》article, with the caveat when the source is not verified."""
    source = (registry or default_registry()).source(source_id)
    name = source.instrument if "《" in source.instrument else f"《{source.instrument}》"
    text = name + (source.article or "")
    return text + ("" if source.verified else UNVERIFIED)


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
    options: dict = field(default_factory=dict)

    def opt(self, name, default=""):
        value = self.options.get(name)
        return default if value in (None, "", []) else value


def gather(case, options: dict) -> Facts:
    record = to_record(case)
    result = assess(record)
    registry = default_registry()
    start = registry.value("collection_window_start").strftime("%H:%M")
    end = registry.value("collection_window_end").strftime("%H:%M")
    calls = list(case.calls.all())
    by_call: dict[int, list] = {}
    for flag in result.flags:
        by_call.setdefault(flag.call, []).append(flag)
    incidents = []
    for index, flags in sorted(by_call.items(), key=lambda item: calls[item[0]].at):
        call = calls[index]
        incidents.append(
            {
                "at": timezone.localtime(call.at),
                "channel": call.channel,
                "organisation": call.organisation,
                "collector": call.collector,
                "number": call.number,
                "summary": call.summary,
                "codes": [flag.code for flag in flags],
                "conduct": [CONDUCT_ZH[f.code].format(start=start, end=end) for f in flags],
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
        affordable=result.affordable_monthly,
        income=case.monthly_income,
        essential=case.essential_costs,
        other_debts=case.other_debt_payments,
        options=options,
    )


# Paragraph builders: each takes Facts and gives a list of paragraphs (plain strings).


def lender_name(f: Facts) -> str:
    return f.lender or BLANK


def account_facts(f: Facts) -> list[str]:
    product = f"，产品名称为“{f.product}”" if f.product else ""
    principal = f"，借款本金为{yuan(f.principal)}" if f.principal is not None else ""
    first = (
        f"本人在{lender_name(f)}（{LENDER_TYPES_ZH[f.lender_type]}）处有一笔借款{product}"
        f"{principal}。"
    )
    overdue = (
        f"本人自{cn_date(f.first_missed)}起未能按期还款，截至{cn_date(f.as_of)}已逾期"
        f"{max(f.days_overdue, 0)}天。"
    )
    demanded = f"目前对方要求本人偿还{yuan(f.demanded)}。" if f.demanded is not None else ""
    return [first + overdue + demanded]


def incident_text(incident: dict) -> str:
    who = f"自称“{incident['organisation']}”的人员" if incident["organisation"] else "催收人员"
    details = []
    if incident["collector"]:
        details.append(f"自称{incident['collector']}")
    if incident["number"]:
        details.append(f"号码{incident['number']}")
    if details:
        who += f"（{'，'.join(details)}）"
    at = incident["at"]
    said = f"，内容为：“{incident['summary']}”" if incident["summary"] else ""
    # Two registry ids can cite the same clause (GB/T 45251-2025 §5.3): cite it once.
    rules = "、".join(dict.fromkeys(cite(rule) for rule in incident["rules"]))
    text = (
        f"{cn_date(at.date())}{at:%H:%M}（北京时间），{who}通过"
        f"{CHANNELS_ZH.get(incident['channel'], '其他方式')}联系本人{said}。"
        f"该行为属于{'；'.join(incident['conduct'])}。"
    )
    if rules:
        text += f"本人认为，该行为不符合{rules}的规定。"
    return text


def incidents(f: Facts, only: set | None = None) -> list[str]:
    chosen = [i for i in f.incidents if only is None or only & set(i["codes"])] or f.incidents
    if not chosen:
        return ["本人暂未记录具体的催收事件。"]
    return [incident_text(incident) for incident in chosen]


def third_party_incidents(f: Facts) -> list[str]:
    return incidents(f, THIRD_PARTY_CODES)


def tried_with_lender(f: Facts) -> list[str]:
    tried = f.opt("tried_with_lender")
    if tried:
        return [f"本人此前已向该机构反映上述问题：{tried}"]
    return [f"本人已于{BLANK}通过{BLANK}向该机构反映上述问题，处理结果：{BLANK}。"]


def credit_record(f: Facts) -> list[str]:
    return [
        f"本人的个人信用报告中有以下记录：{f.opt('record', BLANK)}",
        f"本人认为该记录有误，理由是：{f.opt('reason', BLANK)}",
        f"本人请求更正为：{f.opt('correction', BLANK)}",
    ]


def hardship_reasons(f: Facts) -> list[str]:
    reasons = [HARDSHIP_ZH[code] for code in f.opt("hardship", []) if code in HARDSHIP_ZH]
    text = "；".join(reasons) if reasons else BLANK
    detail = f.opt("hardship_detail")
    paragraphs = [f"本人目前遇到的困难：{text}。" + (f"具体情况：{detail}" if detail else "")]
    if f.income is not None:
        paragraphs.append(
            f"本人目前每月收入约{yuan(f.income)}，必要生活支出约{yuan(f.essential or 0)}，"
            f"其他债务每月还款约{yuan(f.other_debts or 0)}，"
            f"每月可用于还款的金额约为{yuan(f.affordable)}。"
        )
    paragraphs.append("本人并非恶意拖欠，愿意如实说明情况，并在能力范围内积极还款。")
    return paragraphs


def plan_paragraphs(f: Facts) -> list[str]:
    schedule = f.opt("schedule")
    if not schedule:
        return []
    text = (
        f"本人提出如下还款计划：剩余欠款{yuan(Decimal(schedule['total']))}，"
        f"每月还款{yuan(Decimal(schedule['monthly']))}，共{schedule['months']}期"
    )
    rows = schedule["rows"]
    if len(rows) > 1:
        text += f"，最后一期还款{yuan(Decimal(rows[-1]['amount']))}"
    return [text + "（明细见下表）。"]


def deferral_paragraphs(f: Facts) -> list[str]:
    months = f.opt("deferral_months", 3)
    return [f"本人希望申请延期{months}个月还款，期间本人将努力恢复收入，并与贵司保持联系。"]


def reduction_paragraphs(f: Facts) -> list[str]:
    lump = f.opt("lump_sum")
    if lump:
        return [
            f"本人经多方筹措，可一次性偿还{yuan(Decimal(lump))}，"
            "希望以此结清该笔借款，或在减免罚息、违约金及部分利息后结清。"
        ]
    return ["本人希望在减免罚息、违约金及部分利息后，按本人能力偿还剩余本金。"]


def card_rule(f: Facts) -> list[str]:
    if f.lender_type != "bank_card":
        return []
    return [
        f"依据{cite('card_measures_70')}，持卡人确有还款意愿但还款能力不足时，"
        "发卡银行可以与其协商个性化分期还款协议，最长期限不超过5年。"
    ]


# Requests per kind (numbered in the letter).

REPLY = "请在收到本函之日起15日内以书面形式答复本人处理结果。"
STOP_PENALTY = "在还款计划执行期间暂停计收罚息、违约金及复利。"
PAUSE_COLLECTION = "在协商期间暂停催收，并以书面方式与本人沟通。"
IN_WRITING = "如同意本人的请求，请以书面形式确认具体方案，本人将按约履行。"


def recipient_lender(f: Facts) -> list[str]:
    return [lender_name(f), "客户投诉处理部门"]


def recipient_regulator(f: Facts) -> list[str]:
    chosen = f.opt("recipient")
    if chosen:
        return [chosen]
    return list(REGULATORS[f.lender_type])


def recipient_credit(f: Facts) -> list[str]:
    return [*CREDIT_CENTRE, f"抄送：{lender_name(f)}（信息提供者）"]


@dataclass(frozen=True)
class Kind:
    code: str
    recipient: Callable[[Facts], list[str]]
    salutation: str  # {recipient} is the first recipient line
    subject: str  # {lender}
    intro: str  # {lender}
    facts: tuple[Callable[[Facts], list[str]], ...]
    requests: tuple[str, ...]
    closing: str
    attachments: tuple[str, ...]
    signer: str = "申请人"
    extra_requests: Callable[[Facts], list[str]] = lambda f: []


KINDS = {
    kind.code: kind
    for kind in (
        Kind(
            code="complaint_lender",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="关于催收行为的投诉",
            intro=(
                "本人是贵司的借款人。现就贵司及贵司委托的催收人员近期的催收行为提出投诉，"
                "具体情况如下："
            ),
            facts=(account_facts, incidents),
            requests=(
                "核查上述催收行为，并停止一切不符合规定的催收方式；",
                "如已委托第三方机构催收，请告知该机构的名称及委托授权情况，并对其行为负责管理；",
                "今后仅在合理时间、以合法方式与本人联系，不联系与债务无关的第三人；",
                REPLY,
            ),
            closing=(
                "本人愿意就债务本身与贵司沟通协商。本函仅针对催收方式提出投诉，"
                "如未获妥善处理，本人将向有关监管部门反映。"
            ),
            attachments=(
                "催收记录（通话时间、号码及内容）",
                "通话录音、短信或聊天截图",
                "本人身份证复印件",
            ),
            signer="投诉人",
        ),
        Kind(
            code="complaint_regulator",
            recipient=recipient_regulator,
            salutation="{recipient}：",
            subject="关于{lender}催收行为的投诉",
            intro=(
                "本人现就{lender}及其委托的催收人员的催收行为进行投诉，恳请贵单位依法予以处理。"
                "具体情况如下："
            ),
            facts=(account_facts, incidents, tried_with_lender),
            requests=(
                "依法督促该机构核查并纠正上述催收行为；",
                "督促该机构加强对其委托的催收机构的管理；",
                "将处理结果告知本人。",
            ),
            closing="本人保证以上陈述属实，并愿意配合提供进一步材料。",
            attachments=(
                "催收记录（通话时间、号码及内容）",
                "通话录音、短信或聊天截图",
                "向该机构投诉的记录或工单号",
                "本人身份证复印件",
            ),
            signer="投诉人",
        ),
        Kind(
            code="credit_objection",
            recipient=recipient_credit,
            salutation="{recipient}：",
            subject="个人信用报告异议申请",
            intro=(
                f"依据{cite('credit_reg_25')}，本人对个人信用报告中由{{lender}}报送的"
                "一条记录提出异议，具体情况如下："
            ),
            facts=(account_facts, credit_record),
            requests=(
                "对该记录进行异议标注；",
                "向信息提供者核查该记录；",
                "如核查确认有误，予以更正或删除；",
                "在收到异议之日起20日内将核查处理结果书面答复本人。",
            ),
            closing="本人保证以上陈述属实。",
            attachments=(
                "本人身份证复印件",
                "个人信用报告相关页",
                "证明该记录有误的材料（如还款凭证、往来记录）",
            ),
        ),
        Kind(
            code="debt_details_request",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="关于提供借款明细及催收授权情况的申请",
            intro=(
                "本人是贵司的借款人。为核实欠款金额并妥善处理还款事宜，现请求贵司提供以下信息："
            ),
            facts=(account_facts,),
            requests=(
                "欠款明细：本金、利息、罚息、违约金及各项费用，分别列明计算方式和期间，以及本人已还款项；",
                "借款合同及相关协议的完整文本，以及按年化利率（IRR）计算的综合借款成本；",
                "如已委托第三方催收：催收机构的名称、联系方式、委托授权书及授权期限；",
                "如债权已转让：债权转让的证明及通知；",
                f"依据{cite('pipl_44_47')}，提供贵司处理的本人个人信息的副本；",
                REPLY,
            ),
            closing="在收到上述信息前，请仅通过书面方式与本人沟通。本人并无拒绝还款之意。",
            attachments=("本人身份证复印件",),
        ),
        Kind(
            code="stop_third_party_contact",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="关于停止联系第三人的要求",
            intro=(
                "本人是贵司的借款人。近期，贵司或贵司委托的催收人员联系本人以外的人员，"
                "或以此相威胁，对本人及他人的生活造成了干扰，具体情况如下："
            ),
            facts=(account_facts, third_party_incidents),
            requests=(
                "立即停止联系本人的家人、工作单位、通讯录联系人及其他与债务无关的人员；",
                "不向任何第三人透露本人的债务信息；",
                "删除催收所不需要的本人通讯录等个人信息，并停止处理；",
                "如需联系，请仅联系本人（联系电话见落款）；",
                REPLY,
            ),
            closing=(
                f"依据{cite('civil_code_1033')}、{cite('pipl_10')}及{cite('pipl_44_47')}，"
                "本人享有隐私权及个人信息权益。本人愿意就债务与贵司直接沟通。"
            ),
            attachments=(
                "催收记录（时间、号码及内容）",
                "家人、同事等收到的信息截图",
                "本人身份证复印件",
            ),
        ),
        Kind(
            code="hardship_instalments",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="个性化分期还款申请",
            intro="本人是贵司的借款人。因遇到经济困难，暂时无法按原计划还款，现申请分期还款，具体情况如下：",
            facts=(account_facts, hardship_reasons, card_rule, plan_paragraphs),
            requests=(
                "同意按上述还款计划分期偿还；",
                STOP_PENALTY,
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing="本人将按约定按时还款，如情况好转，愿意提前还款。恳请贵司予以考虑。",
            attachments=("本人身份证复印件", "收入及支出情况说明"),
        ),
        Kind(
            code="hardship_deferral",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="延期还款申请",
            intro="本人是贵司的借款人。因遇到经济困难，暂时无法按期还款，现申请延期还款，具体情况如下：",
            facts=(account_facts, hardship_reasons, deferral_paragraphs),
            requests=(
                "同意本人延期还款；",
                "在延期期间暂停计收罚息、违约金及复利；",
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing="延期届满后，本人愿意与贵司协商后续还款安排。恳请贵司予以考虑。",
            attachments=("本人身份证复印件",),
        ),
        Kind(
            code="hardship_reduction",
            recipient=recipient_lender,
            salutation="{recipient}：",
            subject="减免罚息及费用申请",
            intro="本人是贵司的借款人。因遇到经济困难，无力偿还全部欠款，现申请减免部分罚息及费用，具体情况如下：",
            facts=(account_facts, hardship_reasons, reduction_paragraphs),
            requests=(
                "减免罚息、违约金及相关费用；",
                "减免部分利息；",
                PAUSE_COLLECTION,
                IN_WRITING,
            ),
            closing="本人愿意在能力范围内尽快还款。恳请贵司予以考虑。",
            attachments=("本人身份证复印件", "欠款明细或账单"),
        ),
    )
}

HARDSHIP_KINDS = {"hardship_instalments", "hardship_deferral", "hardship_reduction"}


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
    return KINDS[kind].recipient(f)


def build_content(case, kind: str, options: dict, today: date | None = None) -> dict:
    """The letter as plain data (stored as LetterVersion.content)."""
    spec = KINDS[kind]
    f = gather(case, options)
    recipient = spec.recipient(f)
    attachments = list(spec.attachments)
    if kind in HARDSHIP_KINDS:
        attachments += [EVIDENCE_ZH[c] for c in f.opt("hardship", []) if c in EVIDENCE_ZH]
    attachments += [line for line in f.opt("evidence", []) if line not in attachments]
    return {
        "kind": kind,
        "date": (today or timezone.localdate()).isoformat(),
        "sender": {
            key: options.get(f"sender_{key}", "") or ""
            for key in ("name", "id_number", "phone", "address")
        },
        "signer": spec.signer,
        "recipient": recipient,
        "subject": spec.subject.format(lender=lender_name(f)),
        "salutation": spec.salutation.format(recipient=recipient[0]),
        "intro": spec.intro.format(lender=lender_name(f)),
        "facts": [p for builder in spec.facts for p in builder(f)],
        "requests": list(spec.requests),
        "closing": spec.closing,
        "attachments": attachments,
        "schedule": f.opt("schedule", None),
    }


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
