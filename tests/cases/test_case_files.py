import json

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from assistant.calls.models import Call
from assistant.cases.models import Case
from tests.cases.conftest import SCENARIOS, scenario

pytestmark = pytest.mark.django_db
SCENARIO_NAMES = sorted(p.name.removesuffix(".case.json") for p in SCENARIOS.glob("*.case.json"))


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_import_then_export_gives_back_the_same_file(name, tmp_path):
    User.objects.create_user("ana")
    path = SCENARIOS / f"{name}.case.json"
    case_id = int(run("import_case", str(path), "--user", "ana"))
    exported = json.loads(run("export_case", str(case_id)))
    original = scenario(name)
    # Unknown facts may be written as null or left out: both mean "not known".
    for data in (exported, original):
        data["facts"] = {k: v for k, v in data.get("facts", {}).items() if v is not None}
        for call in data.get("calls", []):
            call.setdefault("answered", True)
            call.setdefault("conduct", [])
    assert exported == original


def test_imported_case_belongs_to_the_user_with_its_calls():
    ana = User.objects.create_user("ana")
    run("import_case", str(SCENARIOS / "huabei-day40-flood.case.json"), "--user", "ana")
    case = Case.objects.get()
    assert case.user == ana
    assert case.calls.count() == len(scenario("huabei-day40-flood")["calls"])


def test_assess_prints_the_assessment_json():
    result = json.loads(run("assess", str(SCENARIOS / "xinyongfei-day5.case.json")))
    assert result["format"] == "anxin.assessment/1"
    assert result["days_overdue"] == 5
    assert list(result)[:10] == [
        "format", "as_of", "days_overdue", "stage", "timeline", "flags",
        "effective_apr", "limitation_date", "affordable_monthly", "suggested_letters",
    ]  # fmt: skip


def test_a_bad_file_names_the_field_and_imports_nothing(tmp_path):
    User.objects.create_user("ana")
    data = scenario("huabei-day40-flood")
    data["calls"][3]["channel"] = "pigeon"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CommandError, match=r"calls\[3\]\.channel"):
        run("import_case", str(path), "--user", "ana")
    assert Case.objects.count() == 0
    assert Call.objects.count() == 0


def test_an_unknown_key_is_named(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**scenario("xinyongfei-day5"), "colour": "red"}), encoding="utf-8")
    with pytest.raises(CommandError, match="colour"):
        run("assess", str(path))


def test_not_json_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="JSON"):
        run("assess", str(path))


def test_import_needs_an_existing_user():
    with pytest.raises(CommandError, match="no user named"):
        run("import_case", str(SCENARIOS / "xinyongfei-day5.case.json"), "--user", "nobody")
