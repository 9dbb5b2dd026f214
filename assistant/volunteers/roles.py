"""Who is a volunteer. A volunteer is a user in the "volunteers" group, set by an admin."""

from functools import wraps

from django.http import Http404

VOLUNTEERS_GROUP = "volunteers"


def is_volunteer(user):
    return user.is_authenticated and user.groups.filter(name=VOLUNTEERS_GROUP).exists()


def volunteer_required(view):
    """Only volunteers reach `view`; anyone else gets a 404 (the page does not exist for them)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_volunteer(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper
