"""The Django admin, for staff whose session passed the second factor.

Like django_otp's OTPAdminSite, an unverified staff session counts as no staff at all; instead
of its one-page log-in form, the admin's log-in sends people through the site's own log-in
(with its throttle) and then the second-factor page, so there is one way in for everyone.
Django's own admin log-in form is never shown and never checks a password: a signed-in
person who is not staff gets a 404, as if there were no admin.
"""

from urllib.parse import urlencode

from django.contrib.admin import AdminSite
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from assistant.volunteers.roles import second_factor_url


class VerifiedAdminSite(AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and request.user.is_verified()

    def login(self, request, extra_context=None):
        index = reverse("admin:index", current_app=self.name)
        next_url = request.GET.get("next") or index
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts=None):
            next_url = index
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account:log_in')}?{urlencode({'next': next_url})}")
        if not request.user.is_staff:
            raise Http404
        if not request.user.is_verified():
            return redirect(second_factor_url(request.user, next_url))
        return redirect(next_url)
