"""The `anxin.case/1` case file (shared/design/CASE_FORMAT.md): parse, validate, write back.

`parse(data)` turns the JSON dict into frozen dataclasses or raises CaseFileError with
every problem found, each naming its key path ("calls[2].colour: unknown key"), so a file
is never half-imported. `to_dict(case)` gives the dict back; money is written with two
decimals, so parse(to_dict(parse(x))) == parse(x).
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime
from decimal import Decimal

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
MONEY = re.compile(r"\d{1,12}(\.\d{1,2})?")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a case file; `code` and `allowed` let a caller translate it."""

    path: str
    code: str
    allowed: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(allowed=", ".join(self.allowed))

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

    def fail(self, path, code, allowed=()):
        self.problems.append(Problem(path, code, tuple(allowed)))

    def fields(self, data, path, spec: Mapping[str, Callable], required=()) -> dict:
        """Read an object: report unknown and missing keys, parse the known ones."""
        if not isinstance(data, dict):
            self.fail(path or "case file", "object")
            return {}
        parsed = {}
        for key, value in data.items():
            key_path = f"{path}.{key}" if path else str(key)
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

    def items(self, value, path, read_one) -> tuple:
        if not isinstance(value, list):
            self.fail(path, "list")
            return ()
        return tuple(read_one(self, item, f"{path}[{index}]") for index, item in enumerate(value))


def _text(reader, value, path):
    if not isinstance(value, str):
        reader.fail(path, "text")
    return value


def _money(reader, value, path):
    if not isinstance(value, str) or not MONEY.fullmatch(value):
        reader.fail(path, "money")
        return None
    return Decimal(value)


def _date(reader, value, path):
    if isinstance(value, str) and DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    reader.fail(path, "date")
    return None


def _datetime(reader, value, path):
    try:
        if not isinstance(value, str) or len(value) <= 10:
            raise ValueError(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        reader.fail(path, "datetime")
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


def _count(reader, value, path):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        reader.fail(path, "count")
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
    spec = {"name": _text, "type": _choice(LENDER_TYPES)}
    return reader.build(Lender, value, path, spec, required=("type",))


def _repayment(reader, value, path):
    spec = {"due": _date, "amount": _money}
    return reader.build(Repayment, value, path, spec, required=("due", "amount"))


def _loan(reader, value, path):
    spec = {"amount_received": _money, "repayments": lambda r, v, p: r.items(v, p, _repayment)}
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
        "number": _text,
        "organisation": _text,
        "collector": _text,
        "duration_minutes": _count,
        "answered": _boolean,
        "summary": _text,
        "conduct": _choices(REPORTED_CODES),
    }
    return reader.build(Call, value, path, spec, required=("at", "channel"))


def _court_paper(reader, value, path):
    spec = {
        "kind": _choice(COURT_KINDS),
        "served_on": _date,
        "court": _text,
        "case_number": _text,
    }
    return reader.build(CourtPaper, value, path, spec, required=("kind", "served_on"))


CASE_SPEC = {
    "format": _format,
    "as_of": _date,
    "lender": _lender,
    "product": _text,
    "principal": _money,
    "amount_demanded": _money,
    "first_missed_due_date": _date,
    "loan": _loan,
    "facts": _facts,
    "finances": _finances,
    "calls": lambda r, v, p: r.items(v, p, _call),
    "court": lambda r, v, p: r.items(v, p, _court_paper),
}
CASE_REQUIRED = ("format", "lender", "first_missed_due_date")


def parse(data) -> Case:
    """The Case in an `anxin.case/1` dict; CaseFileError lists every problem."""
    reader = _Reader()
    parsed = reader.fields(data, "", CASE_SPEC, required=CASE_REQUIRED)
    if reader.problems:
        raise CaseFileError(reader.problems)
    parsed.pop("format")
    return Case(**parsed)


def parse_json(text: str | bytes) -> Case:
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
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
