"""Who is a volunteer, and what their session must have passed.

A volunteer is a user in the "volunteers" group, set by an admin (or `manage.py
create_volunteer`). Volunteers and staff sign in with a second factor (second_factor.py).

`volunteer_required` pages:
- a visitor who is not signed in is sent to log in (the page's address is no secret);
- a signed-in person who is not a volunteer gets a 404 (nothing here for them);
- a volunteer whose session has not passed the second factor is sent to set it up (first
  time) or to enter a code, and comes back afterwards.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from assistant.volunteers import second_factor

VOLUNTEERS_GROUP = "volunteers"

# What a content-admin volunteer (one with is_staff) may do in the admin: correct the rights
# pages, the legal sources and the help-directory entries (assistant.corrections; deleting a
# correction goes back to the repository's file), and read the record of admin changes.
# Nothing else: no users, groups or devices, and no threshold values (a rule change is a
# reviewed change of data/thresholds.json).
CONTENT_MODELS = {
    ("rights", "rightspage"): ("view", "add", "change", "delete"),
    ("rights", "rightspagetext"): ("view", "add", "change", "delete"),
    ("corrections", "sourcecorrection"): ("view", "add", "change", "delete"),
    ("corrections", "directorycorrection"): ("view", "add", "change", "delete"),
    ("admin", "logentry"): ("view",),
}


def volunteers_group():
    """The volunteers group with its content-admin permissions, created on first use."""
    group, _ = Group.objects.get_or_create(name=VOLUNTEERS_GROUP)
    wanted = [
        f"{action}_{model}"
        for (app_label, model), actions in CONTENT_MODELS.items()
        for action in actions
    ]
    permissions = Permission.objects.filter(
        codename__in=wanted,
        content_type__app_label__in={app for app, _ in CONTENT_MODELS},
    )
    group.permissions.add(*permissions)
    return group


def is_volunteer(user):
    return user.is_authenticated and user.groups.filter(name=VOLUNTEERS_GROUP).exists()


def needs_second_factor(user):
    """Volunteers and staff sign in with a second factor; borrowers never do."""
    return user.is_authenticated and (user.is_staff or is_volunteer(user))


def second_factor_url(user, next_url):
    """Where an unverified volunteer or staff member goes: set up the app (none yet, and no
    recovery code left), or enter a code."""
    name = (
        "volunteer:enrol" if second_factor.may_enrol(user, verified=False) else "volunteer:verify"
    )
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def volunteer_required(view):
    """Only volunteers with a verified session reach `view` (see the module docstring)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("account:log_in"))
        if not is_volunteer(user):
            raise Http404
        if not user.is_verified():
            return redirect(second_factor_url(user, request.get_full_path()))
        return view(request, *args, **kwargs)

    return wrapper
