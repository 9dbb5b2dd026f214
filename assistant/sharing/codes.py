"""Share codes: short, easy to read aloud, random, stored only as a keyed hash.

A code is CODE_LENGTH characters from ALPHABET (no 0/O, 1/I/L look-alikes), shown as
ABCD-EFGH. 31**8 is about 8.5e11 codes; with throttle.py's limits a guesser gets a few
tries in a quarter of an hour, so a guess is hopeless. The hash is an HMAC keyed with the
site's secret, so a copy of the database alone does not let anyone try codes offline.
"""

import datetime
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from assistant.accounts.retention import note_activity
from assistant.sharing.models import Share, ShareCode

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_DAYS = 7


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise(typed):
    """What a person typed, as a bare code: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (typed or "").upper() if ch.isalnum())


def grouped(code):
    """ABCDEFGH -> ABCD-EFGH, easier to read aloud."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def code_hash(code):
    return salted_hmac("anxin.sharing.code", normalise(code), algorithm="sha256").hexdigest()


def valid_days():
    return datetime.timedelta(days=getattr(settings, "SHARE_CODE_DAYS", DEFAULT_DAYS))


def create_code(case):
    """A new code for `case`; the plain code is returned once and never stored."""
    code = new_code()
    share_code = ShareCode.objects.create(
        case=case, code_hash=code_hash(code), expires_at=timezone.now() + valid_days()
    )
    return grouped(code), share_code


@transaction.atomic
def claim(typed, volunteer):
    """The share `typed` opens for `volunteer`, or None if the code is wrong, used or expired.

    A code is single use. A volunteer who already has an active share of the case keeps it.
    """
    code = normalise(typed)
    if len(code) != CODE_LENGTH:
        return None
    share_code = ShareCode.objects.select_for_update().filter(code_hash=code_hash(code)).first()
    if share_code is None or not share_code.is_usable:
        return None
    share_code.claimed_at = timezone.now()
    share_code.save(update_fields=["claimed_at"])
    share, _created = Share.objects.active().get_or_create(
        case=share_code.case, volunteer=volunteer
    )
    return share


def cancel_unused(case):
    """End every code of `case` nobody has used yet (e.g. one read to the wrong person)."""
    ended = ShareCode.objects.filter(
        case=case, claimed_at__isnull=True, expires_at__gt=timezone.now()
    ).update(expires_at=timezone.now())
    note_activity(case.pk)  # update() sends no post_save
    return ended


def revoke(share):
    share.revoked_at = timezone.now()
    share.save(update_fields=["revoked_at"])
