"""Accounts (optional) and the visitor's own data: export, import, delete.

Every case here comes from `cases_for(request)`, the one ownership check: an anonymous
visitor has the cases of their browser session, a signed-in one the cases of the account.
Signing up or logging in moves the session's cases to the account (see signals.py).
"""

from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import FileResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from assistant.accounts import rates
from assistant.accounts.erasing import counts as data_counts
from assistant.accounts.erasing import delete_cases
from assistant.accounts.exporting import export_zip
from assistant.accounts.forms import ImportForm, LogInForm, SignUpForm
from assistant.accounts.importing import problem_messages
from assistant.accounts.restoring import restore_upload
from assistant.accounts.retention import retention_days
from assistant.assessment import limits
from assistant.assessment.casefile import CaseFileError
from assistant.cases.access import cases_for, claim_for
from assistant.core.pages import render_page
from assistant.volunteers.roles import needs_second_factor, second_factor_url
from assistant.volunteers.views import home_url

DELETED_KEY = "anxin_deleted"
TOO_MANY_SIGN_UPS = _(
    "Too many sign-ups were tried from here in the last hour. Please try again in an hour."
)
TOO_MANY_IMPORTS = _(
    "Too many case files were restored from here in the last hour: we take %(most)s an hour "
    "from one browser. Nothing was saved this time; please try again in an hour."
)


def index(request):
    """My data: what we hold, the export, the import form and the way to delete it all."""
    return _index(request, ImportForm())


def _index(request, form, status=None):
    context = {
        "cases": cases_for(request),
        "form": form,
        "retention_days": retention_days(),
    }
    return render_page(request, "accounts/index.html", context, status=status)


def sign_up(request):
    if request.user.is_authenticated:
        return redirect("account:index")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and not rates.allowed(rates.SIGN_UP, request):
        form.is_valid()  # what was typed comes back with its own problems too
        form.add_error(None, TOO_MANY_SIGN_UPS)
        return render_page(request, "accounts/sign_up.html", {"form": form}, status=429)
    if request.method == "POST":
        rates.count(rates.SIGN_UP, request)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)  # user_logged_in moves this session's cases to the account
        # Back to their debts, which are theirs now; with none yet, to what the account holds.
        return redirect("cases:list" if cases_for(request).exists() else "account:index")
    return render_page(request, "accounts/sign_up.html", {"form": form})


class LogInView(auth_views.LoginView):
    template_name = "accounts/log_in.html"
    form_class = LogInForm
    redirect_authenticated_user = True
    next_page = reverse_lazy("account:index")

    def get_success_url(self):
        """Volunteers and staff go on to their second factor first, then where they were going
        (their workspace, when they were going nowhere in particular)."""
        user = self.request.user
        # Just after log-in request.user is the form's user, without OTPMiddleware's is_verified.
        verified = getattr(user, "is_verified", lambda: False)()
        if not needs_second_factor(user) or verified:
            return super().get_success_url()
        return second_factor_url(user, self.get_redirect_url() or home_url(user))


class LogOutView(auth_views.LogoutView):
    # Django's LogoutView only accepts POST, so a link or a prefetch cannot log anyone out.
    next_page = reverse_lazy("home")


class ChangePasswordView(auth_views.PasswordChangeView):
    template_name = "accounts/change_password.html"
    success_url = reverse_lazy("account:password_changed")

    def dispatch(self, request, *args, **kwargs):
        # Django's login_required would send the visitor to settings.LOGIN_URL.
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("account:log_in"))
        return super().dispatch(request, *args, **kwargs)


class PasswordChangedView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_changed.html"


@require_GET
def export(request):
    stamp = timezone.localtime().strftime("%Y%m%d")
    return FileResponse(
        export_zip(cases_for(request), request.user),
        as_attachment=True,
        filename=f"anxin-my-data-{stamp}.zip",
        content_type="application/zip",
    )


def import_file(request):
    """Restore a case file, or the whole ZIP of a data export; what it holds belongs to this
    visitor. All or nothing."""
    if request.method != "POST":
        return redirect("account:index")
    form = ImportForm(request.POST, request.FILES)
    if not rates.allowed(rates.IMPORT, request):
        form.is_valid()  # the file's own problems, if any, are shown too
        form.add_error(
            "case_file", TOO_MANY_IMPORTS % {"most": limits.value("case_imports_per_hour")}
        )
        return _index(request, form, status=429)
    if form.is_valid():
        rates.count(rates.IMPORT, request)
        try:
            upload = form.cleaned_data["case_file"]
            cases = restore_upload(upload, lambda case: claim_for(request, case))
        except CaseFileError as error:
            for line in problem_messages(error):
                form.add_error("case_file", line)
        else:
            if len(cases) == 1:
                return redirect("cases:detail", cases[0].pk)
            return redirect("cases:list")
    return _index(request, form, status=400)


def delete(request):
    """GET: what would be deleted, and a button. POST: delete it all, log out, say what went."""
    cases = cases_for(request)
    if request.method == "POST":
        with transaction.atomic():
            deleted = delete_cases(cases, request.user)
            deleted["account"] = request.user.is_authenticated
            if request.user.is_authenticated:
                request.user.delete()
        logout(request)  # also forgets the anonymous session's owner token
        request.session[DELETED_KEY] = deleted
        return redirect("account:deleted")
    context = {"cases": cases, "counts": data_counts(cases, request.user)}
    return render_page(request, "accounts/delete.html", context)


@require_GET
def deleted(request):
    counts = request.session.pop(DELETED_KEY, None)
    if counts is None:
        return redirect("account:index")
    return render_page(request, "accounts/deleted.html", {"deleted": counts})
