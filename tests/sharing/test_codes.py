"""Share codes: readable aloud, random, stored hashed, single use, expiring."""

import datetime

from django.utils import timezone

from assistant.sharing import codes
from assistant.sharing.models import Share, ShareCode


def test_a_code_reads_aloud_in_two_groups_without_look_alikes(case):
    code, _ = codes.create_code(case)
    assert len(code) == 9 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(codes.ALPHABET)
    assert not set("01ILO") & set(codes.ALPHABET)


def test_codes_are_random_and_only_their_hash_is_stored(case):
    made = {codes.create_code(case)[0] for _ in range(50)}
    assert len(made) == 50
    stored = ShareCode.objects.values_list("code_hash", flat=True)
    assert not {c.replace("-", "") for c in made} & set(stored)
    assert all(code.replace("-", "") not in h for code in made for h in stored)


def test_a_code_expires_in_seven_days_by_default(case):
    _, share_code = codes.create_code(case)
    left = share_code.expires_at - timezone.now()
    assert datetime.timedelta(days=6, hours=23) < left <= datetime.timedelta(days=7)


def test_typing_is_forgiving_about_case_spaces_and_dashes(case, volunteer):
    code, _ = codes.create_code(case)
    share = codes.claim(f" {code.lower().replace('-', ' ')} ", volunteer)
    assert share.case == case and share.volunteer == volunteer


def test_a_code_works_once(case, volunteer, bob):
    code, _ = codes.create_code(case)
    assert codes.claim(code, volunteer)
    assert codes.claim(code, bob) is None
    assert Share.objects.filter(volunteer=bob).count() == 0


def test_an_expired_code_is_refused(case, volunteer):
    code, share_code = codes.create_code(case)
    ShareCode.objects.filter(pk=share_code.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert codes.claim(code, volunteer) is None


def test_a_wrong_code_is_refused(case, volunteer):
    codes.create_code(case)
    assert codes.claim("ABCD-EFGH", volunteer) is None
    assert codes.claim("short", volunteer) is None
