"""Call entries proposed from a screenshot of an SMS thread or of the phone's call history.

`read_text` runs OCR on the server (RapidOCR with the PP-OCRv6 models its wheel ships;
docs/performance.md says why this one and not tesseract); a request reads through
`read_text_bounded`, in a child process with a time and memory limit. `propose` turns the
text boxes into one Proposal per message or call; nothing is saved here: the borrower
confirms or corrects each proposal first (views: calls:from_screenshot).
"""

import datetime
import json
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from assistant.assessment import limits
from assistant.assessment.conduct import SHANGHAI
from assistant.calls.suggester import read
from assistant.core import bounded

# What the reader can decode: PNG, JPEG and WebP (Pillow's names, as in evidence.FORMATS).
READABLE = frozenset({"PNG", "JPEG", "WEBP"})


@dataclass(frozen=True)
class Box:
    text: str
    top: float
    left: float


@dataclass
class Proposal:
    at: datetime.datetime | None
    channel: str  # "sms" or "phone" (calls.models.Channel)
    number: str = ""
    text: str = ""
    answered: bool = True
    duration_minutes: int | None = None
    include: bool = True  # an outgoing call (the borrower's own) is offered unticked
    suggestions: list = field(default_factory=list)  # suggester.Suggestion for `text`


_engine = None
_engine_lock = threading.Lock()


def _ocr():
    """One RapidOCR per process, on one thread: a worker reads one screenshot at a time."""
    global _engine
    with _engine_lock:
        if _engine is None:
            from rapidocr import RapidOCR  # loads onnxruntime: only when a screenshot comes

            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            _engine = RapidOCR(
                params={
                    "Global.log_level": "warning",
                    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                }
            )
        return _engine


def read_text(image):
    """The text boxes of `image` (bytes of a PNG, JPEG or WebP), top to bottom, as read
    (full-width punctuation kept: it is what the borrower will see saved)."""
    result = _ocr()(image)
    boxes = [
        Box(text.strip(), min(p[1] for p in box), box[0][0])
        for box, text in zip(result.boxes if result.txts else (), result.txts or (), strict=False)
    ]
    return sorted((b for b in boxes if b.text), key=lambda b: (b.top, b.left))


def read_text_bounded(image):
    """read_text(image) in a child process (core/bounded.py), stopped after
    screenshot_read_seconds and held to screenshot_read_memory_mb (limits.json): no
    screenshot holds a web worker longer, and the worker never loads the models itself, so
    it does not keep their memory. bounded.WorkFailed (bounded.TimedOut) when it fails."""
    raw = bounded.run(
        lambda: json.dumps(
            [[b.text, float(b.top), float(b.left)] for b in read_text(image)]
        ).encode(),
        seconds=limits.value("screenshot_read_seconds"),
        memory_bytes=limits.value("screenshot_read_memory_mb") * 1024 * 1024,
    )
    return [Box(text, top, left) for text, top, left in json.loads(raw)]


PHONE_NUMBER = re.compile(r"^(?:\+?86[\s-]?)?(?=(?:\D*\d){5})[\d\s\-()xX*]{5,20}$")
NUMBER_IN_HEADER = re.compile(r"(?:\+?86[\s-]?)?\d[\d\s\-xX*]{3,18}[\dxX*]")
CALL_KIND = re.compile(r"未接|呼入|呼出|来电|去电|已拨|已接|响铃")
OUTGOING = re.compile(r"呼出|去电|已拨")
MISSED = re.compile(r"未接|响铃")
DURATION = re.compile(r"(?:(\d+)\s*小时)?\s*(?:(\d+)\s*分)?\s*(?:(\d+)\s*秒)")
DATE_TIME = re.compile(
    r"(?:(?P<year>\d{4})[-/.年])?(?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?\s*"
    r"(?P<half>上午|下午|晚上|凌晨|中午)?\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{2})"
)
RELATIVE_TIME = re.compile(
    r"(?P<word>今天|昨天|前天|星期[一二三四五六日天]|周[一二三四五六日天])?\s*"
    r"(?P<half>上午|下午|晚上|凌晨|中午)?\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{2})"
)
DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}
WEEKDAYS = "一二三四五六日"
AFTERNOON = {"下午", "晚上"}


def propose(boxes, now=None):
    """Proposals from the text boxes of one screenshot: a call history if it says so."""
    now = (now or datetime.datetime.now(SHANGHAI)).astimezone(SHANGHAI)
    if any(CALL_KIND.search(b.text) for b in boxes):
        return _calls(boxes, now)
    return _messages(boxes, now)


def _plain(text):
    return unicodedata.normalize("NFKC", text)


def _calls(boxes, now):
    proposals = []
    for box in boxes:
        text = _plain(box.text)
        if PHONE_NUMBER.match(text):
            proposals.append(Proposal(at=None, channel="phone", number=_digits(text)))
        elif proposals:
            _add_to_call(proposals[-1], text, now)
    return [p for p in proposals if p.at]


def _add_to_call(proposal, text, now):
    at = parse_time(text, now)
    if at and not proposal.at:
        proposal.at = at
    if CALL_KIND.search(text):
        proposal.answered = not MISSED.search(text)
        proposal.include = not OUTGOING.search(text)
        duration = DURATION.search(text)
        if duration and any(duration.groups()):
            hours, minutes, seconds = (int(g or 0) for g in duration.groups())
            proposal.duration_minutes = hours * 60 + minutes + (1 if seconds >= 30 else 0)


def _messages(boxes, now):
    proposals = []
    for box in boxes:
        at = parse_time(box.text, now)
        header = _without_time(_plain(box.text))
        if at and len(header) <= 24:
            number = NUMBER_IN_HEADER.search(header)
            proposals.append(
                Proposal(at=at, channel="sms", number=_digits(number.group(0)) if number else "")
            )
        elif proposals:
            proposals[-1].text += box.text
    for proposal in proposals:
        proposal.suggestions = read(proposal.text)
    return [p for p in proposals if p.text]


def parse_time(text, now):
    """The date and time in `text` ("11-20 09:12", "昨天 22:47", "11月19日 08:15", "周三
    下午3:05", "09:12" = today), in Asia/Shanghai, never after `now`; or None."""
    text = unicodedata.normalize("NFKC", text)
    if found := DATE_TIME.search(text):
        year = int(found["year"] or now.year)
        try:
            day = datetime.date(year, int(found["month"]), int(found["day"]))
        except ValueError:
            return None
        if not found["year"] and day > now.date():
            day = day.replace(year=year - 1)
    elif found := RELATIVE_TIME.search(text):
        day = _relative_day(found["word"], now.date())
    else:
        return None
    hour, minute = int(found["hour"]), int(found["minute"])
    if found["half"] in AFTERNOON and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return datetime.datetime.combine(day, datetime.time(hour, minute), SHANGHAI)


def _relative_day(word, today):
    if not word:
        return today
    if word in DAYS_BACK:
        return today - datetime.timedelta(days=DAYS_BACK[word])
    weekday = WEEKDAYS.index(word[-1].replace("天", "日"))
    return today - datetime.timedelta(days=(today.weekday() - weekday) % 7 or 7)


def _without_time(text):
    return RELATIVE_TIME.sub("", DATE_TIME.sub("", text)).strip(" ·•-|")


def _digits(text):
    return re.sub(r"[^\dxX*+]", "", text)[:50]
