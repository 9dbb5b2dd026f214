"""How long anonymous data is kept: ANONYMOUS_RETENTION_DAYS (30 unless set) after the
last activity on a case.

Activity is any change to the case itself, a call logged, edited, deleted or undone, a
file attached, a letter version saved, a complaint or letter recorded as sent, or a
volunteer's note (a volunteer only looking is not). Cases that belong to an account are
never purged: the person chose to keep them.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from assistant.cases.models import Case

DEFAULT_RETENTION_DAYS = 30


def retention_days():
    return getattr(settings, "ANONYMOUS_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def expired_anonymous_cases(days=None, now=None):
    """Anonymous cases with no activity in the last `days` days."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=retention_days() if days is None else days
    )
    # exclude() over a many-valued relation means "no related row at all after the cutoff".
    return (
        Case.objects.filter(user__isnull=True, updated_at__lt=cutoff)
        .exclude(calls__created_at__gte=cutoff)
        .exclude(calls__changes__made_at__gte=cutoff)
        .exclude(calls__evidence__uploaded_at__gte=cutoff)
        .exclude(letters__versions__created_at__gte=cutoff)
        .exclude(sent_items__created_at__gte=cutoff)
        .exclude(volunteer_notes__created_at__gte=cutoff)
    )
