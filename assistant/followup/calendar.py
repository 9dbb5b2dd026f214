"""The case calendar as an iCalendar file, built with the `icalendar` library.

All-day events (the dates are Asia/Shanghai calendar days); each deadline also carries an
alarm the day before. UIDs come from keydates.uid(), so a second download updates the same
events in the phone's calendar.

Every text goes in cleaned (text.one_line; descriptions keep their line breaks, which the
library escapes): a name with a line break, even one stored before names were cleaned on
input, can never start a line of its own in the file. The
`icalendar` library checks that with an `assert`, which `python -O` removes.
"""

from datetime import timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from assistant.assessment.days import plus_days
from assistant.assessment.text import lines, one_line

PRODID = "-//Anxin//case calendar//EN"


def _event(key_date, stamp):
    event = Event()
    event.add("uid", key_date.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", key_date.day)
    event.add("dtend", plus_days(key_date.day, 1))
    event.add("summary", one_line(str(key_date.title)))
    # A TEXT value: icalendar writes its line breaks escaped, as "\\n".
    event.add("description", lines(str(key_date.description)))
    event.add("transp", "TRANSPARENT")
    if key_date.deadline:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", one_line(str(key_date.title)))
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
    return event


def case_calendar(case, dates, stamp) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(_("Anxin: %(case)s") % {"case": case}))
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for key_date in dates:
        calendar.add_component(_event(key_date, stamp))
    return calendar.to_ical()
