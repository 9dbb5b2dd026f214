"""How often one visitor may do something costly or probing: restore a case file, sign up,
have an evidence PDF laid out, have a screenshot read.

Each action is a CountedAction row (in the database, so every server process counts the
same ones). `allowed(kind, who, ip)` is False once `who` (the browser session's owner or
the account) or the network address did it as often as RATES[kind] allows within its
window; the address gets a larger allowance, as several people may share one (a phone
network's NAT). The numbers are limits.json's, with why.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from assistant.accounts.models import CountedAction
from assistant.accounts.throttle import client_ip
from assistant.assessment import limits

IMPORT = "import"
SIGN_UP = "sign_up"
EVIDENCE_PDF = "evidence_pdf"
SCREENSHOT = "screenshot"


@dataclass(frozen=True)
class Rate:
    per_visitor: str  # limits.json names
    per_address: str
    minutes: int


RATES = {
    IMPORT: Rate("case_imports_per_hour", "case_imports_per_hour_per_address", 60),
    SIGN_UP: Rate("sign_ups_per_hour", "sign_ups_per_hour_per_address", 60),
    EVIDENCE_PDF: Rate("evidence_pdfs_per_hour", "evidence_pdfs_per_hour_per_address", 60),
    SCREENSHOT: Rate("screenshot_reads_per_hour", "screenshot_reads_per_hour_per_address", 60),
}


def visitor(request):
    """Who is acting: the account, else the browser session (its key, made if need be)."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if not request.session.session_key:
        request.session.save()
    return f"session:{request.session.session_key}"


def allowed(kind, request) -> bool:
    rate = RATES[kind]
    since = timezone.now() - datetime.timedelta(minutes=rate.minutes)
    recent = CountedAction.objects.filter(kind=kind, at__gte=since)
    if recent.filter(who=visitor(request)).count() >= limits.value(rate.per_visitor):
        return False
    ip = client_ip(request)
    return not ip or recent.filter(ip=ip).count() < limits.value(rate.per_address)


def count(kind, request):
    CountedAction.objects.create(kind=kind, who=visitor(request), ip=client_ip(request))


def forget_old(now=None):
    """Delete actions older than every window (they no longer count); how many."""
    longest = max(rate.minutes for rate in RATES.values())
    old = CountedAction.objects.filter(
        at__lt=(now or timezone.now()) - datetime.timedelta(minutes=longest)
    )
    return old.delete()[0]
