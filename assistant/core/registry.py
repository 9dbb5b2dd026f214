"""The source registry as the site shows it: the shipped data with the admin's corrections.

The engine (assistant.assessment) stays free of Django: it reads data/sources.json through
`default_registry()`. Pages that show sources use `site_registry()`, which applies the
corrections volunteers made in the admin (assistant.corrections) through the engine's own
`load_registry(source_overrides=...)`.
"""

from assistant.assessment.registry import Registry, load_registry
from assistant.corrections.current import memoised, source_overrides


def site_registry() -> Registry:
    """The registry with the admin's source corrections, kept until a correction changes."""
    return memoised("registry", lambda: load_registry(source_overrides=source_overrides()))
