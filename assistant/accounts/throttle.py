"""Brute-force throttling of log-ins, per username and per IP address.

A username with LOGIN_FAILURES_PER_USERNAME failed log-ins in the last LOGIN_THROTTLE_MINUTES
is refused until the oldest of them is that old; so is an IP address with
LOGIN_FAILURES_PER_IP. The IP limit is higher: several people may share one address (a
phone network's NAT). While throttled, the password is not even checked, so guessing on
gains nothing. A successful log-in clears the username's failures.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from assistant.accounts.models import FailedLogIn

DEFAULTS = {
    "LOGIN_FAILURES_PER_USERNAME": 5,
    "LOGIN_FAILURES_PER_IP": 30,
    "LOGIN_THROTTLE_MINUTES": 15,
}


def _setting(name):
    return getattr(settings, name, DEFAULTS[name])


def window():
    return datetime.timedelta(minutes=_setting("LOGIN_THROTTLE_MINUTES"))


def client_ip(request):
    # Behind a proxy, REMOTE_ADDR is the proxy's: the proxy must set it (e.g. a trusted
    # X-Forwarded-For rewritten into REMOTE_ADDR by the WSGI server).
    return request.META.get("REMOTE_ADDR") or None


def _key(username):
    return (username or "").strip().casefold()[:150]


def is_throttled(username, ip):
    recent = FailedLogIn.objects.filter(at__gte=timezone.now() - window())
    if recent.filter(username=_key(username)).count() >= _setting("LOGIN_FAILURES_PER_USERNAME"):
        return True
    return bool(ip) and recent.filter(ip=ip).count() >= _setting("LOGIN_FAILURES_PER_IP")


def record_failure(username, ip):
    FailedLogIn.objects.create(username=_key(username), ip=ip)


def clear(username):
    FailedLogIn.objects.filter(username=_key(username)).delete()


def forget_old():
    """Delete failures older than the window (they no longer count); how many."""
    old = FailedLogIn.objects.filter(at__lt=timezone.now() - window())
    return old.delete()[0]
