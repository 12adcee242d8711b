"""The shipped gazetteer of public figures and places (data/gazetteer.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from recoupe.language.names import name_key


@dataclass(frozen=True, slots=True)
class Known:
    """A public figure or place: canonical name, type, spellings, and confirming context words."""

    name: str
    type: str
    variants: tuple[str, ...]
    context: tuple[str, ...]

    @property
    def keys(self) -> frozenset[tuple[str, ...]]:
        return frozenset(name_key(n) for n in (self.name, *self.variants))


@cache
def entries() -> tuple[Known, ...]:
    """Every gazetteer entry, read once per process."""
    raw = json.loads(resources.files("recoupe.language").joinpath("data/gazetteer.json").read_text("utf-8"))
    return tuple(
        Known(e["name"], e["type"], tuple(e["variants"]), tuple(e["context"])) for e in raw["entries"]
    )


@cache
def by_key() -> dict[tuple[str, ...], Known]:
    """Entries by the transliteration key of each of their spellings."""
    return {key: entry for entry in entries() for key in entry.keys}
