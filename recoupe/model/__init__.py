"""Typed, frozen records that travel between the stages (one module per layer)."""

from recoupe.model.article import Article, Paragraph, RawDocument, Rejected
from recoupe.model.compare import (
    Claim,
    ClaimGroup,
    OneSided,
    QuoteGroup,
    StoryReport,
    SummarySentence,
    TimelineEntry,
)
from recoupe.model.language import Analysis, Entity, Figure, Identity, Mention, Quote, TimeMention
from recoupe.model.stories import Event, Reuse, Story

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "ClaimGroup",
    "Entity",
    "Event",
    "Figure",
    "Identity",
    "Mention",
    "OneSided",
    "Paragraph",
    "Quote",
    "QuoteGroup",
    "RawDocument",
    "Rejected",
    "Reuse",
    "Story",
    "StoryReport",
    "SummarySentence",
    "TimeMention",
    "TimelineEntry",
]
