"""Second-factor pages (volunteers and staff) and the lender-patterns page (volunteers).

The steps and the checks are in second_factor.py and patterns.py; these views only route.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import login as otp_login

from assistant.assessment.conduct import SERIOUS_CODES
from assistant.cases.content import FLAGS
from assistant.core.pages import render_page
from assistant.volunteers import second_factor
from assistant.volunteers.forms import CodeForm, FirstCodeForm, PeriodForm
from assistant.volunteers.patterns import lender_patterns, rules
from assistant.volunteers.reviews import review_items
from assistant.volunteers.roles import is_volunteer, needs_second_factor, volunteer_required

RECOVERY_CODES_KEY = "anxin_recovery_codes"


def second_factor_user(view):
    """Signed-in volunteers and staff only; anyone else signed in gets a 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("account:log_in"))
        if not needs_second_factor(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def home_url(user):
    """Where a volunteer or staff member starts once verified."""
    if is_volunteer(user):
        try:
            return reverse("volunteer:dashboard")
        except NoReverseMatch:
            return reverse("volunteer:patterns")
    return reverse("admin:index")


def next_url(request):
    wanted = request.POST.get("next") or request.GET.get("next")
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return home_url(request.user)


@second_factor_user
def enrol(request):
    """Set up the authenticator app: QR code and key, then a first code to confirm it."""
    if not second_factor.may_enrol(request.user, request.user.is_verified()):
        # Someone with the password alone must not be able to add a second app.
        if request.user.is_verified():
            return redirect(next_url(request))
        return redirect(f"{reverse('volunteer:verify')}?{request.GET.urlencode()}")
    device = second_factor.pending_device(request.user)
    form = FirstCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = second_factor.confirm(device, form.cleaned_data["code"])
        if codes is None:
            form.add_error(
                "code",
                _(
                    "That code did not work. Check that the app shows Anxin, "
                    "and type the 6 digits it shows now."
                ),
            )
        else:
            otp_login(request, device)
            request.session[RECOVERY_CODES_KEY] = codes
            return redirect(f"{reverse('volunteer:recovery_codes')}?{request.GET.urlencode()}")
    context = {
        "form": form,
        "qr_code": second_factor.qr_svg(device.config_url),
        "uri": device.config_url,
        "key": second_factor.readable_key(device),
        "next": next_url(request),
    }
    return render_page(
        request, "volunteers/enrol.html", context, status=400 if form.errors else None
    )


@second_factor_user
def recovery_codes(request):
    """The new recovery codes, shown once: reloading the page does not show them again."""
    codes = request.session.pop(RECOVERY_CODES_KEY, None)
    if not codes:
        return redirect(next_url(request))
    return render_page(
        request, "volunteers/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


def _wrong_code(user, code):
    """What to say after a refused code: with the wait django-otp now imposes, if any."""
    wait = second_factor.retry_wait(user, code)
    text = _("That code did not work. Codes from the app change every 30 seconds.")
    if not wait:
        return text
    waiting = ngettext(
        "Please wait %(n)s second before the next try.",
        "Please wait %(n)s seconds before the next try.",
        wait,
    ) % {"n": wait}
    return f"{text} {waiting}"


@second_factor_user
def verify(request):
    """At each sign-in: a code from the app, or one recovery code."""
    if second_factor.may_enrol(request.user, request.user.is_verified()):
        return redirect(f"{reverse('volunteer:enrol')}?{request.GET.urlencode()}")
    if request.user.is_verified():
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = second_factor.verified_device(request.user, form.cleaned_data["code"])
        if device is None:
            form.add_error("code", _wrong_code(request.user, form.cleaned_data["code"]))
        else:
            request.session.cycle_key()
            otp_login(request, device)
            if second_factor.may_enrol(request.user, verified=True):  # a recovery code, no app
                return redirect(
                    f"{reverse('volunteer:enrol')}?{urlencode({'next': next_url(request)})}"
                )
            return redirect(next_url(request))
    context = {"form": form, "next": next_url(request)}
    return render_page(
        request, "volunteers/verify.html", context, status=400 if form.errors else None
    )


@volunteer_required
def patterns(request):
    """Flagged conduct by lender over a chosen period; only lenders with enough cases."""
    days = PeriodForm(request.GET or None).period()
    rows = [
        {
            "pattern": pattern,
            "conduct": [
                {
                    "label": FLAGS[code]["label"],
                    "serious": code in SERIOUS_CODES,
                    "cases": cases,
                    "times": times,
                }
                for code, (cases, times) in pattern.conduct.items()
            ],
        }
        for pattern in lender_patterns(days)
    ]
    context = {
        "form": PeriodForm(initial={"days": days}),
        "days": days,
        "rows": rows,
        "min_cases": rules().min_distinct_cases,
    }
    return render_page(request, "volunteers/patterns.html", context)


@volunteer_required
def reviews(request):
    """Content by review date, oldest first: what to check next, and where to correct it."""
    items, due_before = review_items(request.LANGUAGE_CODE)
    can_edit = request.user.is_staff and request.user.has_perm("rights.change_rightspage")
    context = {"items": items, "due_before": due_before, "can_edit": can_edit}
    return render_page(request, "volunteers/reviews.html", context)
