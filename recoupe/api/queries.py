"""Read-side library calls shared by the REST API and the web pages: lists, rows and views over the store.

Nothing here computes analysis of its own: it gathers what the layers stored (articles, analyses,
identities, reuse, stories, events) and what the comparison layer reports, for presentation.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from recoupe.errors import NotFound
from recoupe.model import Analysis, Article, Event, Identity, Quote, Reuse, Story, StoryReport
from recoupe.store import Store
from recoupe.store import docs as store_docs

log = logging.getLogger(__name__)

Reporter = Callable[[Store, str], StoryReport]
LineCounter = Callable[[Store, Sequence[str]], int]


def _real_reporter(store: Store, story_id: str) -> StoryReport:
    from recoupe.compare.report import report_for

    return report_for(store, story_id)


def _real_lines(store: Store, article_ids: Sequence[str]) -> int:
    from recoupe import stories

    return stories.independent_lines(store, article_ids)


@dataclass(frozen=True)
class Layers:
    """The library calls the interfaces read through; tests of the interfaces alone pass their own."""

    report: Reporter = _real_reporter
    independent_lines: LineCounter = _real_lines


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One line of the front page."""

    id: str
    title: str | None
    articles: int
    outlets: int
    independent_lines: int
    start: dt.datetime | None
    end: dt.datetime | None
    # Contradicted claim groups; None when the comparison failed on this story (logged).
    contradicted: int | None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class EntityQuote:
    article_id: str
    article_title: str | None
    outlet: str | None
    story_id: str | None
    quote: Quote


# An entity page reads the analyses of the latest articles naming it, not of every one.
ENTITY_ARTICLES = 300


@dataclass(frozen=True, slots=True)
class EntityView:
    identity: Identity
    quotes: tuple[EntityQuote, ...]
    stories: tuple[Story, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    analysis: Analysis | None
    reuse: tuple[Reuse, ...]
    story: Story | None
    event: Event | None
    claims: tuple[tuple[str, int, int, str], ...]  # (claim id, start, end, status of its group)


@dataclass
class Catalogue:
    """Read access to one store, with small in-process caches dropped whenever the store changes."""

    store: Store
    layers: Layers = field(default_factory=Layers)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _computing: threading.Lock = field(default_factory=threading.Lock)
    _version: object = None
    _reports: OrderedDict[str, StoryReport] = field(default_factory=OrderedDict)
    _stories: list[Story] | None = None
    _rows: dict[str, StoryRow] = field(default_factory=dict)
    _outlets: dict[str, str | None] = field(default_factory=dict)

    # Reports are the costly part of a story page; a few hundred cover every story a reader opens.
    REPORT_CACHE = 256

    def version(self) -> object:
        """Changes whenever this process or another one commits to the store."""
        db = _connection(self.store)
        data_version = db.execute("PRAGMA data_version").fetchone()[0]
        return (data_version, db.total_changes)

    def _fresh(self) -> None:
        version = self.version()
        with self._lock:
            if version != self._version:
                self._reports.clear()
                self._rows.clear()
                self._stories = None
                self._version = version

    # Stories ---------------------------------------------------------------------------------

    def story(self, story_id: str) -> Story:
        story = store_docs.get_story(self.store, story_id)
        if story is None:
            raise NotFound(f"no story with id {story_id!r}; GET /api/v1/stories lists them")
        return story

    def report(self, story_id: str) -> StoryReport:
        self.story(story_id)
        self._fresh()
        with self._lock:
            cached = self._reports.get(story_id)
        if cached is not None:
            return cached
        # One computation at a time: concurrent visitors of a story not yet compared wait for the
        # first one instead of all running the (heavy, model-backed) comparison at once.
        with self._computing:
            with self._lock:
                cached = self._reports.get(story_id)
            if cached is not None:
                return cached
            report = self.layers.report(self.store, story_id)
        with self._lock:
            self._reports[story_id] = report
            while len(self._reports) > self.REPORT_CACHE:
                self._reports.popitem(last=False)
        return report

    def stories(self) -> list[Story]:
        """Every story, most recent first, larger first on the same day."""
        self._fresh()
        with self._lock:
            if self._stories is not None:
                return self._stories
        found = store_docs.stories(self.store)
        found.sort(key=lambda s: (-_day(s.end), -len(s.article_ids), s.id))
        with self._lock:
            self._stories = found
        return found

    def story_rows(self, limit: int, offset: int) -> tuple[list[StoryRow], int]:
        """A page of front-page rows, in the order of `stories`, and the number of stories."""
        found = self.stories()
        return [self._cached_row(s) for s in found[offset : offset + limit]], len(found)

    def row(self, story_id: str) -> StoryRow:
        """The front-page row of one story."""
        story = self.story(story_id)
        self._fresh()
        return self._cached_row(story)

    def _cached_row(self, story: Story) -> StoryRow:
        with self._lock:
            row = self._rows.get(story.id)
        if row is None:
            row = self._row(story)
            with self._lock:
                self._rows[story.id] = row
        return row

    def _row(self, story: Story) -> StoryRow:
        outlets = {self.outlet(a) or f"unknown:{a}" for a in story.article_ids}
        try:
            report: StoryReport | None = self.report(story.id)
        except Exception:
            # One story the comparison cannot handle must not take the whole front page down.
            log.exception("no comparison report for story %s", story.id)
            report = None
        return StoryRow(
            id=story.id,
            title=story.title or (report.title if report else None),
            articles=len(story.article_ids),
            outlets=len(outlets),
            independent_lines=self.layers.independent_lines(self.store, story.article_ids),
            start=story.start,
            end=story.end,
            contradicted=sum(1 for c in report.claims if c.status == "contradicted") if report else None,
        )

    def events(self, story_id: str | None = None) -> list[Event]:
        found = store_docs.events(self.store)
        if story_id is not None:
            found = [e for e in found if e.story_id == story_id]
        return sorted(found, key=lambda e: (e.start is None, e.start or dt.datetime.min, e.id))

    # Articles --------------------------------------------------------------------------------

    def outlet(self, article_id: str) -> str | None:
        if article_id not in self._outlets:
            row = _connection(self.store).execute("SELECT outlet FROM articles WHERE id=?", (article_id,)).fetchone()
            self._outlets[article_id] = row[0] if row else None
        return self._outlets[article_id]

    def article_rows(
        self,
        limit: int,
        offset: int,
        outlet: str | None = None,
        language: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        ids: Sequence[str] | None = None,
    ) -> tuple[list[ArticleRow], int]:
        """A page of articles in publication order (undated last), and how many match."""
        wheres: list[str] = ["1=1"]
        params: list[Any] = []
        for column, value in (("outlet", outlet), ("language", language)):
            if value:
                wheres.append(f"{column} = ?")
                params.append(value)
        if since:
            wheres.append("published >= ?")
            params.append(since.isoformat())
        if until:
            wheres.append("published < ?")
            params.append((until + dt.timedelta(days=1)).isoformat())
        if ids is not None:
            wheres.append(f"id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        where = " AND ".join(wheres)
        db = _connection(self.store)
        total = int(db.execute(f"SELECT COUNT(*) FROM articles WHERE {where}", params).fetchone()[0])
        rows = db.execute(
            f"SELECT id, title, outlet, language, published FROM articles WHERE {where}"
            " ORDER BY published IS NULL, published, seq LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [ArticleRow(*row) for row in rows], total

    def titles(self, article_ids: Sequence[str]) -> dict[str, ArticleRow]:
        rows, _ = self.article_rows(len(article_ids) or 1, 0, ids=list(article_ids))
        return {r.id: r for r in rows}

    def article(self, article_id: str) -> ArticleView:
        article = self.store.get_article(article_id)
        assignment = store_docs.get_assignment(self.store, article_id)
        story = event = None
        claims: list[tuple[str, int, int, str]] = []
        if assignment:
            story = store_docs.get_story(self.store, assignment["story_id"])
            event = store_docs.get_event(self.store, assignment["event_id"])
        if story is not None:
            for group in self.report(story.id).claims:
                claims.extend(
                    (c.id, c.start, c.end, group.status) for c in group.claims if c.article_id == article_id
                )
        return ArticleView(
            article=article,
            analysis=store_docs.get_analysis(self.store, article_id),
            reuse=tuple(store_docs.reuse_of(self.store, article_id)),
            story=story,
            event=event,
            claims=tuple(claims),
        )

    # Entities --------------------------------------------------------------------------------

    def entities(self, type_: str | None = None, name: str | None = None) -> list[Identity]:
        found = store_docs.identities(self.store, articles=False)  # article lists: `with_articles`
        if type_:
            found = [i for i in found if i.type == type_]
        if name:
            needle = name.casefold()
            found = [i for i in found if any(needle in n.casefold() for n in (i.name, *i.names))]
        return sorted(found, key=lambda i: (-i.article_count, i.name, i.id))

    def with_articles(self, identities: Sequence[Identity]) -> list[Identity]:
        """The identities with their article lists read (a page of `entities`)."""
        return store_docs.with_articles(self.store, identities)

    def entity(self, identity_id: str, recent: int = ENTITY_ARTICLES) -> EntityView:
        """One identity with the quotes and stories of the `recent` latest articles naming it
        (`identity.article_ids` holds those; `identity.article_count` counts them all)."""
        head = store_docs.get_identity(self.store, identity_id, articles=False)
        if head is None:
            raise NotFound(f"no entity with id {identity_id!r}; GET /api/v1/entities lists them")
        identity = replace(head, article_ids=store_docs.identity_articles(self.store, head, last=recent))
        quotes: list[EntityQuote] = []
        story_ids: list[str] = []
        rows = self.titles(identity.article_ids)
        for article_id in identity.article_ids:
            assignment = store_docs.get_assignment(self.store, article_id)
            story_id = assignment["story_id"] if assignment else None
            if story_id and story_id not in story_ids:
                story_ids.append(story_id)
            analysis = store_docs.get_analysis(self.store, article_id)
            row = rows.get(article_id)
            for quote in analysis.quotes if analysis else ():
                if quote.speaker_id == identity_id:
                    quotes.append(
                        EntityQuote(article_id, row.title if row else None, row.outlet if row else None, story_id, quote)
                    )
        found = [store_docs.get_story(self.store, s) for s in story_ids]
        return EntityView(identity, tuple(quotes), tuple(s for s in found if s is not None))


def _day(when: dt.datetime | None) -> int:
    return when.date().toordinal() if when else 0


def _connection(store: Store) -> sqlite3.Connection:
    from recoupe.search import _db

    return _db(store)
