"""The report of one story, from the store, cached as a "report" document until the story changes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from recoupe import codec
from recoupe.compare.story import compare
from recoupe.compare.verdicts import LinesOf
from recoupe.embedding import Embedder, get_embedder
from recoupe.errors import NotFound
from recoupe.model import Analysis, Event, Story, StoryReport
from recoupe.store import Store, docs

# Bump when the comparison changes what it would write, so old cached reports are recomputed.
REPORT_VERSION = "6"


def _fingerprint(store: Store, story: Story, events: Sequence[Event]) -> str:
    """Hash of what the report depends on: the story, its events, articles, analyses and text reuse."""
    h = hashlib.sha256(REPORT_VERSION.encode())
    h.update(codec.dumps(story).encode())
    for e in events:
        h.update(codec.dumps(e).encode())
    for aid in story.article_ids:
        h.update(store.get_article(aid).content_hash.encode())
        h.update(codec.dumps(store.get_doc("analysis", aid)).encode())
        # The copy graph decides the independent lines.
        h.update(codec.dumps(sorted(codec.dumps(r) for r in store.docs_for_article("reuse", aid))).encode())
    return h.hexdigest()[:16]


def _story(store: Store, story_id: str) -> Story:
    story = docs.get_story(store, story_id)
    if story is None:
        known = [s.id for s in docs.stories(store)][:5]
        hint = f"; known stories: {', '.join(known)}" if known else "; run `recoupe ingest` on some articles first"
        raise NotFound(f"no story {story_id!r} in the store (see `recoupe stories`){hint}")
    return story


def _default_lines(store: Store) -> LinesOf:
    from recoupe import stories

    return lambda ids: stories.independent_lines(store, list(ids))


def report_for(
    store: Store,
    story_id: str,
    embedder: Embedder | None = None,
    lines_of: LinesOf | None = None,
    use_cache: bool = True,
) -> StoryReport:
    """The comparison report of story `story_id`.

    Args:
        store: where the articles, analyses, stories, events and reuse are.
        story_id: id of a stored story.
        embedder: sentence embedder (default: the multilingual one).
        lines_of: independent reporting lines of a set of articles (default: the story layer's copy graph).
        use_cache: return the cached "report" document when the story has not changed since.

    Raises:
        NotFound: no such story.
    """
    story = _story(store, story_id)
    events = [e for e in (docs.get_event(store, eid) for eid in story.event_ids) if e is not None]
    fingerprint = _fingerprint(store, story, events)
    if use_cache:
        cached = store.get_doc("report", story_id)
        if cached is not None and cached.get("fingerprint") == fingerprint:
            return codec.from_plain(StoryReport, cached)
    articles = [store.get_article(aid) for aid in story.article_ids]
    analyses: dict[str, Analysis] = {}
    for a in articles:
        an = docs.get_analysis(store, a.id)
        if an is not None:
            analyses[a.id] = an
    result = compare(
        articles,
        analyses,
        embedder or get_embedder(),
        lines_of or _default_lines(store),
        events,
    )
    report = StoryReport(
        id=story.id,
        title=story.title,
        events=tuple(e.title or e.id for e in events),
        claims=result.claims,
        quote_groups=result.quote_groups,
        one_sided=result.one_sided,
        timeline=result.timeline,
        summary=result.summary,
        unique=result.unique,
        fingerprint=fingerprint,
        sources=tuple((a.id, f"{a.outlet or 'unknown outlet'}: {a.title or 'untitled'}") for a in articles),
    )
    store.put_doc("report", story_id, report)
    return report


def all_reports(store: Store, embedder: Embedder | None = None) -> list[StoryReport]:
    """Reports of every stored story, biggest first."""
    stories = sorted(docs.stories(store), key=lambda s: -len(s.article_ids))
    return [report_for(store, s.id, embedder) for s in stories]
