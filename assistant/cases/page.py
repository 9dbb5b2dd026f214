"""The case page, built in parts: what only the case and its reader decide is kept between
that reader's requests (core/kept_pages.py); the notices of the moment are built every time.

- the body: the stage, dates, actions, timeline, letters, money, where to complain;
- the sharing panel: kept with the body while nothing in it can change without a write to
  the case (no share, no code waiting to be used, no look recorded yet); otherwise built on
  every request (a look, an expiring code), and always when a note form has errors;
- around them (detail.html): the volunteer's banner, "call saved", messages (at the slot,
  between the body and the panel).
"""

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from assistant.cases.access import is_owner
from assistant.cases.presenting import case_page
from assistant.core.kept_pages import SLOT, csrf_token, kept_part, split_at_slot
from assistant.sharing.panel import sharing_panel, volunteer_banner


def case_page_context(request, case, note_form=None):
    """The context of cases/detail.html; `note_form` is a volunteer's note with errors."""
    owner = is_owner(request, case)
    built_panel = []  # the panel built with the body but not kept with it

    def build(token):
        # The stage, the follow-up section and the letters each read the court papers.
        prefetch_related_objects([case], "repayments", "court_documents")
        context = {**case_page(case), **_sharing_basics(owner), "csrf_token": token}
        body = render_to_string("cases/detail_body.html", context, request)
        panel, quiet = _panel(request, case, note_form, token)
        if quiet or note_form:
            return body + SLOT + panel
        built_panel.append(panel.replace(token, csrf_token(request)))
        return body + SLOT  # the page puts the panel of the moment after the slot

    html = kept_part(request, case, "case-page", build, fresh=note_form is not None)
    body, panel = split_at_slot(html)
    if not panel:  # not kept: the looks and codes of this moment (a new code shows once)
        fresh = built_panel or _panel(request, case, None, csrf_token(request))
        panel = mark_safe(fresh[0])  # noqa: S308 (rendered by the template engine)
    return {
        "case": case,
        "body": body,
        "panel": panel,
        "banner": None if owner else volunteer_banner(case),
        "csrf_token": csrf_token(request),
        **_sharing_basics(owner),
    }


def _sharing_basics(owner):
    return {"read_only": not owner, "sharing": {"is_owner": owner}}


def _panel(request, case, note_form, token):
    """The sharing panel's HTML, and whether it may be kept."""
    context = {**sharing_panel(request, case, note_form), "case": case, "csrf_token": token}
    html = render_to_string("sharing/case_panel.html", context, request)
    return html, _quiet(context["sharing"])


def _quiet(sharing):
    """Whether the panel stays as it is until the case is written to again."""
    if not sharing["is_owner"]:
        return True  # the notes and the note form: a new note is a write
    return not (
        sharing["new_code"] or sharing["waiting_codes"] or sharing["shares"] or sharing["looks"]
    )
