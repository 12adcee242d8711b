"""Records of the story layer: text reuse, events and stories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Reuse:
    """Text shared by two articles. `spans` are (start, end, other_start, other_end) in the two bodies."""

    article_id: str
    other_id: str
    kind: str  # "duplicate" or "passage"
    shared_chars: int
    containment: float
    spans: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    story_id: str
    article_ids: tuple[str, ...]
    start: datetime | None = None
    end: datetime | None = None
    title: str | None = None
    # How many articles it holds (set by the store, whether or not `article_ids` was read).
    article_count: int = 0


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str | None
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    start: datetime | None = None
    end: datetime | None = None
    # How many articles and events it holds (set by the store, whether or not the lists were read).
    article_count: int = 0
    event_count: int = 0
