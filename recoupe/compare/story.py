"""Compare the articles of one story: claims, alignment, verdicts, quotes, timeline, summary.

Pure over records (no store): `report.report_for` feeds it from the store, the evaluations feed it
gold events directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from recoupe.compare import align as al
from recoupe.compare.claims import extract_claims
from recoupe.compare.quotes import group_quotes
from recoupe.compare.summary import summarize
from recoupe.compare.timeline import timeline
from recoupe.compare.verdicts import LinesOf, judge, unique_by_source
from recoupe.embedding import Embedder
from recoupe.model import (
    Analysis,
    Article,
    ClaimGroup,
    Event,
    OneSided,
    QuoteGroup,
    SummarySentence,
    TimelineEntry,
)


@dataclass(frozen=True)
class Comparison:
    """Everything the comparison found in one story (the parts of a `StoryReport`)."""

    claims: tuple[ClaimGroup, ...]
    quote_groups: tuple[QuoteGroup, ...]
    one_sided: tuple[OneSided, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]
    unique: tuple[tuple[str, tuple[str, ...]], ...]


def compare(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    embedder: Embedder,
    lines_of: LinesOf | None = None,
    events: Sequence[Event] = (),
    summary_sentences: int = 5,
    summary_words: int | None = None,
) -> Comparison:
    """Compare the articles of one story claim by claim.

    Args:
        articles: the story's articles (any order; reports list them in this order).
        analyses: article id -> language-layer analysis; missing ones mean no actors, dates or quotes.
        embedder: sentence embedder for alignment and the summary.
        lines_of: independent reporting lines behind a set of article ids (the copy graph); by default
            every article counts as its own line.
        events: the story's events: claims of different events need more similarity to align, and dated
            events join the timeline.
        summary_sentences: most sentences in the summary.
        summary_words: a word budget for the summary instead (for evaluations at equal length).
    """
    lines = lines_of or (lambda ids: len(set(ids)))
    claims = [c for a in articles for c in extract_claims(a, analyses.get(a.id))]
    event_of = {aid: e.id for e in events for aid in e.article_ids}
    f = al.features(claims, embedder)
    groups = al.align(claims, embedder, event_of=event_of, precomputed=f)
    ids = [a.id for a in articles]
    verdicts, one_sided = judge(claims, groups, f, ids, lines)
    row_of = {c.id: i for i, c in enumerate(claims)}
    return Comparison(
        claims=tuple(verdicts),
        quote_groups=tuple(group_quotes(analyses, verdicts)),
        one_sided=tuple(one_sided),
        timeline=tuple(timeline(verdicts, events, articles)),
        summary=tuple(summarize(verdicts, f, row_of, summary_sentences, summary_words)),
        unique=tuple(unique_by_source(verdicts, ids)),
    )
