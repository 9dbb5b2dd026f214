"""What is waiting, what is late and what to do next, for one case.

The rules live in assessment/deadlines.py; this module applies them to the stored items and
to the case's other key dates (the next stage of the timeline, the payment-order window,
the limitation date), which the case page, the calendar and the reminders all share.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from assistant.assessment import deadlines
from assistant.assessment.lenders import lender_type
from assistant.core.registry import site_registry
from assistant.followup.models import About, Channel

# From a letter marked sent: what the letter is about and where it went.
LETTER_ABOUT = {
    "complaint_lender": About.COMPLAINT,
    "complaint_regulator": About.COMPLAINT,
    "credit_objection": About.CREDIT_OBJECTION,
}


def regulator_channel(lender_code):
    """The tracker's channel for a complaint_regulator letter: the regulator the letter is
    addressed to for this lender type (letters/kinds.py REGULATORS), so both always agree."""
    from assistant.letters.kinds import LOCAL_REGULATOR, NFRA, POLICE, REGULATORS  # letters use us

    recipient = REGULATORS.get(lender_code, NFRA)
    if recipient == NFRA:
        return Channel.NFRA_12378
    if recipient == LOCAL_REGULATOR:
        return Channel.LOCAL_REGULATOR
    if recipient == POLICE:
        return Channel.POLICE
    return Channel.CONSUMER_12315


def channel_for_letter(kind, sent_channel, case_lender_type):
    """The tracker's channel for a letter of `kind` sent by `sent_channel` (letters' codes)."""
    if kind == "complaint_regulator":
        return regulator_channel(case_lender_type)
    if kind == "credit_objection":
        return Channel.OTHER  # the credit reference centre or the lender's credit desk
    return Channel.IN_APP if sent_channel == "app" else Channel.LENDER


def about_for_letter(kind):
    return LETTER_ABOUT.get(kind, About.REQUEST)


# The answer a letter asks for: "within N days of receiving this letter" (letters/kinds.py).
# Where no rule sets a time, the tracker waits as long as the letter asked, so the letter and
# the tracker name the same day; tests/followup/test_letter_deadline.py keeps them in step.
ASKED_REPLY_DAYS = {
    "complaint_lender": 15,
    "debt_details_request": 15,
    "stop_third_party_contact": 15,
    "credit_objection": 20,
}


def asked_days(item):
    """The days the item's letter asked them to answer within, or None (no letter, no ask)."""
    return ASKED_REPLY_DAYS.get(item.letter.kind) if item.letter_id else None


@dataclass(frozen=True)
class Deadline:
    rule: deadlines.Rule
    due: date
    state: str
    days_left: int
    next_channel: str | None
    asked_days: int | None = None  # the letter's own "answer within N days", when it has one

    @property
    def source(self):
        return self.rule.source and site_registry().source(self.rule.source)

    @property
    def days_late(self):
        return max(0, -self.days_left)

    @property
    def is_legal(self):
        return self.rule.kind != deadlines.CHECK_BACK


def deadline_of(item, lender_code, today):
    rule = deadlines.rule_for(item.about, item.channel, lender_code)
    # The reply time runs from the institution's receipt (FACTS.md §8).
    start = item.received_on or item.sent_on
    due = deadlines.due_date(start, rule, item.extension)
    asked = asked_days(item)
    if asked and rule.kind == deadlines.CHECK_BACK:
        # The letter asks for an answer within `asked` days of receiving it.
        due = start + timedelta(days=asked)
    return Deadline(
        asked_days=asked,
        rule=rule,
        due=due,
        state=deadlines.state(due, today, item.answered),
        days_left=deadlines.days_left(due, today),
        next_channel=deadlines.next_channel(
            lender_type(lender_code).complaint_channels, item.channel
        ),
    )


def payment_order_deadline(case, today):
    """The payment order's objection window, if the case has one recorded."""
    order = getattr(case, "payment_order", None)
    if order is None:
        return None
    rule = deadlines.default_rules()["payment_order_objection"]
    due = deadlines.due_date(order.served_on, rule)
    return Deadline(rule, due, deadlines.state(due, today), deadlines.days_left(due, today), None)


def items_with_deadlines(case, today=None):
    today = today or deadlines.today_in_shanghai()
    return [
        {"item": item, "deadline": deadline_of(item, case.lender_type, today)}
        for item in case.sent_items.select_related("letter")
    ]


def split(rows):
    """The rows still waiting for an answer (late ones included), and the answered ones."""
    answered = [row for row in rows if row["deadline"].state == deadlines.ANSWERED]
    return [row for row in rows if row["deadline"].state != deadlines.ANSWERED], answered


def follow_up(case, today=None):
    """The case page's follow-up section: late first, then due today, waiting, answered."""
    today = today or deadlines.today_in_shanghai()
    rows = items_with_deadlines(case, today)
    order = [deadlines.OVERDUE, deadlines.DUE_TODAY, deadlines.WAITING, deadlines.ANSWERED]
    rows.sort(key=lambda row: (order.index(row["deadline"].state), row["deadline"].due))
    open_rows, answered = split(rows)
    return {
        "rows": rows,
        "open": open_rows,
        "answered": answered,
        "payment_order": payment_order_deadline(case, today),
        "today": today,
    }
