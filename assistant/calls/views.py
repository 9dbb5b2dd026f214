"""The call log of one case: quick entry, the list with its flags, suggestions, CSV export.

Every view starts with get_case_for (someone else's case is a 404). Saving posts and redirects
to the list without JavaScript; with htmx the entry form answers with the saved call in place.
"""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.chart import chart
from assistant.calls.export import calls_csv
from assistant.calls.forms import CallForm, FilterForm
from assistant.calls.models import Call
from assistant.calls.presenting import (
    call_rows,
    filter_rows,
    newest_first,
    oldest_first,
    suggestions,
    with_suggestions,
)
from assistant.cases.access import get_case_for
from assistant.core.pages import render_page

PER_PAGE = 20
RECENT = 5


def call_list(request, case_pk):
    """All calls, newest first, filtered by flag and dates, 20 to a page."""
    case = get_case_for(request, case_pk)
    filters = FilterForm(request.GET if _has_filters(request.GET) else None)
    all_rows = call_rows(case)
    rows = newest_first(filter_rows(all_rows, **filters.filters()))
    saved = _int(request.GET.get("saved"))
    rows = [with_suggestions(row) if row["call"].pk == saved else row for row in rows]
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("saved", None)
    context = {
        "case": case,
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
        "total": case.calls.count(),
        "saved": saved,
        "chart": chart(all_rows),
    }
    return render_page(request, "calls/list.html", context)


def new(request, case_pk):
    """Quick entry. Without JS: post, then the list; with htmx: the saved call in place."""
    case = get_case_for(request, case_pk)
    suggest_url = reverse("calls:suggest", args=[case.pk])
    saved = None
    if request.method == "POST":
        if "tick" in request.POST:
            # "Tick these" without JavaScript: the form comes back with the suggestions ticked.
            form = CallForm(_with_suggestions_ticked(request.POST), suggest_url=suggest_url)
        else:
            form = CallForm(request.POST, suggest_url=suggest_url)
            if form.is_valid():
                call = Call.objects.create(case=case, **form.call_fields())
                if not request.htmx:
                    return redirect(_list_url(case, saved=call.pk))
                case = get_case_for(request, case_pk)
                saved = call
                form = CallForm(suggest_url=suggest_url)
    else:
        form = CallForm(suggest_url=suggest_url)
    return render_page(
        request,
        "calls/new.html",
        _entry_context(case, form, saved),
        partial="quick_entry",
    )


@require_GET
def suggest(request, case_pk):
    """htmx: the suggestions under the text; with `tick`, the tick-boxes with them ticked."""
    case = get_case_for(request, case_pk)
    if "tick" in request.GET:
        ticked = request.GET.getlist("conduct")
        added = [s["code"] for s in suggestions(request.GET.get("summary", ""), ticked)]
        form = CallForm(
            initial={"conduct": [*ticked, *added]},
            suggest_url=reverse("calls:suggest", args=[case.pk]),
        )
        context = {"case": case, "form": form, "ticked_now": added}
        return render(request, "calls/new.html#conduct_area", context)
    ticked = request.GET.getlist("conduct")
    context = {"case": case, "suggestions": suggestions(request.GET.get("summary", ""), ticked)}
    return render(request, "calls/new.html#suggestions", context)


@require_POST
def confirm(request, case_pk, pk):
    """Add one suggested conduct code to a saved call, after the borrower pressed Confirm."""
    case = get_case_for(request, case_pk)
    call = get_object_or_404(Call, case=case, pk=pk)
    code = request.POST.get("code")
    if code not in REPORTED_CODES:
        raise Http404
    if code not in call.conduct:
        call.conduct = [*call.conduct, code]
        call.save(update_fields=["conduct"])
    if request.htmx:
        case = get_case_for(request, case_pk)
        row = next(row for row in call_rows(case) if row["call"].pk == call.pk)
        return render(request, "calls/entry.html", {"case": case, "row": with_suggestions(row)})
    return redirect(_list_url(case, saved=call.pk))


@require_GET
def export_csv(request, case_pk):
    case = get_case_for(request, case_pk)
    response = HttpResponse(
        calls_csv(oldest_first(call_rows(case))), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="anxin-calls-{case.pk}.csv"'
    return response


def _entry_context(case, form, saved):
    """The form, the call just saved (as a row with its flags) and the latest other entries."""
    rows = sorted(call_rows(case), key=lambda row: row["call"].pk, reverse=True)
    saved_row = next((row for row in rows if saved and row["call"].pk == saved.pk), None)
    ticked = (form["conduct"].value() or []) if form.is_bound else []
    summary = form["summary"].value() if form.is_bound else ""
    return {
        "case": case,
        "form": form,
        "saved": saved_row and with_suggestions(saved_row),
        "recent": [row for row in rows if row is not saved_row][:RECENT],
        "total": len(rows),
        "suggestions": suggestions(summary, ticked),
    }


def _ticked_and_suggested(data):
    ticked = data.getlist("conduct")
    return [*ticked, *(s["code"] for s in suggestions(data.get("summary", ""), ticked))]


def _with_suggestions_ticked(post):
    data = post.copy()
    data.setlist("conduct", _ticked_and_suggested(post))
    return data


def _list_url(case, saved=None):
    url = reverse("calls:list", args=[case.pk])
    return f"{url}?saved={saved}#call-{saved}" if saved else url


def _has_filters(query):
    return any(query.get(key) for key in ("flag", "date_from", "date_to"))


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
