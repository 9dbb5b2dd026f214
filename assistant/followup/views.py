"""Follow-up: the items sent for a case, recording one and its answer, the payment order's
date, the case calendar (.ics) and the reminder choice.

Every case view starts with get_case_for (another person's case is a 404) and looks an item
up only within that case. A volunteer the case is shared with can read everything; only
the owner changes anything (owner_only=True). Every successful POST redirects; a form with
an error comes back with what was typed.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from assistant.assessment.deadlines import today_in_shanghai
from assistant.cases import content
from assistant.cases.access import get_case_for, is_owner
from assistant.core.downloads import private_download
from assistant.core.pages import render_page
from assistant.followup import escalation, presenting, records, tracking
from assistant.followup.calendar import case_calendar
from assistant.followup.forms import PaymentOrderForm, ReminderForm, SentItemForm
from assistant.followup.keydates import key_dates
from assistant.followup.models import ReminderChoice, SentItem


def _case_page(case):
    return reverse("cases:detail", args=[case.pk]) + "#follow-up-h"


def tracker(request, case_pk):
    """Every item of the case with its deadline, and the payment order's date."""
    case = get_case_for(request, case_pk)
    order = getattr(case, "payment_order", None)
    form = PaymentOrderForm(initial={"served_on": order and order.served_on})
    context = {**_tracker_context(case, form), "read_only": not is_owner(request, case)}
    return render_page(request, "followup/tracker.html", context)


def _tracker_context(case, order_form):
    return {
        "case": case,
        "follow_up": presenting.follow_up(case),
        "order_form": order_form,
        "on_tracker": True,
        "content": content,
    }


def payment_order(request, case_pk):
    case = get_case_for(request, case_pk, owner_only=True)
    if request.method != "POST":
        return redirect("followup:tracker", case.pk)
    form = PaymentOrderForm(request.POST, today=today_in_shanghai())
    if form.is_valid():
        records.save_payment_order(case, form.cleaned_data["served_on"])
        return redirect(_case_page(case))
    return render_page(request, "followup/tracker.html", _tracker_context(case, form), status=400)


def new(request, case_pk):
    case = get_case_for(request, case_pk, owner_only=True)
    form = _item_form(request, case)
    if request.method == "POST" and form.is_valid():
        records.save_item(case, form.cleaned_data)
        return redirect(_case_page(case))
    return _item_page(request, case, form, None)


def edit(request, case_pk, pk):
    case = get_case_for(request, case_pk, owner_only=True)
    item = get_object_or_404(SentItem, case=case, pk=pk)
    form = _item_form(request, case, records.item_initial(item))
    seen = request.POST.get("seen")
    stale = seen is not None and seen != records.fingerprint(item)
    if request.method == "POST" and form.is_valid() and not stale:
        records.save_item(case, form.cleaned_data, item)
        return redirect(_case_page(case))
    # A stale save (the item changed in another tab) comes back with what was typed and
    # what is saved now; the form then carries the new fingerprint, so saving again wins.
    return _item_page(request, case, form, item, stale=stale and form.is_valid())


def _item_form(request, case, initial=None):
    if request.method == "POST":
        return SentItemForm(request.POST, request.FILES, case=case, today=today_in_shanghai())
    # A new record is most often made on the day it was sent.
    return SentItemForm(initial=initial or {"sent_on": today_in_shanghai()}, case=case)


def _item_page(request, case, form, item, stale=False):
    deadline = item and tracking.deadline_of(item, case.lender_type, today_in_shanghai())
    context = {
        "case": case,
        "form": form,
        "item": item,
        "seen": item and records.fingerprint(item),
        "stale": stale,
        "deadline": deadline,
        "escalation_url": item and escalation.letter_url(item),
        "content": content,
    }
    status = 409 if stale else 400 if form.is_bound else None
    return render_page(request, "followup/item.html", context, status=status)


@require_GET
def reply_file(request, case_pk, pk):
    """The answer's file, to its owner and the volunteers the case is shared with, always as
    a download that is never shown."""
    case = get_case_for(request, case_pk)
    item = get_object_or_404(SentItem, case=case, pk=pk)
    if not item.reply_file:
        raise Http404
    return private_download(item.reply_file, item.reply_file_name, item.reply_file_type)


@require_GET
def calendar(request, pk):
    """The case's key dates as an .ics file for the phone's calendar."""
    case = get_case_for(request, pk)
    body = case_calendar(case, key_dates(case), timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="anxin-case-{case.pk}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def reminders(request):
    """E-mail reminders before a deadline: account holders only, and only if they say yes."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("account:log_in"))
    choice = ReminderChoice.objects.filter(user=request.user).first()
    initial = None if choice else {"email": request.user.email, "enabled": True}
    form = ReminderForm(request.POST or None, instance=choice, initial=initial)
    if request.method == "POST" and form.is_valid():
        choice = form.save(commit=False)
        choice.user = request.user
        choice.save()
        return redirect(reverse("followup:reminders") + "?saved=1")
    context = {"form": form, "choice": choice, "saved": request.GET.get("saved") == "1"}
    return render_page(
        request, "followup/reminders.html", context, status=400 if form.errors else None
    )
