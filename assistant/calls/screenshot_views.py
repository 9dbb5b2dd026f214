"""calls:from_screenshot: read a screenshot, propose its calls, save only what is confirmed.

Step 1 (GET, then POST with the image): the image is checked like any upload, read by OCR
(screenshots.py, in a process with a time limit, so many times an hour: limits.json) and
kept aside (pending.py); the page lists one proposed entry per message
or call, each editable, with its suggested ticks unticked. Step 2 (POST with `token`): the
ticked entries are checked with the call form's rules and saved together, each with a copy
of the screenshot as its evidence file. Plain forms: the same with and without JavaScript.
"""

import logging

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assistant.accounts import rates
from assistant.assessment import limits
from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls import evidence, pending, screenshots
from assistant.calls.forms import ScreenshotEntryForm, ScreenshotForm
from assistant.calls.models import Call
from assistant.calls.presenting import flag_text, suggestions
from assistant.cases import content
from assistant.cases.access import get_case_for
from assistant.core import bounded
from assistant.core.pages import render_page

MAX_ENTRIES = 60
log = logging.getLogger(__name__)


def from_screenshot(request, case_pk):
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request, case)
    form = ScreenshotForm(
        request.POST or None, request.FILES or None, case_bytes=evidence.case_bytes(case)
    )
    status = None
    if request.method == "POST" and form.is_valid():
        upload, fmt = form.cleaned_data["image"]
        proposals = _read(request, upload)
        if proposals in (TOO_MANY, TOO_LONG):
            status = 429 if proposals is TOO_MANY else 503
            form.add_error("image", _problem(proposals))
        elif proposals is None:
            form.add_error("image", _("We could not read this image. Please take it again."))
        elif not proposals:
            form.add_error(
                "image",
                _(
                    "We found no messages or calls in this screenshot. You can still attach "
                    "it to a call you log by hand."
                ),
            )
        else:
            token = pending.keep(request, case, upload, fmt)
            entries = [_entry_form(i, p) for i, p in enumerate(proposals[:MAX_ENTRIES])]
            return _confirm_page(request, case, token, entries)
    context = {"case": case, "form": form}
    return render_page(request, "calls/from_screenshot.html", context, status=status)


# What _read says when it did not read the screenshot at all.
TOO_MANY, TOO_LONG = object(), object()


def _read(request, upload):
    """The proposals in the screenshot, [] if it has none, None if it could not be read;
    TOO_MANY past the hourly limit, TOO_LONG when reading took longer than allowed."""
    if not rates.allowed(rates.SCREENSHOT, request):
        return TOO_MANY
    rates.count(rates.SCREENSHOT, request)
    upload.seek(0)
    try:
        return screenshots.propose(screenshots.read_text_bounded(upload.read()))
    except bounded.TimedOut:
        log.warning("screenshot reading stopped after its time limit")
        return TOO_LONG
    except Exception:  # a broken image the checks let through: say so, never a 500
        log.warning("screenshot could not be read", exc_info=True)
        return None
    finally:
        upload.seek(0)


def _problem(what):
    if what is TOO_MANY:
        most = limits.value("screenshot_reads_per_hour")
        return ngettext(
            "You have sent %(count)s screenshot in the last hour, as many as we can read "
            "for one person. Please try again later, or log the calls by hand.",
            "You have sent %(count)s screenshots in the last hour, as many as we can read "
            "for one person. Please try again later, or log the calls by hand.",
            most,
        ) % {"count": most}
    return _(
        "Reading this screenshot took too long. Please send it in parts, one phone screen "
        "at a time."
    )


def _entry_form(index, proposal):
    initial = {
        "at": proposal.at,
        "channel": proposal.channel,
        "answered": "yes" if proposal.answered else "no",
        "number": proposal.number,
        "summary": proposal.text,
        "duration_minutes": proposal.duration_minutes,
        "include": proposal.include,
    }
    return ScreenshotEntryForm(initial=initial, prefix=f"e{index}")


def _confirm(request, case):
    kept = pending.get(request, case, request.POST.get("token"))
    if kept is None:
        context = {
            "case": case,
            "form": ScreenshotForm(),
            "error": _("This screenshot is no longer waiting. Please choose it again."),
        }
        return render_page(request, "calls/from_screenshot.html", context)
    count = min(_int(request.POST.get("count")), MAX_ENTRIES)
    entries = [ScreenshotEntryForm(request.POST, prefix=f"e{i}") for i in range(count)]
    chosen = [form for form in entries if form.is_valid() and form.cleaned_data["include"]]
    ticked = [form for form in entries if form.data.get(f"{form.prefix}-include")]
    error = None
    if not ticked:
        error = _("Tick at least one entry to save, or go back to the call log.")
    elif len(chosen) == len(ticked):
        saved = _save(case, kept, chosen)
        if saved is not None:
            pending.drop(request, case)
            return redirect(reverse("calls:list", args=[case.pk]) + f"?imported={saved}")
        error = _("These calls and their screenshots would not fit in this case's storage.")
    else:
        error = _("Please check the entries marked below. Everything you typed is still here.")
    return _confirm_page(request, case, kept["token"], entries, error)


def _save(case, kept, chosen):
    """Save the chosen entries, each with a copy of the screenshot; how many, or None when
    the copies would not fit in the case's storage (then nothing is saved)."""
    with default_storage.open(kept["path"]) as stored:
        image = File(stored, name=kept["name"])
        fmt = evidence.FORMATS[evidence.sniff(stored.read(evidence.HEAD_BYTES))]
        stored.seek(0)
        if evidence.case_bytes(case) + image.size * len(chosen) > evidence.MAX_CASE_BYTES:
            return None
        with transaction.atomic():
            for form in chosen:
                call = Call.objects.create(case=case, **form.call_fields())
                evidence.attach(call, image, fmt)
                image.seek(0)
    return len(chosen)


def _confirm_page(request, case, token, entries, error=None):
    rows = [{"form": form, "ticks": _ticks(form)} for form in entries]
    context = {
        "case": case,
        "token": token,
        "rows": rows,
        "count": len(entries),
        "error": error,
        "content": content,
    }
    return render_page(request, "calls/from_screenshot_confirm.html", context)


def _ticks(form):
    """The tick-boxes an entry shows: what its text suggests (unticked until the borrower
    ticks it, with the words it comes from) and whatever they ticked already."""
    if form.is_bound:
        summary = form.data.get(f"{form.prefix}-summary", "")
        ticked = form.data.getlist(f"{form.prefix}-conduct")
    else:
        summary, ticked = form.initial.get("summary", ""), []
    offered = suggestions(summary)
    codes = [s["code"] for s in offered]
    offered += [flag_text(code) for code in ticked if code in REPORTED_CODES and code not in codes]
    return [{**s, "checked": s["code"] in ticked} for s in offered]


def _int(value):
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0
