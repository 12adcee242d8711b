"""Records of the language layer: entities with identities, quotes, time expressions, figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of `Article.body`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """An identity as seen in one article, with the mentions that point to it."""

    id: str
    name: str
    type: str  # PER, ORG, LOC, MISC
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Identity:
    """One real-world entity across the whole store, with every name observed for it."""

    id: str
    name: str
    type: str
    names: tuple[str, ...] = ()
    # The articles naming it, oldest first (empty when read without them: see `article_count`).
    article_ids: tuple[str, ...] = ()
    # Role descriptions seen standing for this identity ("le porte-parole du Kremlin").
    roles: tuple[str, ...] = ()
    # How many articles name it (set by the store, whether or not `article_ids` was read).
    article_count: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    speaker_id: str | None = None
    speaker_name: str | None = None
    cue: str | None = None
    denial: bool = False


@dataclass(frozen=True, slots=True)
class TimeMention:
    text: str
    start: int
    end: int
    date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    # False when the anchor (publication date) was unknown or the expression could not be pinned.
    resolved: bool = False
    kind: str = "date"  # date, interval, duration, time
    # What the date was resolved against: "published", "text" (an in-text anchor or a full date), or None.
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    value: float
    what: str | None
    start: int
    end: int
    claimant_id: str | None = None
    claimant_name: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the language layer read in one article."""

    article_id: str
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    time_mentions: tuple[TimeMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    # Why entities and quotes were skipped (unsupported language, no sentence...), or None.
    skipped: str | None = None
    # What was done to the input on the way (e.g. a text capped for the parser, with sizes).
    notes: tuple[str, ...] = ()
