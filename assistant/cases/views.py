from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from assistant.cases import content, court_words, wizard
from assistant.cases import court_papers as court_papers_step
from assistant.cases.access import cases_for, claim_for, get_case_for, is_owner
from assistant.cases.lenders import hinted_type
from assistant.cases.page import case_page_context
from assistant.cases.presenting import assess_without_calls, cite, overview
from assistant.cases.records import complete_case, create_case
from assistant.core.pages import render_page


def new(request):
    """The intake wizard: one screen per step; htmx swaps the step, plain posts redirect."""
    step = wizard.step_name(request.POST.get("step") or request.GET.get("step"))
    session = request.session
    if request.method == "POST":
        wizard.remember(session, step, request.POST)
        if "back" in request.POST:
            return _go_to(wizard.neighbour(step, -1))
        if step == "review":
            return _finish(request)
        form = wizard.FORMS[step](data=request.POST)
        if form.is_valid():
            # A change made from the review goes back to the review, not on through the steps.
            returning = request.POST.get("then") == "review"
            return _go_to("review" if returning else wizard.neighbour(step, +1))
    else:
        form = wizard.bound_form(session, step)
    if step == "review":
        missing = wizard.first_incomplete(session)
        if missing:
            return _go_to(missing)
    return _render_step(request, step, form)


def lender_type_hint(request):
    """htmx: the lender-type radios, preselected from the name being typed unless the
    borrower chose a type (lenders.hinted_type)."""
    query = request.GET
    shown, is_hint = hinted_type(
        query.get("lender_name", ""), query.get("lender_type", ""), query.get("hinted", "")
    )
    form = wizard.FORMS["lender"](initial={"lender_type": shown})
    context = {"form": form, "hinted": shown if is_hint else ""}
    return render_page(request, "cases/new.html", context, partial="lender_type_choices")


def _render_step(request, step, form):
    context = {
        "step": step,
        "form": form,
        "steps": wizard.STEP_NAMES,
        "step_number": wizard.STEP_NAMES.index(step) + 1,
        "is_first": step == wizard.STEP_NAMES[0],
        "review": wizard.review(request.session) if step == "review" else None,
        "then": "review" if (request.POST or request.GET).get("then") == "review" else "",
        "completing": _case_being_completed(request),
    }
    response = render_page(request, "cases/new.html", context, partial="wizard")
    if request.htmx:
        response["HX-Push-Url"] = f"{reverse('cases:new')}?step={step}"
    return response


def _go_to(step):
    return redirect(f"{reverse('cases:new')}?step={step}")


def details(request, pk):
    """ "Tell us about this debt" for a case a quick call started: the wizard, pre-filled."""
    case = get_case_for(request, pk, owner_only=True, preload=())
    if not case.details_pending:
        return redirect("cases:detail", pk=case.pk)
    if wizard.completing(request.session) != case.pk:  # coming back keeps what was typed
        wizard.start_for(request.session, case)
    return _go_to(wizard.STEP_NAMES[0])


def _finish(request):
    if missing := wizard.first_incomplete(request.session):
        return _go_to(missing)
    data = wizard.cleaned(request.session)
    started = _case_being_completed(request)
    if started is not None:
        case = complete_case(started, data)
    else:
        case = create_case(data, owner=lambda c: claim_for(request, c))
    wizard.forget(request.session)
    url = reverse("cases:detail", args=[case.pk])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _case_being_completed(request):
    """The visitor's case started from a call that this wizard run completes, if any."""
    pk = wizard.completing(request.session)
    return pk and cases_for(request).filter(pk=pk, details_pending=True).first()


def case_list(request):
    """All my debts together: total owed, the most urgent first."""
    cases = [(case, assess_without_calls(case)) for case in cases_for(request)]
    return render_page(request, "cases/list.html", overview(cases))


def detail(request, pk):
    case = get_case_for(request, pk, preload=())  # built from the calls' summary when needed
    context = {**case_page_context(request, case), "logged": _logged(request, case)}
    return render_page(request, "cases/detail.html", context)


def _logged(request, case):
    """The call just saved from the quick entry (?logged=pk), to say so at the top."""
    pk = request.GET.get("logged", "")
    return case.calls.filter(pk=int(pk)).first() if pk.isdigit() else None


def court_papers(request, pk):
    """ "I received court papers": what it is, how to check it, when it was served."""
    case = get_case_for(request, pk)
    owner = is_owner(request, case)
    form = court_papers_step.CourtPaperForm(request.POST if request.method == "POST" else None)
    message_only = False
    if request.method == "POST":
        if not owner:
            raise Http404
        if form.is_valid():
            if form.cleaned_data["kind"] == court_papers_step.ONLY_A_MESSAGE:
                message_only = True
            else:
                court_papers_step.save(case, form.cleaned_data)
                return redirect(reverse("cases:court_papers", args=[case.pk]) + "#deadlines-h")
    context = {
        "case": case,
        "form": form,
        "owner": owner,
        "message_only": message_only,
        "papers": case.court_documents.all(),
        "deadlines": court_papers_step.deadline_rows(case),
        "check_sources": cite(court_words.CHECK_SOURCES),
        "words": court_words,
        "content": content,
    }
    status = 400 if form.is_bound and form.errors else 200
    return render_page(request, "cases/court_papers.html", context, status=status)


def court_papers_start(request):
    """From the call-now screen or the library: the step for the visitor's one debt, a
    choice among several, or the wizard when there is none."""
    cases = list(cases_for(request)[:20])
    if len(cases) == 1:
        return redirect("cases:court_papers", cases[0].pk)
    if not cases:
        return redirect("cases:new")
    return render_page(request, "cases/court_papers_choose.html", {"cases": cases})
