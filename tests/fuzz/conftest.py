"""Hypothesis profiles for the fuzz tests, and the `world` every form is posted into.

HYPOTHESIS_PROFILE=default (make test): about 5,000 examples in all, a few seconds each test.
HYPOTHESIS_PROFILE=fuzz (make fuzz): ten times as many. CI=1 derandomizes the default run,
so a failure there is the same failure on the next run.
"""

import os
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, settings

from assistant.calls.models import Call
from assistant.followup.models import SentItem
from assistant.letters.documents import create_letter
from assistant.letters.kinds import build_content
from tests.cases.conftest import own

SCALE = {"default": 1, "ci": 1, "fuzz": 10}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
_common = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
}
settings.register_profile("default", **_common)
settings.register_profile("ci", derandomize=True, **_common)
settings.register_profile("fuzz", **_common)
settings.load_profile(PROFILE)


def examples(n):
    """`n` examples in `make test`, more under HYPOTHESIS_PROFILE=fuzz."""
    return n * SCALE.get(PROFILE, 1)


@pytest.fixture
def world(client, db):
    """A case with one call, one letter and one sent complaint, all owned by `client`'s
    session. Endpoints that need another visitor (a volunteer, an account) make their own
    client from it (endpoints.py)."""
    from django.utils.dateparse import parse_date, parse_datetime

    case = own(client, "xinyongfei-day5")
    call = Call.objects.create(
        case=case, at=parse_datetime("2026-11-19T10:00+08:00"), channel="phone", summary="威胁"
    )
    kind = "debt_details_request"
    letter = create_letter(case, kind, build_content(case, kind, {}))
    item = SentItem.objects.create(
        case=case, about="complaint", channel="lender", sent_on=parse_date("2026-11-10")
    )
    return SimpleNamespace(case=case, call=call, letter=letter, item=item, client=client)
