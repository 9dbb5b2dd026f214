"""How much work one request may cause: the values of data/limits.json, each with its why.

`value(name)` reads the file once per process; tests change a limit with `override`.
"""

import json
from contextlib import contextmanager
from functools import cache

from .registry import DATA_DIR


@cache
def _limits() -> dict[str, int]:
    data = json.loads((DATA_DIR / "limits.json").read_text(encoding="utf-8"))
    return {name: int(entry["value"]) for name, entry in data["limits"].items()}


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
