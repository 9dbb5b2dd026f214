"""The Django admin, for staff whose session passed the second factor.

Like django_otp's OTPAdminSite, an unverified staff session counts as no staff at all; instead
of its one-page log-in form, the admin's log-in sends people through the site's own log-in
and then the second-factor page, so there is one way in for everyone.
"""

from urllib.parse import urlencode

from django.contrib.admin import AdminSite
from django.shortcuts import redirect
from django.urls import reverse

from assistant.volunteers.roles import second_factor_url


class VerifiedAdminSite(AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and request.user.is_verified()

    def login(self, request, extra_context=None):
        next_url = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account:log_in')}?{urlencode({'next': next_url})}")
        if request.user.is_staff and not request.user.is_verified():
            return redirect(second_factor_url(request.user, next_url))
        return super().login(request, extra_context)
