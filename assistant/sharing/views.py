"""Sharing a case: the owner makes a code and revokes access; a volunteer claims the code
on their workspace and writes notes. Owner actions use `get_case_for(owner_only=True)`."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assistant.cases.access import get_case_for, is_owner
from assistant.cases.page import case_page_context
from assistant.core.pages import render_page
from assistant.sharing import codes, throttle, workspace
from assistant.sharing.forms import ClaimForm, NoteForm
from assistant.sharing.panel import remember_new_code
from assistant.volunteers.roles import volunteer_required


def _back_to_case(case, anchor="sharing"):
    return redirect(reverse("cases:detail", args=[case.pk]) + f"#{anchor}")


@require_POST
def create_code(request, case_pk):
    case = get_case_for(request, case_pk, owner_only=True)
    code, share_code = codes.create_code(case)
    remember_new_code(request.session, case, code, share_code)
    return _back_to_case(case)


@require_POST
def cancel_codes(request, case_pk):
    case = get_case_for(request, case_pk, owner_only=True)
    codes.cancel_unused(case)
    return _back_to_case(case)


@require_POST
def revoke(request, case_pk, pk):
    case = get_case_for(request, case_pk, owner_only=True)
    share = get_object_or_404(case.shares.active(), pk=pk)
    codes.revoke(share)
    messages.success(
        request,
        _("%(name)s can no longer see this debt.") % {"name": share.volunteer.get_username()},
    )
    return _back_to_case(case)


def log(request, case_pk):
    """The owner's full record of what volunteers looked at and changed."""
    case = get_case_for(request, case_pk, owner_only=True)
    return render_page(
        request, "sharing/log.html", {"case": case, "entries": case.audit_entries.all()}
    )


@require_POST
def add_note(request, case_pk):
    case = get_case_for(request, case_pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        context = case_page_context(request, case, note_form=form)
        return render_page(request, "cases/detail.html", context, status=400)
    note = form.save(commit=False)
    note.case = case
    if request.user.is_authenticated:
        note.author, note.author_name = request.user, request.user.get_username()
    # The borrower's own notes are for everyone on the case; they hide nothing from themselves.
    if is_owner(request, case):
        note.internal = False
    note.save()
    return _back_to_case(case, "notes")


@volunteer_required
def dashboard(request):
    """The volunteer's workspace: enter a share code; the cases shared with me."""
    form = ClaimForm()
    if request.method == "POST":
        form, share = _claim(request)
        if share is not None:
            messages.success(request, _("The debt was shared with you: it is now in your list."))
            return redirect("volunteer:dashboard")
    stage = request.GET.get("stage", "")
    lender = request.GET.get("lender", "")
    context = {
        "form": form,
        "rows": workspace.shared_with(request.user, stage=stage, lender=lender),
        "stages": workspace.stage_choices(),
        "stage": stage,
        "lender": lender,
        "recent_days": workspace.RECENT_DAYS,
    }
    status = 400 if form.is_bound and form.errors else 200
    return render_page(request, "sharing/dashboard.html", context, status=status)


def _claim(request):
    ip = throttle.client_ip(request)
    form = ClaimForm(request.POST)
    if throttle.is_throttled(request.user, ip):
        form.is_valid()
        form.add_error(
            None,
            _("Too many wrong codes. Please wait %(minutes)s minutes and try again.")
            % {"minutes": throttle.minutes()},
        )
        return form, None
    if not form.is_valid():
        throttle.record_failure(request.user, ip)
        return form, None
    share = codes.claim(form.cleaned_data["code"], request.user)
    if share is None:
        throttle.record_failure(request.user, ip)
        form.add_error(
            "code",
            _("This code is wrong, already used or expired. Ask the borrower for a new one."),
        )
    return form, share
