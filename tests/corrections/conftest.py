import datetime

import pytest

from assistant.corrections import current
from assistant.corrections.models import DirectoryCorrection, SourceCorrection

CHECKED = datetime.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _db_and_fresh_corrections(db):
    """Corrections live in the database; the site's copy of them is forgotten after each test,
    before its rows are rolled back."""
    current.changed()
    yield
    current.changed()


def source_correction(source_id="criminal_law_245", **fields):
    fields.setdefault("verified", True)
    return SourceCorrection.objects.create(
        source_id=source_id, last_reviewed=CHECKED, note="Checked on flk.npc.gov.cn", **fields
    )


def directory_correction(entry_id="legal_aid_12348", **fields):
    fields.setdefault("number_confirmed", True)
    return DirectoryCorrection.objects.create(
        entry_id=entry_id, last_verified=CHECKED, note="Called the number", **fields
    )
