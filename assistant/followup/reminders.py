"""Deadline reminders by e-mail, for account holders who asked for them (ReminderChoice).

A reminder is due when a deadline (reply or payment-order objection, keydates.py) is within
SOON_DAYS, and once more when it has passed. Each is recorded in ReminderSent under a key
made of the event's stable uid, its date and the phase, so a second run the same day (or a
cron job every hour) sends nothing new, while a changed date is a new reminder.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from assistant.assessment import deadlines
from assistant.cases.models import Case
from assistant.followup.keydates import deadline_dates
from assistant.followup.models import ReminderChoice, ReminderSent

SOON_DAYS = 3


@dataclass(frozen=True)
class Reminder:
    key: str
    case: Case
    title: str
    day: object
    late: bool


def phase(day, today):
    """ "soon" within SOON_DAYS of `day`, "late" after it, else None."""
    left = (day - today).days
    if left < 0:
        return "late"
    return "soon" if left <= SOON_DAYS else None


def due_for(user, today):
    """Reminders `user` should get today that were not sent before."""
    sent = set(ReminderSent.objects.filter(user=user).values_list("key", flat=True))
    found = []
    cases = Case.objects.filter(user=user).select_related("payment_order")
    # tracking.items_with_deadlines loads each case's items with their letters itself.
    for case in cases:
        for key_date in deadline_dates(case, today):
            when = phase(key_date.day, today)
            key = f"{key_date.uid}/{key_date.day.isoformat()}/{when}"
            if when and key not in sent:
                found.append(Reminder(key, case, key_date.title, key_date.day, when == "late"))
    return found


def message(reminders):
    lines = [_("Dates to watch in your Anxin cases:"), ""]
    for r in reminders:
        state = _("passed") if r.late else _("coming up")
        lines.append(f"- {r.day.isoformat()} ({state}) · {r.case} · {r.title}")
    lines += [
        "",
        _(
            "Open your case page to see the next step. To stop these e-mails, untick "
            "the reminders on the page “E-mail reminders”."
        ),
    ]
    return "\n".join(lines)


def run(today=None, send=True):
    """[(email, reminders)] for every opted-in account; sends and records them when `send`."""
    today = today or deadlines.today_in_shanghai()
    results = []
    choices = ReminderChoice.objects.filter(enabled=True).exclude(email="").select_related("user")
    for choice in choices:
        with translation.override(settings.LANGUAGE_CODE):
            reminders = due_for(choice.user, today)
            if not reminders:
                continue
            results.append((choice.email, reminders))
            if send:
                _send(choice, reminders)
    return results


@transaction.atomic
def _send(choice, reminders):
    ReminderSent.objects.bulk_create([ReminderSent(user=choice.user, key=r.key) for r in reminders])
    send_mail(_("Anxin: a deadline is near"), message(reminders), None, [choice.email])
