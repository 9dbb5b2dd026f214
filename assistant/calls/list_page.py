"""The call list page: the list itself is kept between one visitor's requests until a call
or anything else in the case changes (core/kept_pages.py); the notices of the moment (saved,
undo, files attached) are put into it on every request.

Only the page's calls are loaded (listing.py): the page costs the same few queries with ten
calls or ten thousand, and a kept page none of them.
"""

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from assistant.calls import listing
from assistant.calls.forms import FilterForm
from assistant.calls.presenting import with_suggestions
from assistant.cases import content
from assistant.core.kept_pages import SLOT, csrf_token, kept_part, split_at_slot

PER_PAGE = 20
FILTERS = ("flag", "date_from", "date_to")
# Query parameters that say what just happened; they never change the list itself.
NOTICES = ("saved", "undo", "undone", "attached", "imported")


def list_parts(request, case, read_only, saved):
    """The context of calls/list.html but for its notices: the kept list, split where the
    notices go. `saved` (a call just saved) shows its suggestions, so it is not kept."""
    shown = request.GET.copy()
    for key in NOTICES:
        shown.pop(key, None)

    def build(token):
        context = _list_context(case, read_only, saved, shown)
        context.update(slot=mark_safe(SLOT), csrf_token=token)  # noqa: S308 (our marker)
        return render_to_string("calls/list_body.html", context, request)

    depends_on = sorted(shown.lists())
    html = kept_part(request, case, "call-list", build, depends_on, fresh=saved is not None)
    top, rest = split_at_slot(html)
    return {"case": case, "body_top": top, "body_rest": rest, "csrf_token": csrf_token(request)}


def _list_context(case, read_only, saved, shown):
    filters = FilterForm(shown if any(shown.get(key) for key in FILTERS) else None)
    index = listing.index_for(case, case.calls_version)  # the case was read this request
    page = Paginator(listing.matching(index, **filters.filters()), PER_PAGE).get_page(
        shown.get("page")
    )
    page.object_list = [
        with_suggestions(row) if row["call"].pk == saved else row
        for row in listing.rows_for(index, page.object_list, case.lender_type)
    ]
    query = shown.copy()
    query.pop("page", None)
    return {
        "case": case,
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
        "total": len(index),
        "chart": index.chart,
        "read_only": read_only,
        "content": content,
    }
