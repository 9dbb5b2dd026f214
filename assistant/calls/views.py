"""The call log of one case: quick entry, the list with its flags, suggestions, edit, delete
and undo, evidence files, CSV and PDF exports.

Every view starts with get_case_for (someone else's case is a 404), and looks a call up only
within that case. A volunteer the case is shared with may read and export the log, but
only the borrower adds, changes, deletes or undoes calls or attaches files (owner_only): the
log is the borrower's own evidence. Saving posts and redirects to the list without
JavaScript; with htmx the entry form answers with the saved call in place.
"""

import heapq
import logging

from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assistant.accounts import rates
from assistant.assessment import limits
from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls import evidence, history, listing
from assistant.calls import quick as quick_log
from assistant.calls.export import NoSuchPart, case_calls_csv, evidence_summary
from assistant.calls.forms import CallForm, EvidenceForm, QuickCallForm
from assistant.calls.kept_documents import kept_pdf
from assistant.calls.list_page import list_parts
from assistant.calls.models import Call, CallChange, Evidence
from assistant.calls.presenting import suggestions, with_suggestions
from assistant.cases import content
from assistant.cases.access import cases_for, claim_for, get_case_for, is_owner
from assistant.core.downloads import private_download
from assistant.core.pages import render_page
from assistant.letters.pdf import PdfRenderError, render_html, render_pdf
from assistant.sharing.panel import volunteer_banner

RECENT = 5


def call_list(request, case_pk):
    """All calls, newest first, filtered by flag and dates, 20 to a page (list_page.py)."""
    case = get_case_for(request, case_pk, preload=())
    # A volunteer with a share reads the log; only the borrower changes it (their evidence).
    read_only = not is_owner(request, case)
    saved = None if read_only else _int(request.GET.get("saved"))
    context = {
        **list_parts(request, case, read_only, saved),
        "saved": saved,
        "change": None if read_only else _undoable_change(case, request.GET.get("undo")),
        "read_only": read_only,
        "banner": read_only and volunteer_banner(case),
        "undone": request.GET.get("undone"),
        "attached": _int(request.GET.get("attached")),
        "imported": _int(request.GET.get("imported")),
    }
    return render_page(request, "calls/list.html", context)


def new(request, case_pk):
    """Quick entry, with files if any. Without JS: post, then the list; with htmx: the saved
    call in place."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    suggest_url = reverse("calls:suggest", args=[case.pk])
    saved = None
    if request.method == "POST":
        form = _posted_form(request, suggest_url, case)
        if "tick" not in request.POST and form.is_valid():
            try:
                call = _save_with_files(case, form)
            except evidence.StorageFull as error:
                form.add_error("files", error.message)
        if "tick" not in request.POST and form.is_valid():
            if not request.htmx:
                return redirect(
                    _list_url(case, saved=call.pk, attached=len(form.cleaned_data["files"]))
                )
            saved = call
            form = CallForm(suggest_url=suggest_url)
    else:
        form = CallForm(suggest_url=suggest_url)
    context = _entry_context(case, form, saved)
    # A browser never sends chosen files back with a page: ask for them again.
    context["files_again"] = bool(request.FILES) and saved is None
    return render_page(request, "calls/new.html", context, partial="quick_entry")


@transaction.atomic
def _save_with_files(case, form):
    call = Call.objects.create(case=case, **form.call_fields())
    evidence.attach_all(call, form.cleaned_data["files"])  # StorageFull: nothing is kept
    return call


@require_GET
def suggest(request, case_pk):
    """htmx: the suggestions under the text; with `tick`, the tick-boxes with them ticked.

    Runs as the borrower types: the case is only checked, its calls are not loaded."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    if "tick" in request.GET:
        ticked = request.GET.getlist("conduct")
        added = [s["code"] for s in suggestions(request.GET.get("summary", ""), ticked)]
        form = CallForm(
            initial={"conduct": [*ticked, *added]},
            suggest_url=reverse("calls:suggest", args=[case.pk]),
        )
        context = {"case": case, "form": form, "ticked_now": added, "content": content}
        return render(request, "calls/new.html#conduct_area", context)
    ticked = request.GET.getlist("conduct")
    context = {"case": case, "suggestions": suggestions(request.GET.get("summary", ""), ticked)}
    return render(request, "calls/new.html#suggestions", context)


@require_POST
def confirm(request, case_pk, pk):
    """Add one suggested conduct code to a saved call, after the borrower pressed Confirm."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    call = get_object_or_404(Call, case=case, pk=pk)
    code = request.POST.get("code")
    if code not in REPORTED_CODES:
        raise Http404
    if code not in call.conduct:
        call.conduct = [*call.conduct, code]
        with transaction.atomic():  # the tick and the case's calls_version together
            call.save(update_fields=["conduct"])
    if request.htmx:
        row = _row(case, call)
        context = {"case": case, "row": with_suggestions(row), "content": content}
        return render(request, "calls/entry.html", context)
    return redirect(_list_url(case, saved=call.pk))


@require_GET
def export_csv(request, case_pk):
    case = get_case_for(request, case_pk, preload=())
    response = HttpResponse(case_calls_csv(case), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="anxin-calls-{case.pk}.csv"'
    return response


def edit(request, case_pk, pk):
    """The call's form, filled in with what was logged; saving keeps the old values for undo."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    call = get_object_or_404(Call, case=case, pk=pk)
    suggest_url = reverse("calls:suggest", args=[case.pk])
    stale = None
    if request.method == "POST":
        form = _posted_form(request, suggest_url)
        if "tick" not in request.POST and form.is_valid():
            try:
                change = history.edit_call(call, form.call_fields(), request.POST.get("seen"))
            except history.StaleEdit as changed:
                call = changed.current
                stale = _row(case, call)
            else:
                return redirect(_list_url(case, undo=change and change.pk, anchor=call.pk))
    else:
        form = CallForm(initial=_initial(call), suggest_url=suggest_url)
    ticked = (form["conduct"].value() or []) if form.is_bound else call.conduct
    summary = form["summary"].value() if form.is_bound else call.summary
    context = {
        "case": case,
        "call": call,
        "form": form,
        # What the form was opened with; after a stale save, the call as saved now, so that
        # saving again keeps what this person typed.
        "seen": history.fingerprint(call),
        "stale": stale,
        "suggestions": suggestions(summary or "", ticked),
        "content": content,
    }
    return render_page(request, "calls/edit.html", context, status=409 if stale else None)


def delete(request, case_pk, pk):
    """GET asks to confirm; POST hides the call (it can be undone from the list)."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    call = get_object_or_404(Call, case=case, pk=pk)
    if request.method == "POST":
        change = history.delete_call(call)
        return redirect(_list_url(case, undo=change.pk))
    row = _row(case, call)
    context = {"case": case, "row": row, "content": content}
    return render_page(request, "calls/delete.html", context)


@require_POST
def undo(request, case_pk, pk):
    """One tap: the call as it was before the change `pk` (a delete or an edit)."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    change = get_object_or_404(CallChange, call__case=case, pk=pk)
    done = history.undo(change)
    undone = change.kind if done else "stale"
    anchor = change.call_id if done else None
    return redirect(
        f"{reverse('calls:list', args=[case.pk])}?undone={undone}"
        + (f"#call-{anchor}" if anchor else "")
    )


def attach(request, case_pk, pk):
    """Add screenshots, recordings or PDFs to a call; each is checked by its content."""
    case = get_case_for(request, case_pk, owner_only=True, preload=())
    call = get_object_or_404(Call, case=case, pk=pk)
    if request.method == "POST":
        form = EvidenceForm(request.POST, request.FILES, case_bytes=evidence.case_bytes(case))
        if form.is_valid():
            try:
                evidence.attach_all(call, form.cleaned_data["files"])
            except evidence.StorageFull as error:
                form.add_error("files", error.message)
        if form.is_valid():
            return redirect(
                _list_url(case, anchor=call.pk, attached=len(form.cleaned_data["files"]))
            )
    else:
        form = EvidenceForm()
    row = _row(case, call)
    context = {"case": case, "row": row, "form": form, "content": content}
    return render_page(request, "calls/attach.html", context)


@require_GET
def evidence_file(request, case_pk, pk):
    """An attached file, to its owner or a volunteer the case is shared with, always as a
    download that is never run or shown."""
    case = get_case_for(request, case_pk, preload=())
    item = get_object_or_404(Evidence, call__case=case, call__deleted_at__isnull=True, pk=pk)
    return private_download(item.file, item.name, item.content_type)


EVIDENCE_DOCUMENT = "pdf/evidence.html"
logger = logging.getLogger(__name__)


class _TooManyPdfs(Exception):
    """This visitor had the evidence PDF made as often as an hour allows (rates.py)."""


@require_GET
def evidence_pdf(request, case_pk):
    """The formal evidence summary, in Chinese like every document for Chinese institutions;
    a long log comes in parts (?part=2), each laid out in a process with a time limit. A
    part downloaded again by the same session is the kept copy (kept_documents.py); only a
    part actually laid out counts towards the hourly limit."""
    case = get_case_for(request, case_pk)
    summary = _evidence_summary(case, request)

    def make():
        if not rates.allowed(rates.EVIDENCE_PDF, request):
            raise _TooManyPdfs
        rates.count(rates.EVIDENCE_PDF, request)
        return render_pdf(EVIDENCE_DOCUMENT, summary, isolated=True)

    try:
        with translation.override("zh-hans"):
            body = kept_pdf(request, case, make, part=summary["part"]["number"])
    except _TooManyPdfs:
        return _evidence_page(request, case, summary, pdf_limited=True, status=429)
    except PdfRenderError:
        logger.exception("case %s: the evidence PDF could not be made", case.pk)
        return _evidence_page(request, case, summary, pdf_failed=True, status=503)
    response = HttpResponse(body, content_type="application/pdf")
    part = summary["part"]
    name = f"anxin-evidence-{case.pk}" + (f"-{part['number']}" if part["count"] > 1 else "")
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


@require_GET
def evidence_html(request, case_pk):
    """The same evidence summary as a web page (screen readers, copy and paste)."""
    case = get_case_for(request, case_pk)
    return _evidence_page(request, case, _evidence_summary(case, request))


def _evidence_summary(case, request):
    """The summary of the part the query asks for (the first by default), in Chinese; 404
    past the last part."""
    try:
        with translation.override("zh-hans"):
            return evidence_summary(case, part=_int(request.GET.get("part")) or 1)
    except NoSuchPart as error:
        raise Http404 from error


def _evidence_page(request, case, summary, pdf_failed=False, pdf_limited=False, status=None):
    with translation.override("zh-hans"):
        # The document template escapes every value, like the PDF made from it.
        document = mark_safe(render_html(f"{EVIDENCE_DOCUMENT}#document", summary))  # noqa: S308
    context = {
        "case": case,
        "document": document,
        "part": summary["part"],
        "pdf_failed": pdf_failed,
        "pdf_limited": pdf_limited and limits.value("evidence_pdfs_per_hour"),
    }
    return render_page(request, "calls/evidence.html", context, status=status)


def _initial(call):
    return {
        **{name: getattr(call, name) for name in ("at", "channel", "number", "organisation")},
        "collector": call.collector,
        "duration_minutes": call.duration_minutes,
        "summary": call.summary,
        "conduct": call.conduct,
        "answered": "yes" if call.answered else "no",
    }


def _undoable_change(case, pk):
    pk = _int(pk)
    if pk is None:
        return None
    change = CallChange.objects.filter(call__case=case, pk=pk).select_related("call").first()
    return change if change and history.can_undo(change) else None


def _row(case, call):
    """One call as the list shows it, with its flags (from the list's index)."""
    index = listing.index_for(case)
    return listing.rows_for(index, [index.pks.index(call.pk)], case.lender_type)[0]


def _entry_context(case, form, saved):
    """The form, the call just saved (as a row with its flags) and the latest other entries."""
    index = listing.index_for(case)
    latest = heapq.nlargest(RECENT + 1, range(len(index)), key=lambda i: index.pks[i])
    rows = listing.rows_for(index, latest, case.lender_type)
    saved_row = next((row for row in rows if saved and row["call"].pk == saved.pk), None)
    ticked = (form["conduct"].value() or []) if form.is_bound else []
    summary = form["summary"].value() if form.is_bound else ""
    return {
        "case": case,
        "form": form,
        "saved": saved_row and with_suggestions(saved_row),
        "recent": [row for row in rows if row is not saved_row][:RECENT],
        "total": len(index),
        "suggestions": suggestions(summary, ticked),
        "content": content,
        "quick_save": True,
    }


def _ticked_and_suggested(data):
    ticked = data.getlist("conduct")
    return [*ticked, *(s["code"] for s in suggestions(data.get("summary", ""), ticked))]


def _posted_form(request, suggest_url, case=None):
    """The posted call form; "Tick these" without JavaScript brings it back with the
    suggestions ticked (and is not a save). With `case` (a new call), files sent with it are
    checked too, and so is the number of calls the case may hold."""
    data = request.POST
    if "tick" in data:
        data = _with_suggestions_ticked(data)
    if case is None:
        return CallForm(data, suggest_url=suggest_url)
    logged = case.calls.count()
    if not request.FILES:
        return CallForm(data, suggest_url=suggest_url, calls_logged=logged, logged=case.calls)
    return CallForm(
        data,
        request.FILES,
        suggest_url=suggest_url,
        case_bytes=evidence.case_bytes(case),
        calls_logged=logged,
        logged=case.calls,
    )


def _with_suggestions_ticked(post):
    data = post.copy()
    data.setlist("conduct", _ticked_and_suggested(post))
    return data


def _list_url(case, saved=None, undo=None, anchor=None, attached=None):
    """The list, with what just happened (saved, undo offer, files attached) and where."""
    url = reverse("calls:list", args=[case.pk])
    query = {"saved": saved, "undo": undo, "attached": attached}
    params = "&".join(f"{key}={value}" for key, value in query.items() if value)
    anchor = anchor or saved
    return url + (f"?{params}" if params else "") + (f"#call-{anchor}" if anchor else "")


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def quick(request):
    """A call logged before there is a case: saved in one tap, then the case page (which asks
    about the debt when the call started it). Where it goes: calls/quick.py."""
    cases = cases_for(request)
    if request.method != "POST":
        form = QuickCallForm(debts=cases)
        return render_page(request, "calls/quick.html", {"form": form})
    form = QuickCallForm(request.POST, debts=cases)
    if form.is_valid():
        data = form.cleaned_data
        where = quick_log.destination(cases, data["organisation"], data["debt"])
        if not where.choices:
            call = quick_log.log_quick_call(
                where, form.call_fields(), owner=lambda case: claim_for(request, case)
            )
            url = reverse("cases:detail", args=[call.case_id])
            return redirect(f"{url}?logged={call.pk}")
        form.ask_debt(where.choices)
        form.add_error("debt", _("Which debt is this call about? Choose one and save again."))
    return render_page(request, "calls/quick.html", {"form": form})
