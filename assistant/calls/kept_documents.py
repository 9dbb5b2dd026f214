"""The evidence PDF of a case, kept for a repeat download by the same session.

Laying out the PDF of a long log takes seconds; downloading it again (a second copy for a
complaint, a download that did not finish) should not. A kept PDF is found under a key
made of everything it shows: every field of the case (its facts, and its calls_version,
which every add, edit, delete or tick of a call moves on), its repayments, the files
attached to its calls, the day it is worked out for, the content version (corrected
sources) and the part of a long log (calls/export.py evidence_parts). And the session
that asked for it: a kept PDF is never given to another session, not even one that may
see the case (the owner in another browser, a volunteer), so nothing kept can reach a
person it was not made for even if an access check were wrong. The access check itself
(get_case_for) comes first, on every request.
"""

import hashlib

from django.core.cache import caches
from django.db.models import Count, Max

from assistant.assessment.assess import today_in_shanghai
from assistant.calls.models import Evidence
from assistant.corrections import current

CACHE = "documents"


def _key(request, case, part):
    files = Evidence.objects.filter(call__case=case).aggregate(count=Count("pk"), last=Max("pk"))
    parts = (
        [getattr(case, field.attname) for field in case._meta.concrete_fields],
        [(repayment.due, repayment.amount) for repayment in case.repayments.all()],
        files["count"],
        files["last"],
        (case.as_of or today_in_shanghai()).isoformat(),
        current.version(),
        request.session.session_key,
        request.user.pk,
        part,
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"evidence-pdf:{case.pk}:{digest}"


def kept_pdf(request, case, render, part=1):
    """`render()` (part `part` of the case's evidence PDF), or the same session's copy of it
    when nothing it shows has changed since."""
    if not request.session.session_key:  # nothing to tie a kept copy to
        return render()
    cache = caches[CACHE]
    key = _key(request, case, part)
    body = cache.get(key)
    if body is None:
        body = render()
        cache.set(key, body)
    return body
