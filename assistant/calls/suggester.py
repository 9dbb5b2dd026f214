"""Conduct codes (anxin.case/1 `conduct`) that a call's description suggests, and why.

A suggestion is only ever offered: the borrower confirms each one before it is ticked. The
reader goes one sentence at a time through the rows of conduct_patterns.py, each an action
by the collector on someone or something, and keeps a match unless

- it is negated right before ("没有联系我家人", "they did not threaten my family");
- the borrower is the one doing it ("我跟父母商量", "I told my parents");
- the row's `unless` words are in the sentence, or its `needs` were not found there;
- it is a count too small to be a flood ("打了两次").

Rows read for tense turn into the threat code or the done code (`tense`). Every suggestion
keeps the words that made it (`because`), so the form can say "suggested because: '联系身边人'".
"""

import re
import unicodedata
from dataclasses import dataclass

from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.conduct_patterns import ROWS, WORDS

# A flood: this many calls or messages, or DAY_FLOOD within a day, a night or an hour.
FLOOD = 10
DAY_FLOOD = 4
WITHIN_A_DAY = re.compile(
    r"一天|每天|当天|今天|半天|上午|下午|晚上|一晚|半夜|一夜|早上|小时|分钟|"
    r"\b(?:a day|per day|one day|today|tonight|last night|one night|this morning|"
    r"this afternoon|an hour|one hour|one morning)\b",
    re.IGNORECASE,
)
CALLS_OR_MESSAGES = re.compile(
    r"电话|短信|信息|消息|来电|未接|打|发|呼|拨|催|call|text|message|phone|rang|ring|sms",
    re.IGNORECASE,
)

SENTENCE_END = re.compile(r"[。！？!?；;\n]+|(?<=[a-z0-9\"'”])\.(?=\s|$)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[，,：:、“”\"]")
WINDOW = 12  # characters before a match that its tense and guards are read from

NEGATION = re.compile(
    r"(?:没有?|未|并未|从未|从没|不会|不曾|没再|别|不要|不准|不许|不能|不是|并没有?|不想|不希望|不愿意?)"
    r"(?:再|去|来|说|要|会|打算|想|真的?|有|给|跟|对|向){0,2}$"
    r"|\b(?:not|never|didn't|did not|don't|do not|doesn't|does not|won't|will not|"
    r"wouldn't|would not|hasn't|has not|haven't|have not|wasn't|was not|weren't|no one|"
    r"nobody)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# The borrower as the one acting: "我跟父母…", "我已经告诉家人", "I told…". Not "让我", "给我":
# there 我 is the one acted on.
OWN = re.compile(
    r"(?<![让叫要使把逼害送告抓判给被帮替和跟对向说])我(?!们)"
    r"(?:也|都|就|还|才|先|已经|已|想|要|会|得|只能|只好|打算|准备|主动|自己|亲自|去|再|又|"
    r"马上|刚|刚刚|曾|经常|一直|每天|跟|和|给|向|对){0,3}$"
    r"|(?<![让叫要使把逼害送告抓判给被帮替和跟对向说])我(?!们)把[^，。]{0,8}$"
    r"|\bi\s+(?:also\s+|already\s+|then\s+|myself\s+|had\s+|have\s+|just\s+)?$",
    re.IGNORECASE,
)

# What the borrower fears is not what was said: "我怕他们联系我家里人".
FEARS = re.compile(r"怕|担心|担忧|生怕|\b(?:worried|afraid|scared|fear)\b", re.IGNORECASE)
DONE_NOW = re.compile(r"(?:已经|已|刚刚|刚才|昨天|前天|上周|曾经|上个月|那天|去年)[^要将会]{0,6}$")
SENDS = re.compile(r"授权|安排|派")
THREATENS = re.compile(
    r"要|会|将|准备|打算|安排|授权|即将|否则|不然|如果|再不|等着|考虑|随时|明天|今晚|下周|下次|"
    r"后天|过两天|过几天|改天|明早|"
    r"不还|未还|不处理|未处理|之前|扬言|威胁|"
    r"\b(?:will|'ll|would|going to|gonna|threaten\w*|warn\w*|unless|or else)\b",
    re.IGNORECASE,
)
THEN = re.compile(r"就")
HABITUAL = re.compile(r"天天|每天|一直|经常|多次|又|竟然|居然|真的|直接|跑")
ADDRESSED = re.compile(r"[你您]|\byour?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Suggestion:
    code: str
    because: tuple[str, ...]  # the words in the text that suggested it, each once


def _compile(pattern):
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: WORDS[m.group(1)], pattern)
    return re.compile(expanded, re.IGNORECASE)


_ROWS = tuple((row, _compile(row.pattern), row.unless and _compile(row.unless)) for row in ROWS)
_NOT_AFTER = {row.not_after: _compile(row.not_after) for row in ROWS if row.not_after}


def normalise(text):
    """NFKC (full-width letters and digits become ASCII), curly apostrophes straight."""
    return unicodedata.normalize("NFKC", text or "").replace("’", "'")


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip()]


def read(text):
    """What `text` suggests: Suggestions in the order of the conduct table."""
    found = {}
    for sentence in sentences(normalise(text)):
        for code, words in _read_sentence(sentence):
            found.setdefault(code, [])
            if words not in found[code]:
                found[code].append(words)
    return [Suggestion(code, tuple(found[code])) for code in REPORTED_CODES if code in found]


def suggest(text):
    """Conduct codes that `text` suggests, in the order of the conduct table, each once."""
    return [s.code for s in read(text)]


def _read_sentence(sentence):
    hits = []
    for row, pattern, unless in _ROWS:
        if unless and unless.search(sentence):
            continue
        for match in pattern.finditer(sentence):
            codes = _codes_for(row, sentence, match)
            hits.extend((code, match.group(0).strip(), row) for code in codes)
    found = {code for code, _words, _row in hits}
    return [
        (code, words)
        for code, words, row in hits
        if not row.needs or any(need in found for need in row.needs)
    ]


def _codes_for(row, sentence, match):
    clause = _clause_before(sentence, match.start())
    before = clause[-WINDOW:]
    if row.not_after and _NOT_AFTER[row.not_after].search(before):
        return ()
    if row.negatable and NEGATION.search(before):
        return ()
    if row.negatable and FEARS.search(clause):
        return ()
    if row.own and OWN.search(before) and not ADDRESSED.search(match.group(0)):
        return ()
    if row.count and not _is_flood(match.group("n"), _clause_around(sentence, match)):
        return ()
    if row.threat is None:
        return row.codes
    after = sentence[match.end() : match.end() + 2]
    said = tense(clause, match.group(0), after, row.default)
    return row.threat if said == "threat" else row.codes


def tense(clause, words, after, default="done"):
    """ "threat" when the words around say they will do it, "done" when it happened.

    `clause` is the clause up to the words: a threat word anywhere in it counts ("说要把照片
    发到朋友圈曝光"), the other signs only close by."""
    before = clause[-WINDOW:]
    if DONE_NOW.search(before) and not SENDS.search(before + words):
        return "done"
    if THREATENS.search(clause):
        return "threat"
    if "了" in words or after.startswith(("了", "过")) or words.endswith("过"):
        return "done"
    if THEN.search(before):
        return "threat"
    if HABITUAL.search(before):
        return "done"
    if ADDRESSED.search(words):
        return "threat"
    return default


def _clause_before(sentence, start):
    head = sentence[:start]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(head)]
    return head[breaks[-1] if breaks else 0 :]


def _clause_around(sentence, match):
    head = sentence[: match.start()]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(head)]
    start = breaks[-1] if breaks else 0
    end = CLAUSE_BREAK.search(sentence, match.end())
    return sentence[start : end.start() if end else len(sentence)]


def _is_flood(number, clause):
    if not CALLS_OR_MESSAGES.search(clause):
        return False
    limit = DAY_FLOOD if WITHIN_A_DAY.search(clause) else FLOOD
    return count_of(number) >= limit


_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9, "几": 3, "数": 3, "上": 1, "成": 1}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_WORDS_EN = {"dozens": 24, "hundreds": 200, "scores": 40, "ten": 10, "eleven": 11}
_WORDS_EN |= {"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40}
_WORDS_EN |= {"fifty": 50, "sixty": 60, "a hundred": 100}


def count_of(number):
    """The number in '30', '二十', '十几', '几十', '上百', '六七', 'dozens': a rough count.

    Vague counts take a modest value (几十 = 30, 十几 = 13): enough to tell a flood from
    two calls, which is all the reader needs."""
    number = number.lower()
    if number.isdigit():
        return int(number)
    if number in _WORDS_EN:
        return _WORDS_EN[number]
    total, digit = 0, None
    for char in number:
        if char in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        elif char in _DIGITS:
            digit = _DIGITS[char]  # "六七": the last of a range
    return total + (digit or 0)
