import json
from pathlib import Path

from assistant.cases.records import import_case

SCENARIOS = Path(__file__).resolve().parents[1] / "assessment" / "scenarios"


def scenario(name):
    return json.loads((SCENARIOS / f"{name}.case.json").read_text(encoding="utf-8"))


def own(client, name, token="me-token"):
    """Import scenario `name` as a case owned by `client`'s anonymous session."""
    session = client.session
    session["anxin_owner"] = token
    session.save()
    return import_case(scenario(name), owner=lambda c: setattr(c, "owner_token", token))
