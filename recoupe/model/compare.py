"""Records of the comparison layer: claims, verdicts, quote variants, timeline, cited summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence or clause of one article that states something."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: str = "reporting"  # reporting, statement, commentary, analysis
    actor_ids: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = ()
    figures: tuple[float, ...] = ()
    speaker_id: str | None = None
    denial: bool = False
    # What each figure counts ("drones"), "" when unknown; parallel to `figures`.
    figure_labels: tuple[str, ...] = ()
    # Who the claim is attributed to (speaker, or claimant of its figures), by name.
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims of several articles that state the same thing, and the verdict on them."""

    id: str
    text: str
    kind: str
    status: str  # corroborated, single, contradicted
    claims: tuple[Claim, ...]
    articles: tuple[str, ...]
    independent_lines: int
    contradicted_by: tuple[str, ...] = ()
    missing_from: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    speaker_id: str | None
    speaker_name: str | None
    variants: tuple[tuple[str, str], ...]  # (article_id, text)
    differences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OneSided:
    article_id: str
    claim_id: str
    missing: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: dt.date
    text: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SummarySentence:
    sentence: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryReport:
    id: str
    title: str | None
    events: tuple[str, ...]
    claims: tuple[ClaimGroup, ...]
    quote_groups: tuple[QuoteGroup, ...]
    one_sided: tuple[OneSided, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]
    # (article id, ids of the claim groups only that article reports), one per source.
    unique: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Hash of the story and its articles' analyses when the report was made (cache key).
    fingerprint: str = ""
    # (article id, "outlet: title") of each article, to show readers more than ids.
    sources: tuple[tuple[str, str], ...] = ()
