"""The source registry: the rules the assessment cites and the values it computes with.

Both live in data/sources.json and data/thresholds.json, so a correction of the law is a
data change. The Django layer can correct or update them from the database without a
deploy: build a registry with `load_registry(threshold_overrides=..., source_overrides=...)`
(or `default_registry().with_overrides(...)`) and pass it to `assess()`.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, time
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from types import MappingProxyType

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Source:
    id: str
    instrument: str
    instrument_en: str
    issuer: str
    date: str
    article: str | None
    article_en: str | None
    url: str | None
    verified: bool
    last_reviewed: str
    summary_en: str
    # Lender types the rule binds; empty means every lender.
    applies_to: tuple[str, ...] = ()
    # Where a [V] fact was checked against the full text: which text, and what matched.
    checked: str | None = None

    def applies(self, lender_type: str) -> bool:
        return not self.applies_to or lender_type in self.applies_to


@dataclass(frozen=True)
class Threshold:
    name: str
    type: str
    value: int | Decimal | time
    source: str | None
    as_of: str | None = None
    note: str | None = None


def _int(raw) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise ValueError(f"expected an integer, got {raw!r}")
    return int(raw)


def _decimal(raw) -> Decimal:
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        raise ValueError(f"expected a decimal string, got {raw!r}")
    try:
        value = Decimal(str(raw))
    except InvalidOperation as error:
        raise ValueError(f"expected a decimal string, got {raw!r}") from error
    if not value.is_finite():
        raise ValueError(f"expected a decimal string, got {raw!r}")
    return value


def _time(raw) -> time:
    if isinstance(raw, time):
        return raw
    return time.fromisoformat(str(raw))


def _history(raw) -> tuple[tuple[date, Decimal], ...]:
    """[{"from": "2025-05-20", "value": "0.0300"}, ...]: each value holds from its date on."""
    if not isinstance(raw, list | tuple) or not raw:
        raise ValueError(f"expected a list of dated values, got {raw!r}")
    entries = []
    for entry in raw:
        if isinstance(entry, tuple):
            entries.append(entry)
        else:
            entries.append((date.fromisoformat(entry["from"]), _decimal(entry["value"])))
    return tuple(sorted(entries))


PARSERS = {"int": _int, "decimal": _decimal, "time": _time, "history": _history}
SOURCE_FIELDS = {f.name for f in fields(Source)}


def _source(entry: Mapping) -> Source:
    unknown = set(entry) - SOURCE_FIELDS
    if unknown:
        raise ValueError(f"source {entry.get('id')}: unknown fields {sorted(unknown)}")
    data = dict(entry)
    data["applies_to"] = tuple(data.get("applies_to") or ())
    return Source(**data)


def _threshold(name: str, entry: Mapping) -> Threshold:
    kind = entry["type"]
    return Threshold(
        name=name,
        type=kind,
        value=PARSERS[kind](entry["value"]),
        source=entry.get("source"),
        as_of=entry.get("as_of"),
        note=entry.get("note"),
    )


@dataclass(frozen=True, eq=False)
class Registry:
    sources: Mapping[str, Source]
    thresholds: Mapping[str, Threshold]

    def source(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise KeyError(f"no source {source_id!r} in the registry") from None

    def threshold(self, name: str) -> Threshold:
        try:
            return self.thresholds[name]
        except KeyError:
            raise KeyError(f"no threshold {name!r} in the registry") from None

    def value(self, name: str):
        return self.threshold(name).value

    def value_on(self, name: str, day: date) -> Decimal | None:
        """The value of history `name` in force on `day`; None before its first date."""
        in_force = None
        for start, value in self.value(name):
            if start > day:
                break
            in_force = value
        return in_force

    def applicable(self, source_ids: Iterable[str], lender_type: str) -> tuple[str, ...]:
        """The ids among `source_ids` that bind this lender type, in the given order."""
        return tuple(i for i in source_ids if self.source(i).applies(lender_type))

    def with_overrides(
        self,
        thresholds: Mapping[str, object] | None = None,
        sources: Mapping[str, Mapping] | None = None,
    ) -> "Registry":
        """A copy with some values replaced.

        `thresholds` maps a name to a raw value ("09:00", 4, "0.24") or to a dict with
        "value" and optionally "source", "as_of", "note". `sources` maps an id to the
        fields to change, or to a complete entry for a new source.
        """
        new_thresholds = dict(self.thresholds)
        for name, raw in (thresholds or {}).items():
            current = self.threshold(name)
            entry = dict(raw) if isinstance(raw, Mapping) else {"value": raw}
            entry.setdefault("type", current.type)
            entry.setdefault("source", current.source)
            entry.setdefault("as_of", current.as_of)
            entry.setdefault("note", current.note)
            new_thresholds[name] = _threshold(name, entry)
        new_sources = dict(self.sources)
        for source_id, changes in (sources or {}).items():
            if source_id in new_sources:
                changed = dict(changes)
                if "applies_to" in changed:
                    changed["applies_to"] = tuple(changed["applies_to"] or ())
                new_sources[source_id] = replace(new_sources[source_id], **changed)
            else:
                new_sources[source_id] = _source({"id": source_id, **changes})
        return Registry(MappingProxyType(new_sources), MappingProxyType(new_thresholds))


def _read(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@cache
def default_registry() -> Registry:
    """The registry as shipped in data/, read once per process."""
    sources = {entry["id"]: _source(entry) for entry in _read("sources.json")["sources"]}
    thresholds = {
        name: _threshold(name, entry)
        for name, entry in _read("thresholds.json")["thresholds"].items()
    }
    return Registry(MappingProxyType(sources), MappingProxyType(thresholds))


def load_registry(
    threshold_overrides: Mapping[str, object] | None = None,
    source_overrides: Mapping[str, Mapping] | None = None,
) -> Registry:
    """The shipped registry with the database's corrections applied."""
    registry = default_registry()
    if threshold_overrides or source_overrides:
        registry = registry.with_overrides(threshold_overrides, source_overrides)
    return registry


def threshold(name: str, registry: Registry | None = None) -> Threshold:
    return (registry or default_registry()).threshold(name)
