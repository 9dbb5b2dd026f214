"""The `anxin.case/1` case file (shared/design/CASE_FORMAT.md): parse, validate, write back.

`parse(data)` turns the JSON dict into frozen dataclasses or raises CaseFileError with
every problem found, each naming its key path ("calls[2].colour: unknown key"), so a file
is never half-imported. `to_dict(case)` gives the dict back; money is written with two
decimals, so parse(to_dict(parse(x))) == parse(x).

This reader is the one place where a case file is checked (account import, `import_case`
and `assess` all come through it), and whatever it accepts can be stored and shown: nesting
no deeper than the format's own, texts no longer than their database columns (TEXT_FIELDS)
and without NUL, control characters cleaned (text.py), amounts that fit the columns,
dates and times between EARLIEST and LATEST, minutes up to a day, and at most
limits.value("calls_per_case") calls and limits.value("repayments_per_case") repayments
(and MAX_COURT_PAPERS court papers).
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime
from decimal import Decimal

from . import limits, text
from .conduct import REPORTED_CODES, SHANGHAI
from .court import KINDS as COURT_KINDS
from .court import CourtPaper
from .lenders import CODES as LENDER_TYPES
from .money import money_str

FORMAT = "anxin.case/1"
CHANNELS = ("phone", "sms", "wechat", "app", "visit", "letter", "third_party", "other")
HARDSHIP_CODES = (
    "job_loss",
    "illness",
    "income_drop",
    "family_emergency",
    "business_failure",
    "other",
)
# The amount columns are DECIMAL(12, 2): ten digits before the point.
MONEY = re.compile(r"\d{1,10}(\.\d{1,2})?")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Dates the site can count with (a limitation date three years on, deadlines, calendars)
# and that any real debt falls within.
EARLIEST = date(1970, 1, 1)
LATEST = date(2099, 12, 31)
MAX_MINUTES = 24 * 60
# A debt meets a handful of court papers (order, complaint, judgment, appeal, enforcement).
MAX_COURT_PAPERS = 50
# The format nests four deep (calls[0].conduct[0]); anything much deeper is not a case file.
MAX_DEPTH = 8
# Enough to fix a file by hand; a file with thousands of mistakes is not worth listing.
MAX_PROBLEMS = 50
MAX_KEY_SHOWN = 40
# (max length, several lines?) of each text, as long as its database column
# (cases.Case, calls.Call; tests/assessment/test_casefile_limits.py checks they agree).
TEXT_FIELDS = {
    "lender.name": (100, False),
    "product": (100, False),
    "calls.number": (50, False),
    "calls.organisation": (100, False),
    "calls.collector": (100, False),
    "calls.summary": (4000, True),
    "court.court": (100, False),
    "court.case_number": (60, False),
}


@dataclass(frozen=True)
class Lender:
    type: str
    name: str | None = None


@dataclass(frozen=True)
class Repayment:
    due: date
    amount: Decimal


@dataclass(frozen=True)
class Loan:
    amount_received: Decimal | None = None
    repayments: tuple[Repayment, ...] = ()


@dataclass(frozen=True)
class Facts:
    """Each fact is true, false or None (not known)."""

    third_party_collector: bool | None = None
    contacts_reached: bool | None = None
    credit_reported: bool | None = None
    court_papers: bool | None = None

    def as_dict(self) -> dict[str, bool | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Finances:
    monthly_income: Decimal | None = None
    essential_costs: Decimal | None = None
    other_debt_payments: Decimal | None = None
    hardship: tuple[str, ...] = ()


@dataclass(frozen=True)
class Call:
    at: datetime
    channel: str
    number: str | None = None
    organisation: str | None = None
    collector: str | None = None
    duration_minutes: int | None = None
    answered: bool = True
    summary: str | None = None
    conduct: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    lender: Lender
    first_missed_due_date: date
    as_of: date | None = None
    product: str | None = None
    principal: Decimal | None = None
    amount_demanded: Decimal | None = None
    loan: Loan = Loan()
    facts: Facts = Facts()
    finances: Finances | None = None
    calls: tuple[Call, ...] = ()
    court: tuple[CourtPaper, ...] = ()


MESSAGES = {
    "required": "is required",
    "unknown_key": "unknown key",
    "object": "must be an object",
    "list": "must be a list",
    "choice": "must be one of {allowed}",
    "format": 'must be "{allowed}"',
    "money": 'must be a decimal string ≥ 0 with at most 2 decimals, e.g. "8000.00"',
    "date": 'must be an ISO date, e.g. "2026-11-15"',
    "datetime": 'must be an ISO date and time, e.g. "2026-11-18T22:40:00+08:00"',
    "boolean": "must be true or false",
    "boolean_or_null": "must be true, false or null",
    "text": "must be a string",
    "count": "must be a whole number ≥ 0",
    "json": "is not valid JSON",
    "too_long": "must be at most {allowed} characters",
    "nul": "must not contain NUL characters",
    "date_range": "must be between {first} and {last}",
    "minutes": "must be a whole number from 0 to {allowed}",
    "too_many": "may hold at most {allowed} entries",
    "too_deep": "is nested more deeply than a case file ever is",
    "more_problems": "{allowed} more problems not listed",
    # Only in the restore files of a data export (accounts/restore_file.py, restoring.py).
    "checksum": "must be a SHA-256 checksum (64 hexadecimal digits)",
    "file_path": 'must name a file in the folder, like "evidence/1-2-photo.png"',
    "snapshot": "must hold exactly these keys: {allowed}",
    "calls_count": "must hold one entry for each of the {allowed} calls in case.json",
    "version_numbers": "each version needs its own number from 1 up",
    "no_such_letter": "names a letter or version that letters.json does not hold",
    "sent_twice": "this version is already recorded as sent by another entry",
    "file_missing": "the file is not in the ZIP",
    "file_changed": "the file differs from the one exported (its checksum does not match)",
    "file_refused": "{allowed}",
    "zip": "is not a ZIP file that can be read",
    "zip_too_big": "is larger than {allowed} MB, the most a restore can take",
    "zip_files": "holds more than {allowed} files, the most a restore can take",
    "member_too_big": "is larger than {allowed} MB; the export never writes one this large",
    "no_cases": "holds no case folder (case-<number>/case.json) of an Anxin export",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a case file; `code` and `allowed` let a caller translate it."""

    path: str
    code: str
    allowed: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)

    @property
    def params(self) -> dict[str, str]:
        """What a message may quote: every allowed value, and the first and last of them."""
        first, last = (self.allowed[0], self.allowed[-1]) if self.allowed else ("", "")
        return {"allowed": ", ".join(self.allowed), "first": first, "last": last}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CaseFileError(ValueError):
    """Every problem of a case file; `problems` holds Problem objects or plain messages."""

    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @property
    def errors(self) -> list[str]:
        return [str(problem) for problem in self.problems]


class _Reader:
    """Collects problems while values are read, so all of them can be reported at once."""

    def __init__(self):
        self.problems: list[Problem] = []
        self.not_listed = 0

    def fail(self, path, code, allowed=()):
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(path, code, tuple(allowed)))
        else:
            self.not_listed += 1

    def all_problems(self) -> list[Problem]:
        if not self.not_listed:
            return self.problems
        return [*self.problems, Problem("case file", "more_problems", (str(self.not_listed),))]

    def fields(self, data, path, spec: Mapping[str, Callable], required=()) -> dict:
        """Read an object: report unknown and missing keys, parse the known ones."""
        if not isinstance(data, dict):
            self.fail(path or "case file", "object")
            return {}
        parsed = {}
        for key, value in data.items():
            shown = key if len(key) <= MAX_KEY_SHOWN else key[:MAX_KEY_SHOWN] + "…"
            key_path = f"{path}.{shown}" if path else shown
            if key not in spec:
                self.fail(key_path, "unknown_key")
            elif value is not None:
                parsed[key] = spec[key](self, value, key_path)
        for key in required:
            if data.get(key) is None:
                self.fail(f"{path}.{key}" if path else key, "required")
        return parsed

    def build(self, cls, data, path, spec, required=()):
        """A `cls` from the object's parsed fields; missing ones are None (already reported)."""
        parsed = self.fields(data, path, spec, required)
        blanks = {f.name: None for f in fields(cls) if f.default is MISSING}
        return cls(**{**blanks, **parsed})

    def items(self, value, path, read_one, most=None) -> tuple:
        if not isinstance(value, list):
            self.fail(path, "list")
            return ()
        if most is not None and len(value) > most:
            self.fail(path, "too_many", (str(most),))
            return ()
        return tuple(read_one(self, item, f"{path}[{index}]") for index, item in enumerate(value))


def _text(field):
    """A reader of the text `field` (a TEXT_FIELDS key): cleaned, then checked for length."""
    return text_reader(*TEXT_FIELDS[field])


def text_reader(most, several_lines=False):
    """A reader of a text of at most `most` characters, cleaned of control characters."""
    clean = text.lines if several_lines else text.one_line

    def read(reader, value, path):
        if not isinstance(value, str):
            reader.fail(path, "text")
            return value
        if text.NUL in value:
            reader.fail(path, "nul")
            return value
        value = clean(value)
        if len(value) > most:
            reader.fail(path, "too_long", (str(most),))
        return value

    return read


def _money(reader, value, path):
    if not isinstance(value, str) or not MONEY.fullmatch(value):
        reader.fail(path, "money")
        return None
    return Decimal(value)


def _in_range(reader, day, path):
    if EARLIEST <= day <= LATEST:
        return True
    reader.fail(path, "date_range", (EARLIEST.isoformat(), LATEST.isoformat()))
    return False


def _date(reader, value, path):
    if isinstance(value, str) and DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return day if _in_range(reader, day, path) else None
    reader.fail(path, "date")
    return None


def _datetime(reader, value, path):
    try:
        if not isinstance(value, str) or len(value) <= 10 or len(value) > 40:
            raise ValueError(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        reader.fail(path, "datetime")
        return None
    # The wall-clock date first: moving year 1 or 9999 to another zone would overflow.
    if not _in_range(reader, moment.date(), path):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)


def _boolean(reader, value, path):
    if not isinstance(value, bool):
        reader.fail(path, "boolean")
    return value


def _boolean_or_null(reader, value, path):
    if not isinstance(value, bool):
        reader.fail(path, "boolean_or_null")
    return value


def _minutes(reader, value, path):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        reader.fail(path, "count")
    elif value > MAX_MINUTES:
        reader.fail(path, "minutes", (str(MAX_MINUTES),))
    return value


def _choice(allowed):
    def read(reader, value, path):
        if value not in allowed:
            reader.fail(path, "choice", allowed)
        return value

    return read


def _choices(allowed):
    """A list of codes from `allowed`; repeats are dropped."""
    read_one = _choice(allowed)

    def read(reader, value, path):
        unique = []
        for code in reader.items(value, path, read_one):
            if code not in unique:
                unique.append(code)
        return tuple(unique)

    return read


def _format(reader, value, path):
    if value != FORMAT:
        reader.fail(path, "format", (FORMAT,))
    return value


def _lender(reader, value, path):
    spec = {"name": _text("lender.name"), "type": _choice(LENDER_TYPES)}
    return reader.build(Lender, value, path, spec, required=("type",))


def _repayment(reader, value, path):
    spec = {"due": _date, "amount": _money}
    return reader.build(Repayment, value, path, spec, required=("due", "amount"))


def _loan(reader, value, path):
    spec = {
        "amount_received": _money,
        "repayments": lambda r, v, p: r.items(
            v, p, _repayment, most=limits.value("repayments_per_case")
        ),
    }
    return reader.build(Loan, value, path, spec)


def _facts(reader, value, path):
    spec = {f.name: _boolean_or_null for f in fields(Facts)}
    return reader.build(Facts, value, path, spec)


def _finances(reader, value, path):
    spec = {
        "monthly_income": _money,
        "essential_costs": _money,
        "other_debt_payments": _money,
        "hardship": _choices(HARDSHIP_CODES),
    }
    return reader.build(Finances, value, path, spec)


def _call(reader, value, path):
    spec = {
        "at": _datetime,
        "channel": _choice(CHANNELS),
        "number": _text("calls.number"),
        "organisation": _text("calls.organisation"),
        "collector": _text("calls.collector"),
        "duration_minutes": _minutes,
        "answered": _boolean,
        "summary": _text("calls.summary"),
        "conduct": _choices(REPORTED_CODES),
    }
    return reader.build(Call, value, path, spec, required=("at", "channel"))


def _court_paper(reader, value, path):
    spec = {
        "kind": _choice(COURT_KINDS),
        "served_on": _date,
        "court": _text("court.court"),
        "case_number": _text("court.case_number"),
    }
    return reader.build(CourtPaper, value, path, spec, required=("kind", "served_on"))


CASE_SPEC = {
    "format": _format,
    "as_of": _date,
    "lender": _lender,
    "product": _text("product"),
    "principal": _money,
    "amount_demanded": _money,
    "first_missed_due_date": _date,
    "loan": _loan,
    "facts": _facts,
    "finances": _finances,
    "calls": lambda r, v, p: r.items(v, p, _call, most=limits.value("calls_per_case")),
    "court": lambda r, v, p: r.items(v, p, _court_paper, most=MAX_COURT_PAPERS),
}
CASE_REQUIRED = ("format", "lender", "first_missed_due_date")


def too_deep(data, most=MAX_DEPTH) -> bool:
    """Whether lists and objects in `data` nest more than `most` levels (no recursion)."""
    level = [data]
    for _depth in range(most + 1):
        level = [
            child
            for value in level
            if isinstance(value, dict | list)
            for child in (value.values() if isinstance(value, dict) else value)
        ]
        if not level:
            return False
    return any(isinstance(value, dict | list) for value in level)


def parse(data) -> Case:
    """The Case in an `anxin.case/1` dict; CaseFileError lists every problem."""
    if too_deep(data):
        raise CaseFileError([Problem("case file", "too_deep")])
    reader = _Reader()
    parsed = reader.fields(data, "", CASE_SPEC, required=CASE_REQUIRED)
    if reader.problems:
        raise CaseFileError(reader.all_problems())
    parsed.pop("format")
    return Case(**parsed)


def parse_json(source: str | bytes) -> Case:
    try:
        data = json.loads(source)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # ValueError includes a number of more than 4,300 digits (int_max_str_digits).
        raise CaseFileError([Problem("case file", "json")]) from None
    return parse(data)


def _present(pairs) -> dict:
    return {key: value for key, value in pairs if value is not None}


def _call_dict(call: Call) -> dict:
    return {
        **_present(
            [
                ("at", call.at.isoformat()),
                ("channel", call.channel),
                ("number", call.number),
                ("organisation", call.organisation),
                ("collector", call.collector),
                ("duration_minutes", call.duration_minutes),
            ]
        ),
        "answered": call.answered,
        **_present([("summary", call.summary)]),
        "conduct": list(call.conduct),
    }


def _court_dict(paper: CourtPaper) -> dict:
    return _present(
        [
            ("kind", paper.kind),
            ("served_on", paper.served_on.isoformat()),
            ("court", paper.court),
            ("case_number", paper.case_number),
        ]
    )


def to_dict(case: Case) -> dict:
    """The `anxin.case/1` dict for a case; absent and unknown values are left out."""
    loan = _present(
        [
            ("amount_received", money_str(case.loan.amount_received)),
            (
                "repayments",
                [
                    {"due": r.due.isoformat(), "amount": money_str(r.amount)}
                    for r in case.loan.repayments
                ]
                or None,
            ),
        ]
    )
    finances = case.finances and _present(
        [
            ("monthly_income", money_str(case.finances.monthly_income)),
            ("essential_costs", money_str(case.finances.essential_costs)),
            ("other_debt_payments", money_str(case.finances.other_debt_payments)),
            ("hardship", list(case.finances.hardship) or None),
        ]
    )
    return _present(
        [
            ("format", FORMAT),
            ("as_of", case.as_of and case.as_of.isoformat()),
            ("lender", _present([("name", case.lender.name), ("type", case.lender.type)])),
            ("product", case.product),
            ("principal", money_str(case.principal)),
            ("amount_demanded", money_str(case.amount_demanded)),
            ("first_missed_due_date", case.first_missed_due_date.isoformat()),
            ("loan", loan or None),
            ("facts", _present(case.facts.as_dict().items()) or None),
            ("finances", finances if case.finances is not None else None),
            ("calls", [_call_dict(call) for call in case.calls] or None),
            ("court", [_court_dict(paper) for paper in case.court] or None),
        ]
    )


# For readers of other files that hold calls and dates the same way (the restore file of
# a data export, accounts/restore_file.py): one set of checks for the same values.
Reader = _Reader
read_call = _call
read_date = _date
read_datetime = _datetime
read_money = _money
read_boolean = _boolean
call_dict = _call_dict
