import json
from pathlib import Path

import pytest

from assistant.cases.records import import_case

SCENARIOS = Path(__file__).resolve().parents[1] / "assessment" / "scenarios"


def scenario(name):
    return json.loads((SCENARIOS / f"{name}.case.json").read_text(encoding="utf-8"))


@pytest.fixture
def my_case(client):
    """A case owned by the test client's anonymous session (the xinyongfei scenario)."""
    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    return import_case(
        scenario("xinyongfei-day5"), owner=lambda c: setattr(c, "owner_token", "me-token")
    )


@pytest.fixture
def someone_elses_case():
    return import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "other-token")
    )
