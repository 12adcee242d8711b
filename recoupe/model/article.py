"""Records of the source and article layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as they came from a file, a feed, a page or a JSONL record, before any cleaning.

    `kind` says how to read `data`: "text" (plain-text scrape), "html" or "unknown" (sniffed later).
    `hints` carries what the input itself declared (JSONL fields or HTTP headers): outlet, published,
    title, lang, url, content_type, charset; the article layer trusts them over its own guesses.
    """

    input: str
    data: bytes
    kind: str = "unknown"
    record_id: str | None = None
    url: str | None = None
    fetched_at: datetime | None = None
    hints: dict[str, str] = field(default_factory=dict)
    # A reason found while fetching or reading (HTTP 500, too large, ...): the document is then
    # recorded as rejected with this reason and whatever bytes arrived.
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of an article body: offsets into `Article.body` and its detected language."""

    start: int
    end: int
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, dated, attributed article. Offsets of every later record index `body`."""

    id: str
    input: str
    body: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    wire_credits: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    # Page furniture removed from the body, kept so a reader can see what was dropped.
    removed: tuple[str, ...] = ()
    fetched_at: datetime | None = None
    # Which path produced the body: "text" (plain-text cleaner), "html", "json".
    extractor: str = "text"


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become an article: the reason and the raw bytes, never lost."""

    id: str
    input: str
    reason: str
    raw: bytes
    content_hash: str
    url: str | None = None
    fetched_at: datetime | None = None
