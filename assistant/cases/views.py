from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from assistant.cases import wizard
from assistant.cases.access import cases_for, claim_for, get_case_for
from assistant.cases.lenders import guess_lender_type
from assistant.cases.models import LenderType
from assistant.cases.presenting import assess_without_calls, case_page, overview
from assistant.cases.records import create_case
from assistant.core.pages import render_page
from assistant.sharing.panel import sharing_panel


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
            return _go_to(wizard.neighbour(step, +1))
    else:
        form = wizard.bound_form(session, step)
    if step == "review":
        missing = wizard.first_incomplete(session)
        if missing:
            return _go_to(missing)
    return _render_step(request, step, form)


def lender_type_hint(request):
    """htmx: the lender-type radios, preselected from the name being typed."""
    form = wizard.FORMS["lender"](
        initial={"lender_type": guess_lender_type(request.GET.get("lender_name", "")) or ""}
    )
    return render_page(request, "cases/new.html", {"form": form}, partial="lender_type_choices")


def _render_step(request, step, form):
    context = {
        "step": step,
        "form": form,
        "steps": wizard.STEP_NAMES,
        "step_number": wizard.STEP_NAMES.index(step) + 1,
        "is_first": step == wizard.STEP_NAMES[0],
        "summary": _summary(request.session) if step == "review" else None,
    }
    response = render_page(request, "cases/new.html", context, partial="wizard")
    if request.htmx:
        response["HX-Push-Url"] = f"{reverse('cases:new')}?step={step}"
    return response


def _summary(session):
    data = wizard.cleaned(session)
    data["lender_type_label"] = LenderType(data["lender_type"]).label
    return data


def _go_to(step):
    return redirect(f"{reverse('cases:new')}?step={step}")


def _finish(request):
    if missing := wizard.first_incomplete(request.session):
        return _go_to(missing)
    case = create_case(wizard.cleaned(request.session), owner=lambda c: claim_for(request, c))
    wizard.forget(request.session)
    url = reverse("cases:detail", args=[case.pk])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def case_list(request):
    """All my debts together: total owed, the most urgent first."""
    cases = [(case, assess_without_calls(case)) for case in cases_for(request)]
    return render_page(request, "cases/list.html", overview(cases))


def detail(request, pk):
    case = get_case_for(request, pk, preload=("repayments",))  # the calls: their summary
    context = {**case_page(case), **sharing_panel(request, case)}
    return render_page(request, "cases/detail.html", context)
