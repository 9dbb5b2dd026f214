"""The key dates of a case, as the calendar and the reminders see them.

Each KeyDate has a `uid` made from the case id and what the date is (never random), so a
calendar re-imported after a change updates its events instead of adding copies, and a
reminder already sent for it is recognised.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from assistant.assessment import deadlines
from assistant.assessment.assess import assess
from assistant.cases import content
from assistant.cases.records import to_record
from assistant.followup import tracking

UID_DOMAIN = "anxin.case"


@dataclass(frozen=True)
class KeyDate:
    uid: str
    day: date
    title: str
    description: str
    deadline: bool  # a reply or objection deadline (reminders are sent for these)


def uid(case, what):
    return f"case-{case.pk}-{what}@{UID_DOMAIN}"


def _source_line(deadline):
    source = deadline.source
    if not source and deadline.asked_days:
        return _("Your letter asked for an answer within %(days)s days.") % {
            "days": deadline.asked_days
        }
    if not source:
        return _("No rule we know sets a time for this answer; this is our suggestion to check.")
    text = f"{source.instrument} {source.article or ''}".strip()
    if not source.verified:
        text += " — " + str(content.CHECK_OFFICIAL_TEXT)
    return _("Rule: %(source)s") % {"source": text}


def reply_dates(case, today):
    rows = tracking.items_with_deadlines(case, today)
    for row in rows:
        item, deadline = row["item"], row["deadline"]
        if deadline.state == deadlines.ANSWERED:
            continue
        lines = [
            _("Sent on %(day)s to %(channel)s.")
            % {"day": item.sent_on.isoformat(), "channel": item.get_channel_display()},
        ]
        if item.reference:
            lines.append(_("Reference: %(ref)s") % {"ref": item.reference})
        lines.append(_source_line(deadline))
        yield KeyDate(
            uid(case, f"reply-{item.pk}"),
            deadline.due,
            _("Answer due: %(channel)s") % {"channel": item.get_channel_display()},
            "\n".join(lines),
            True,
        )


def deadline_dates(case, today):
    """Only the deadlines (open replies, the payment-order window): no assessment needed."""
    dates = list(reply_dates(case, today))
    order = tracking.payment_order_deadline(case, today)
    if order:
        dates.append(
            KeyDate(
                uid(case, "payment-order"),
                order.due,
                _("Last day to object to the payment order"),
                _("Send the court a written objection by this day.") + "\n" + _source_line(order),
                True,
            )
        )
    return dates


def key_dates(case, today=None, result=None):
    """Next stage, every open reply deadline, the payment-order window, the limitation date.

    `result`: the case's assessment when the caller has it (the case page). A case started
    from a call (details_pending) has only its deadlines: its due date is a stand-in, so no
    stage or limitation date is worked out from it."""
    today = today or deadlines.today_in_shanghai()
    if case.details_pending:
        return sorted(deadline_dates(case, today), key=lambda d: d.day)
    result = result or assess(to_record(case))
    dates = []
    if result.next_stage:
        dates.append(
            KeyDate(
                uid(case, "next-stage"),
                result.next_stage.on,
                _("Usually next: %(stage)s")
                % {"stage": content.STAGES[result.next_stage.stage]["name"]},
                str(content.PRACTICE_NOT_LAW),
                False,
            )
        )
    dates.extend(deadline_dates(case, today))
    dates.append(
        KeyDate(
            uid(case, "limitation"),
            result.limitation_date,
            _("Limitation date, if nothing interrupted it"),
            str(content.LIMITATION_CAVEAT),
            False,
        )
    )
    return sorted(dates, key=lambda d: d.day)


def nearest(case, today=None, result=None):
    """The date the case page puts first: the nearest deadline still to come, else the nearest
    other key date still to come (the next stage, the limitation date); None when none is."""
    today = today or deadlines.today_in_shanghai()
    ahead = [d for d in key_dates(case, today, result) if d.day >= today]
    return next((d for d in ahead if d.deadline), ahead[0] if ahead else None)
