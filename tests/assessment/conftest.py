"""Fixtures for the assessment tests; these tests need no Django at all."""

import pytest

from assistant.assessment import assess, parse_case


@pytest.fixture(autouse=True)
def _fast_and_isolated():
    """Replaces the project-wide fixture of the same name, which needs Django settings."""


@pytest.fixture(autouse=True)
def _default_language():
    """Replaces the project-wide fixture of the same name, which needs Django."""


def case_dict(**fields) -> dict:
    """A minimal valid anxin.case/1 dict: day 5 with an online platform, plus `fields`."""
    return {
        "format": "anxin.case/1",
        "as_of": "2026-11-20",
        "lender": {"type": "online_platform"},
        "first_missed_due_date": "2026-11-15",
        **fields,
    }


@pytest.fixture
def make_case():
    """make_case(**fields) -> Case built from `case_dict`."""
    return lambda **fields: parse_case(case_dict(**fields))


@pytest.fixture
def make_dict():
    return case_dict


@pytest.fixture
def assess_case():
    """assess_case(**fields) -> Assessment of a case built from `case_dict`."""
    return lambda **fields: assess(parse_case(case_dict(**fields)))


@pytest.fixture
def call():
    """call(at, channel="phone", **fields) -> a call dict."""
    return lambda at, channel="phone", **fields: {"at": at, "channel": channel, **fields}
