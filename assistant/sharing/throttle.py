"""Throttling of share-code attempts, per volunteer and per IP address.

The same approach as accounts/throttle.py: a volunteer with SHARE_FAILURES_PER_VOLUNTEER
wrong codes in the last SHARE_THROTTLE_MINUTES is refused until the oldest of them is that
old; so is an IP address with SHARE_FAILURES_PER_IP. While throttled, the code is not even
looked up, so guessing on gains nothing.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from assistant.accounts.throttle import client_ip  # noqa: F401 (one rule for the address)
from assistant.sharing.models import FailedShareCode

DEFAULTS = {
    "SHARE_FAILURES_PER_VOLUNTEER": 5,
    "SHARE_FAILURES_PER_IP": 20,
    "SHARE_THROTTLE_MINUTES": 15,
}


def _setting(name):
    return getattr(settings, name, DEFAULTS[name])


def window():
    return datetime.timedelta(minutes=_setting("SHARE_THROTTLE_MINUTES"))


def is_throttled(volunteer, ip):
    recent = FailedShareCode.objects.filter(at__gte=timezone.now() - window())
    if recent.filter(volunteer=volunteer).count() >= _setting("SHARE_FAILURES_PER_VOLUNTEER"):
        return True
    return bool(ip) and recent.filter(ip=ip).count() >= _setting("SHARE_FAILURES_PER_IP")


def record_failure(volunteer, ip):
    FailedShareCode.objects.create(volunteer=volunteer, ip=ip)


def minutes():
    return _setting("SHARE_THROTTLE_MINUTES")


def forget_old():
    """Delete wrong codes older than the window (they no longer count); how many."""
    return FailedShareCode.objects.filter(at__lt=timezone.now() - window()).delete()[0]
