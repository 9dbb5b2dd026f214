"""The example cases in shared/scenarios and our own in ./scenarios, checked with the rules
of shared/scenarios/check.py."""

import json
import os
from pathlib import Path

import pytest

from assistant.assessment import assess, assessment_to_dict, parse_case

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / ".." / "shared" / "scenarios"
SCENARIO_FOLDERS = [folder for folder in (HERE / "scenarios", SHARED) if folder.is_dir()]


def shared_scenarios_or_skip(folder=SHARED):
    """The shared scenarios are next to the checkout on the project's machines; elsewhere
    their tests are skipped, except in CI (CI=true), where their absence is a failure."""
    if folder.is_dir() and any(folder.glob("*.case.json")):
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and the shared scenarios are missing: {folder.resolve()}")
    pytest.skip("shared/scenarios is not next to the checkout")


KEYS = ("days_overdue", "stage", "effective_apr", "affordable_monthly", "limitation_date")


def mismatch(expected: dict, got: dict) -> str | None:
    """The first difference, as shared/scenarios/check.py reports it."""
    flags = [(f.get("code"), f.get("call")) for f in got.get("flags", [])]

    def has(code, call):
        return any(c == code and (call is None or k == call) for c, k in flags)

    for key in KEYS:
        if key in expected and str(got.get(key)) != str(expected[key]):
            return f"{key}={got.get(key)} expected {expected[key]}"
    for code, call in expected.get("flags_include", []):
        if not has(code, call):
            return f"missing flag {code} on call {call}"
    for code, call in expected.get("flags_exclude", []):
        if has(code, call):
            return f"unexpected flag {code} on call {call}"
    if "flags_exact" in expected and sorted(c for c, _ in flags) != sorted(expected["flags_exact"]):
        return f"flags {flags} expected exactly {expected['flags_exact']}"
    for kind in expected.get("letters_include", []):
        if kind not in got.get("suggested_letters", []):
            return f"missing letter {kind}"
    return None


def scenarios(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.case.json")) if folder.is_dir() else []


def check(case_path: Path) -> str | None:
    expected_path = case_path.with_name(case_path.name.replace(".case.", ".expected."))
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    case = parse_case(json.loads(case_path.read_text(encoding="utf-8")))
    got = json.loads(json.dumps(assessment_to_dict(assess(case))))
    return mismatch(expected, got)


def test_our_scenario_folder_holds_the_shared_five_and_our_own():
    names = [path.name for path in scenarios(HERE / "scenarios")]
    assert len(names) >= 9
    assert "xinyongfei-day5.case.json" in names


@pytest.mark.parametrize("case_path", scenarios(HERE / "scenarios"), ids=lambda p: p.name)
def test_our_scenarios_assess_as_expected(case_path):
    assert check(case_path) is None


def test_the_shared_scenarios_are_next_to_the_checkout():
    shared_scenarios_or_skip()


def test_in_ci_missing_shared_scenarios_fail_rather_than_skip(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        shared_scenarios_or_skip(tmp_path / "shared" / "scenarios")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        shared_scenarios_or_skip(tmp_path / "shared" / "scenarios")


@pytest.mark.parametrize("case_path", scenarios(SHARED), ids=lambda p: p.name)
def test_the_shared_scenarios_assess_as_expected(case_path):
    assert check(case_path) is None


def test_our_copies_of_the_shared_scenarios_are_unchanged():
    shared_scenarios_or_skip()
    for path in SHARED.glob("*.json"):
        assert (HERE / "scenarios" / path.name).read_text(encoding="utf-8") == path.read_text(
            encoding="utf-8"
        ), path.name
