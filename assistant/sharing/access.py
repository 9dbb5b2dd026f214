"""A volunteer's way into a shared case, and the audit log of every use of it.

Called only from assistant/cases/access.py `get_case_for`, so every view that reaches a
case through a share is logged here, in one place: who, when, the URL name and method.
"""

from django.utils import timezone

from assistant.cases.models import Case
from assistant.sharing.models import AuditEntry, Share
from assistant.volunteers import roles

AUDITED_ATTR = "_sharing_audited_cases"


def may_use_shares(request):
    """A volunteer whose session passed the second factor (django-otp's `is_verified`)."""
    user = request.user
    verified = getattr(user, "is_verified", None)
    return roles.is_volunteer(user) and verified is not None and verified()


def active_share(request, case_pk):
    if not may_use_shares(request):
        return None
    return Share.objects.active().filter(case_id=case_pk, volunteer=request.user).first()


def shared_case_for(request, case_pk, queryset=None):
    """The case `case_pk` if shared with this volunteer (the look is logged); else None."""
    share = active_share(request, case_pk)
    if share is None:
        return None
    case = (queryset if queryset is not None else Case.objects).filter(pk=case_pk).first()
    if case is not None:
        record_look(request, share)
    return case


def record_look(request, share):
    """One audit entry per request and case, however often a view asks for the case."""
    audited = getattr(request, AUDITED_ATTR, set())
    if share.case_id in audited:
        return
    audited.add(share.case_id)
    setattr(request, AUDITED_ATTR, audited)
    now = timezone.now()
    match = getattr(request, "resolver_match", None)
    AuditEntry.objects.create(
        case_id=share.case_id,
        volunteer=request.user,
        volunteer_name=request.user.get_username(),
        url_name=(match and match.view_name) or request.path[:100],
        method=request.method[:10],
    )
    Share.objects.filter(pk=share.pk).update(last_viewed_at=now)
