"""Letters: choose → pre-filled form → draft → edit (new version) → PDF → mark as sent.

Every view finds the case through `get_case_for`, the one ownership check: another
person's case or letter is a 404. Every successful POST redirects.
"""

import logging

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from assistant.cases.access import get_case_for, is_owner
from assistant.cases.content import LETTERS
from assistant.core.pages import render_page
from assistant.letters import documents, forms
from assistant.letters.kinds import (
    KINDS,
    build_content,
    limitation_may_have_passed,
    recipient_lines,
    schedule_data,
)
from assistant.letters.models import Letter
from assistant.letters.pdf import PdfRenderError, render_html, render_pdf

DOCUMENT = "pdf/letter.html"
logger = logging.getLogger(__name__)


def _get_letter_for(request, pk, owner_only=False):
    """The letter `pk` with its case, if this visitor owns the case (or, unless `owner_only`,
    helps with it through a share); else 404."""
    letter = get_object_or_404(Letter, pk=pk)
    letter.case = get_case_for(request, letter.case_id, owner_only=owner_only)
    return letter


def _version(letter, number=None):
    versions = letter.versions.all()
    if number is None:
        version = versions.order_by("-number").first()
    else:
        try:
            version = versions.filter(number=int(number)).first()
        except (TypeError, ValueError):
            version = None
    if version is None:
        raise Http404
    return version


def new(request, case_pk, kind):
    case = get_case_for(request, case_pk)
    if kind not in KINDS:
        raise Http404
    if case.details_pending:
        # A letter states the debt's dates; a case started from a call does not know them yet.
        return redirect("cases:detail", case.pk)
    form_class = forms.letter_form(kind)
    # "Work out the plan" (a button without JavaScript, the budget's htmx calls as you
    # type) shows the budget's outcome and saves nothing.
    calculating = "calculate" in request.POST
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid() and not calculating:
            options = dict(form.cleaned_data)
            if "schedule" in options:
                options["schedule"] = schedule_data(options["schedule"])
            letter = documents.create_letter(case, kind, build_content(case, kind, options))
            return redirect("letters:detail", letter.pk)
    else:
        initial = forms.initial_for(kind, case)
        if kind == "complaint_regulator":
            initial["recipient"] = "".join(recipient_lines(kind, case, {}))
        initial.update(documents.follows_up(case, kind, request.GET.get("after")))
        form = form_class(initial=initial)
    context = {
        "case": case,
        "kind": kind,
        "about": LETTERS[kind],
        "form": form,
        "fields": {group: form.bound_fields(group) for group in forms.FIELD_GROUPS},
        "plan": forms.plan_summary(form),
        "existing": case.letters.filter(kind=kind),
        "limitation_warning": limitation_may_have_passed(case, kind),
    }
    partial = "plan" if calculating else "main"
    return render_page(request, "letters/new.html", context, partial=partial)


def _page(request, letter, version, **extra):
    content = extra.pop("preview_content", None) or version.content
    context = {
        "letter": letter,
        "case": letter.case,
        "about": LETTERS[letter.kind],
        "version": version,
        "latest": _version(letter),
        "versions": letter.versions.order_by("-number"),
        "preview": mark_safe(  # noqa: S308 - the letter template escapes every value
            render_html(f"{DOCUMENT}#document", documents.document(content), request=request)
        ),
        # The English reading copy of the saved version (kinds.py); only versions made since
        # reading copies exist carry the English.
        "reading_copy": "reading" in version.content
        and mark_safe(  # noqa: S308 - the letter template escapes every value
            render_html(
                f"{DOCUMENT}#document",
                documents.document(version.content, reading=True),
                request=request,
            )
        ),
        "edit_form": forms.EditForm(initial=forms.EditForm.initial_from(version.content)),
        "sent_form": forms.SentForm(),
        "can_mark_sent": is_owner(request, letter.case),
        **extra,
    }
    return context


def detail(request, pk):
    letter = _get_letter_for(request, pk)
    version = _version(letter, request.GET.get("v"))
    return render_page(request, "letters/detail.html", _page(request, letter, version))


@require_POST
def edit(request, pk):
    """Save the edited paragraphs as a new version (see models.py on versioning)."""
    letter = _get_letter_for(request, pk)
    base = _version(letter, request.POST.get("from_version"))
    form = forms.EditForm(request.POST)
    latest = _version(letter)
    # The newest version when the page was opened: a newer one since (another tab) means
    # this save would silently push that one aside, so both are shown instead.
    seen = request.POST.get("latest_seen")
    stale = seen is not None and seen != str(latest.number)
    if form.is_valid() and not stale:
        documents.save_version(letter, form.content(base.content))
        return redirect("letters:detail", letter.pk)
    context = _page(request, letter, latest if stale else base, edit_form=form, stale=stale)
    return render_page(request, "letters/detail.html", context, status=409 if stale else None)


@require_POST
def preview(request, pk):
    """The letter as it would read with the edited paragraphs; nothing is saved."""
    letter = _get_letter_for(request, pk)
    base = _version(letter, request.POST.get("from_version"))
    form = forms.EditForm(request.POST)
    extra = {"edit_form": form, "previewing": True}
    if form.is_valid():
        extra["preview_content"] = form.content(base.content)
    context = _page(request, letter, base, **extra)
    return render_page(request, "letters/detail.html", context, partial="preview")


@require_POST
def mark_sent(request, pk):
    """Only the borrower marks a letter sent: it writes their follow-up record (a volunteer
    the case is shared with gets a 404, as for every change that is the owner's)."""
    letter = _get_letter_for(request, pk, owner_only=True)
    version = _version(letter, request.POST.get("version"))
    form = forms.SentForm(request.POST)
    if version.is_sent:
        return redirect("letters:detail", letter.pk)
    if form.is_valid():
        data = form.cleaned_data
        documents.mark_sent(version, data["sent_on"], data["sent_channel"], data["sent_reference"])
        return redirect(f"{letter_url(letter)}?v={version.number}")
    return render_page(
        request, "letters/detail.html", _page(request, letter, version, sent_form=form)
    )


def letter_url(letter):
    return reverse("letters:detail", args=[letter.pk])


def pdf(request, pk):
    letter = _get_letter_for(request, pk)
    version = _version(letter, request.GET.get("v"))
    try:
        body = render_pdf(DOCUMENT, documents.document(version.content))
    except PdfRenderError:
        logger.exception("letter %s: the PDF could not be made", letter.pk)
        context = _page(request, letter, version, pdf_failed=True)
        return render_page(request, "letters/detail.html", context, status=503)
    response = HttpResponse(body, content_type="application/pdf")
    filename = f"anxin-letter-{letter.pk}-v{version.number}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
