"""How much work one request may cause: the values of data/limits.json, each with its why.

`value(name)` reads the file once per process. The environment variable ANXIN_LIMIT_<NAME>
(e.g. ANXIN_LIMIT_CASE_IMPORTS_PER_HOUR_PER_ADDRESS=1000, for a load test whose users all
come from 127.0.0.1) replaces a value; tests change one with `override`.
"""

import json
import os
from contextlib import contextmanager
from functools import cache

from .registry import DATA_DIR


@cache
def _limits() -> dict[str, int]:
    data = json.loads((DATA_DIR / "limits.json").read_text(encoding="utf-8"))
    return {
        name: int(os.environ.get(f"ANXIN_LIMIT_{name.upper()}", entry["value"]))
        for name, entry in data["limits"].items()
    }


def value(name: str) -> int:
    return _limits()[name]


@contextmanager
def override(**values):
    """Change some limits for the duration of a `with` block (tests)."""
    limits = _limits()
    unknown = set(values) - set(limits)
    if unknown:
        raise KeyError(f"no such limit: {', '.join(sorted(unknown))}")
    saved = {name: limits[name] for name in values}
    limits.update(values)
    try:
        yield
    finally:
        limits.update(saved)
