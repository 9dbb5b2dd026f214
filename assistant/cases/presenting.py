"""What the case page and the case list show: the engine's codes turned into text and links.

No rules are decided here; the assessment engine decides, this module only looks up the words
(content.py) and the sources (the registry) for what it decided.
"""

from collections import Counter

from django.urls import reverse

from assistant.assessment import stages
from assistant.assessment.assess import assess, assessment_to_dict, timeline_detail
from assistant.assessment.registry import default_registry
from assistant.calls import listing  # a module: calls.presenting imports this one
from assistant.cases import content, court_words
from assistant.cases.records import to_record
from assistant.core.registry import site_registry
from assistant.followup import keydates
from assistant.followup.presenting import follow_up

TOP_ACTIONS = 3


def cite(source_ids):
    """Registry sources for `source_ids` (with the admin's corrections), each with our
    one-line summary of it."""
    registry = site_registry()
    return [
        {"source": registry.source(i), "summary": content.SOURCE_SUMMARIES.get(i, "")}
        for i in dict.fromkeys(source_ids)
    ]


def court_line(*codes):
    """The 12368 line's source, when a text shown for one of `codes` sends the reader there
    (content.SEND_TO_COURT_LINE); else nothing to cite."""
    shown = set().union(*codes)
    return cite(court_words.CHECK_SOURCES) if shown & content.SEND_TO_COURT_LINE else []


def letter_link(case, kind):
    url = reverse("letters:new", args=[case.pk, kind])
    return {"kind": kind, "url": url, **content.LETTERS[kind]}


def letters_started(case):
    """The case's letters, newest first, each with its latest version (draft or sent)."""
    rows = []
    for letter in case.letters.prefetch_related("versions"):
        latest = max(letter.versions.all(), key=lambda version: version.number, default=None)
        rows.append(
            {
                "title": content.LETTERS[letter.kind]["title"],
                "url": reverse("letters:detail", args=[letter.pk]),
                "latest": latest,
            }
        )
    return rows


def flag_summary(flag_counts, lender=None, third_person=False):
    """One line per flag code, e.g. "7 calls after 22:00", most frequent first;
    `flag_counts`: (code, count) pairs, first flagged first (conduct.LogSummary).

    With the lender type, the daily-limit line names the limit that binds it; evidence for an
    institution speaks of the borrower (`third_person`)."""
    counts = Counter(dict(flag_counts))
    registry = default_registry()
    values = content.rule_values(registry)
    lines = []
    for code, count in counts.most_common():
        lines_for = third_person and content.THIRD_PERSON_SUMMARY.get(code)
        singular, plural = lines_for or content.FLAG_SUMMARY[code]
        text = (singular if count == 1 else plural) % {"count": count, **values}
        if code == "too_many_calls" and lender is not None:
            text = f"{text} ({content.daily_limit_text(lender, registry)})"
        lines.append({"code": code, "count": count, "text": text})
    return lines


def _stage_rows(details):
    return [
        {
            "code": detail.stage,
            "from_day": detail.from_day,
            "to_day": detail.to_day,
            "current": detail.current,
            "past": detail.past,
            "by_fact": detail.by != "days",
            **content.STAGES[detail.stage],
        }
        for detail in details
    ]


def percent(rate):
    return f"{rate * 100:.2f}%"


def apr_band_text(result):
    """What the effective rate means for this loan, with a person's lending cap filled in."""
    if not result.apr_band:
        return None
    text = content.APR_BANDS[result.apr_band]
    cap = result.lending_cap
    if cap is None:
        return text
    return text % {
        "cap": percent(cap.rate),
        "lpr": percent(cap.lpr),
        "day": cap.contracted_on.isoformat(),
    }


def assessed(case):
    """The stored case as the engine's record, without its calls, and its assessment.

    The call log is read through its summary, cached under the case's calls_version
    (calls/listing.py): no call is loaded, so the cost does not grow with the log. The
    assessment has no single flags (`flags` is None), only their summary (`log`).
    """
    record = to_record(case, with_calls=False)
    return record, assess(record, log=listing.log_summary(case, case.calls_version))


def assess_without_calls(case):
    """The `anxin.assessment/1` dict of assessed(case), for a list of cases."""
    return assessment_to_dict(assessed(case)[1])


def case_page(case):
    """The case page's context."""
    record, result = assessed(case)
    data = assessment_to_dict(result)
    details = timeline_detail(record, result)
    current = next(d for d in details if d.current)
    upcoming = next(
        (d for d in details if d.stage == (data["next_stage"] or {}).get("stage")), None
    )
    action_codes = result.actions[:TOP_ACTIONS]
    actions = [content.ACTIONS[c] for c in action_codes]
    return {
        "case": case,
        # Started from a call: the due date is a stand-in, so the page asks for the details
        # instead of showing a stage worked out from it.
        "needs_details": case.details_pending and reverse("cases:details", args=[case.pk]),
        "next_step": actions[0] if actions and not case.details_pending else None,
        "nearest": keydates.nearest(case, result=result),
        "assessment": data,
        "stage": content.STAGES[result.stage],
        # A fact (collection company, court papers) moved the case ahead of its day count.
        "moved_ahead": current.from_day is not None and result.days_overdue < current.from_day,
        "timeline": _stage_rows(details),
        "next_stage": upcoming
        and {
            "on": result.next_stage.on,
            "name": content.STAGES[upcoming.stage]["name"],
            "events": [content.EVENTS[c] for c in upcoming.events],
            "consequences": [content.CONSEQUENCES[c] for c in upcoming.consequences],
            "sources": court_line(upcoming.events, upcoming.consequences),
        },
        "consequences": [content.CONSEQUENCES[c] for c in current.consequences],
        "consequence_sources": court_line(current.consequences),
        "bluffs": [content.BLUFFS[c] for c in current.bluffs],
        "bluff_sources": court_line(current.bluffs),
        "rights": cite(current.rules),
        "actions": actions,
        "action_sources": court_line(action_codes),
        "letters": [letter_link(case, kind) for kind in result.suggested_letters],
        "letters_started": letters_started(case),
        "flags": flag_summary(result.log.flag_counts, case.lender_type),
        "flag_rules": cite(result.log.rules),
        "apr_band": apr_band_text(result),
        "apr_percent": result.effective_apr is not None and percent(result.effective_apr),
        "limitation_rules": cite(data["limitation_rules"]),
        "channels": [content.CHANNELS[c] for c in result.complaint_channels],
        "follow_up": follow_up(case),
        "content": content,
    }


def overview(cases_with_assessments):
    """The case list: most urgent first (later stage, then more days overdue), total owed."""
    rows = sorted(
        cases_with_assessments,
        key=lambda pair: (-stages.ORDER[pair[1]["stage"]], -pair[1]["days_overdue"]),
    )
    owed = [case.owed for case, _a in rows if case.owed is not None]
    return {
        "rows": [
            {"case": case, "assessment": a, "stage": content.STAGES[a["stage"]]} for case, a in rows
        ],
        "total_owed": sum(owed) if owed else None,
        "unknown_amounts": len(rows) - len(owed),
    }
