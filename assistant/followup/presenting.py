"""What the case page's follow-up section shows: tracking.follow_up() with words and links."""

from django.urls import reverse

from assistant.assessment import deadlines
from assistant.cases import content, court_words
from assistant.followup import escalation, tracking


def _sources(deadline):
    from assistant.cases.presenting import cite  # the case page's module imports this one

    if not deadline or not deadline.rule.source:
        return []
    return cite([deadline.rule.source])


def _row(row):
    item, deadline = row["item"], row["deadline"]
    late = deadline.state == deadlines.OVERDUE or item.outcome in ("refused", "partly")
    next_code = deadline.next_channel
    return {
        **row,
        "edit_url": reverse("followup:edit", args=[item.case_id, item.pk]),
        "late": deadline.state == deadlines.OVERDUE,
        "sources": _sources(deadline),
        "next_channel": late and next_code and content.CHANNELS.get(next_code),
        "escalation_url": late and escalation.letter_url(item),
    }


def _court_row(row):
    deadline = row["deadline"]
    return {
        **row,
        "title": court_words.COURT_DEADLINES[row["kind"]],
        "late": deadline.state == deadlines.OVERDUE,
        "sources": _sources(deadline),
    }


def follow_up(case, today=None):
    summary = tracking.follow_up(case, today)
    rows = [_row(row) for row in summary["rows"]]
    open_rows, answered = tracking.split(rows)
    return {
        **summary,
        "rows": rows,
        "open": open_rows,
        "answered": answered,
        "court": [_court_row(row) for row in summary["court"]],
        "new_url": reverse("followup:new", args=[case.pk]),
        "tracker_url": reverse("followup:tracker", args=[case.pk]),
        "calendar_url": reverse("cases:calendar", args=[case.pk]),
    }
