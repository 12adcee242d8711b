"""Full-text search over articles, quotes and entities (SQLite FTS5 tables of migration 0003_search).

The pipeline calls `index_article` after an article is stored or analysed; `search` calls
`ensure_fresh` first, so an index left behind (an older store, a CLI ingest) catches up lazily.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from recoupe.errors import StoreError
from recoupe.model import Analysis, Identity
from recoupe.store import Store
from recoupe.store import docs as store_docs

KINDS = ("articles", "quotes", "entities")
# Control characters cannot occur in cleaned text, so they mark matches safely inside snippets;
# the interfaces split on them and escape everything else.
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
# Words around a match shown in a snippet: a dozen reads as one line on the results page.
_SNIPPET_WORDS = 12


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. `snippet` holds the matched words between MARK_START and MARK_END."""

    kind: str  # articles, quotes, entities
    id: str  # article id, identity id, or "article_id:start" for a quote
    title: str
    snippet: str
    article_id: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    speaker_id: str | None = None


@dataclass(frozen=True, slots=True)
class Results:
    """Hits of one page, with the total number of matches of the requested kinds."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    totals: dict[str, int]


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on article and quote hits (entities are not tied to one outlet or date)."""

    outlet: str | None = None
    language: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def _db(store: Store) -> sqlite3.Connection:
    db = getattr(store, "connection", None)
    if not isinstance(db, sqlite3.Connection):
        raise StoreError(f"search needs the SQLite store (FTS5); {type(store).__name__} has no SQLite connection")
    return db


def index_article(store: Store, article_id: str) -> None:
    """(Re)index one stored article, its analysis' quotes and the identities it names.

    An identity changes only when an analysis naming it is written, so indexing each new analysis'
    identities keeps the entity index current without rebuilding it.
    """
    db = _db(store)
    article = store.get_article(article_id)
    analysis = store_docs.get_analysis(store, article_id)
    with store.transaction():
        db.execute("DELETE FROM search_articles WHERE article_id=?", (article_id,))
        db.execute("DELETE FROM search_quotes WHERE article_id=?", (article_id,))
        db.execute(
            "INSERT INTO search_articles (article_id, title, body, outlet, language, published)"
            " VALUES (?,?,?,?,?,?)",
            (
                article.id,
                article.title or "",
                article.body,
                article.outlet,
                article.language,
                article.published.isoformat() if article.published else None,
            ),
        )
        for quote in analysis.quotes if analysis else ():
            db.execute(
                "INSERT INTO search_quotes (article_id, speaker_id, speaker, text, start) VALUES (?,?,?,?,?)",
                (article.id, quote.speaker_id, quote.speaker_name or "", quote.text, quote.start),
            )
        db.execute(
            "INSERT INTO search_state (article_id, analysed) VALUES (?, ?)"
            " ON CONFLICT(article_id) DO UPDATE SET analysed=excluded.analysed",
            (article.id, 1 if analysis else 0),
        )
        for identity_id in _named(analysis) if analysis else ():
            # The FTS table cannot look up its unindexed identity_id: its rowid is derived from it.
            db.execute("DELETE FROM search_entities WHERE rowid=?", (_entity_row(identity_id),))
            identity = store_docs.get_identity(store, identity_id, articles=False)
            if identity is not None:
                db.execute(_INSERT_ENTITY, _entity_values(identity))


def _named(analysis: Analysis) -> list[str]:
    """The identities an analysis names: its entities, its quotes' speakers, its figures' claimants."""
    ids = {e.id for e in analysis.entities} | {q.speaker_id for q in analysis.quotes if q.speaker_id}
    return sorted(ids | {f.claimant_id for f in analysis.figures if f.claimant_id})


_INSERT_ENTITY = "INSERT INTO search_entities (rowid, identity_id, name, names, type) VALUES (?,?,?,?,?)"


def _entity_row(identity_id: str) -> int:
    """A stable rowid for an identity's entry (63 bits of a hash: collisions are negligible)."""
    return int.from_bytes(hashlib.blake2b(identity_id.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def _entity_values(identity: Identity) -> tuple[int, str, str, str, str]:
    return (_entity_row(identity.id), identity.id, identity.name, " | ".join(identity.names), identity.type)


def reindex_entities(store: Store) -> int:
    """Rebuild the whole entity index from the identities; returns how many were indexed."""
    db = _db(store)
    identities = store_docs.identities(store, articles=False)
    with store.transaction():
        db.execute("DELETE FROM search_entities")
        db.executemany(_INSERT_ENTITY, [_entity_values(i) for i in identities])
    return len(identities)


def _fingerprint(db: sqlite3.Connection) -> str:
    # Counts and highest row ids change whenever articles, analyses or identities are added.
    # MAX(rowid) is read off the b-tree's edge; MAX(seq) would scan every stored article.
    articles = db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM articles").fetchone()
    docs = db.execute(
        "SELECT kind, COUNT(*), COALESCE(MAX(rowid), 0) FROM docs WHERE kind IN ('analysis', 'identity')"
        " GROUP BY kind ORDER BY kind"
    ).fetchall()
    return repr((tuple(articles), [tuple(d) for d in docs]))


def reindex(store: Store, full: bool = False) -> int:
    """Index every article not indexed yet (or indexed before its analysis existed); all with `full`.

    Returns the number of articles (re)indexed.
    """
    db = _db(store)
    if full:
        with store.transaction():
            for table in ("search_articles", "search_quotes", "search_entities", "search_state"):
                db.execute(f"DELETE FROM {table}")
    todo = [
        row[0]
        for row in db.execute(
            "SELECT a.id FROM articles a LEFT JOIN search_state s ON s.article_id = a.id"
            " WHERE s.article_id IS NULL"
            " OR (s.analysed = 0 AND EXISTS (SELECT 1 FROM docs d WHERE d.kind='analysis' AND d.key=a.id))"
            " ORDER BY a.seq"
        ).fetchall()
    ]
    for article_id in todo:
        index_article(store, article_id)
    if full:
        reindex_entities(store)
    with store.transaction():
        db.execute(
            "INSERT INTO search_meta (key, value) VALUES ('fingerprint', ?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (_fingerprint(db),),
        )
    return len(todo)


def ensure_fresh(store: Store) -> None:
    """Reindex when articles, analyses or identities changed since the index was last brought up to date."""
    db = _db(store)
    row = db.execute("SELECT value FROM search_meta WHERE key='fingerprint'").fetchone()
    if row is None or row[0] != _fingerprint(db):
        reindex(store)


def match_expression(query: str) -> str | None:
    """The user's words as a safe FTS5 expression: every word must match, the last one as a prefix.

    Words are quoted, so FTS5 operators typed by a user (NEAR, OR, quotes, colons) are plain text.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(
    store: Store,
    query: str,
    kinds: tuple[str, ...] = KINDS,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Results:
    """Search articles, quotes and entities; hits ranked by kind (in `kinds` order), then by relevance."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown search kind(s) {unknown}; use some of {list(KINDS)}")
    expression = match_expression(query)
    if expression is None:
        return Results(query, (), 0, {k: 0 for k in kinds})
    ensure_fresh(store)
    db = _db(store)
    filters = filters or Filters()
    totals: dict[str, int] = {}
    hits: list[Hit] = []
    skip, room = offset, limit
    for kind in kinds:
        sql, count_sql, params = _kind_query(kind, expression, filters)
        total = int(db.execute(count_sql, params).fetchone()[0])
        totals[kind] = total
        if room > 0 and skip < total:
            rows = db.execute(f"{sql} ORDER BY rank LIMIT ? OFFSET ?", [*params, room, skip]).fetchall()
            hits.extend(_hit(kind, row) for row in rows)
            room -= len(rows)
        skip = max(0, skip - total)
    return Results(query, tuple(hits), sum(totals.values()), totals)


def _kind_query(kind: str, expression: str, filters: Filters) -> tuple[str, str, list[Any]]:
    """The query of one kind's hits, the query counting them (without snippets, which cost), params."""
    snippet_col = {"articles": 2, "quotes": 3, "entities": 2}[kind]
    table = f"search_{kind}"
    snippet = f"snippet({table}, {snippet_col}, '{MARK_START}', '{MARK_END}', '…', {_SNIPPET_WORDS})"
    params: list[Any] = [expression]
    if kind == "entities":
        where = f"FROM {table} t WHERE {table} MATCH ?"
        return f"SELECT identity_id, name, {snippet}, type, rank {where}", f"SELECT COUNT(*) {where}", params
    wheres = [f"{table} MATCH ?"]
    if filters.outlet:
        wheres.append("a.outlet = ?")
        params.append(filters.outlet)
    if filters.language:
        wheres.append("a.language = ?")
        params.append(filters.language)
    if filters.since:
        wheres.append("a.published >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        # Published keys are ISO timestamps: anything on the `until` day sorts before the next day.
        wheres.append("a.published < ?")
        params.append((filters.until + dt.timedelta(days=1)).isoformat())
    extra = "t.speaker_id, t.speaker, t.start" if kind == "quotes" else "NULL, NULL, NULL"
    where = f"FROM {table} t JOIN articles a ON a.id = t.article_id WHERE {' AND '.join(wheres)}"
    sql = f"SELECT t.article_id, a.title, {snippet}, a.outlet, a.language, a.published, {extra}, rank {where}"
    # Without filters the count needs no join (a third of a search's time on 10,000 articles).
    count = f"SELECT COUNT(*) {where}" if len(wheres) > 1 else f"SELECT COUNT(*) FROM {table} WHERE {table} MATCH ?"
    return sql, count, params


def _hit(kind: str, row: tuple[Any, ...]) -> Hit:
    if kind == "entities":
        identity_id, name, snippet, _type, _rank = row
        return Hit(kind, identity_id, name, snippet)
    article_id, title, snippet, outlet, language, published, speaker_id, speaker, start, _rank = row
    if kind == "quotes":
        return Hit(
            kind,
            f"{article_id}:{start}",
            speaker or "unknown speaker",
            snippet,
            article_id,
            outlet,
            language,
            published,
            speaker_id,
        )
    return Hit(kind, article_id, title or article_id, snippet, article_id, outlet, language, published)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote as indexed: where it is (article and offset), who said it, its words."""

    article_id: str
    start: int
    speaker_id: str | None
    speaker: str | None
    text: str


def quotes(
    store: Store,
    speaker_id: str | None = None,
    article_id: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[QuoteRow], int]:
    """A page of every quote in the store (in article order), optionally one speaker's or one article's."""
    ensure_fresh(store)
    db = _db(store)
    wheres, params = ["1=1"], []
    if speaker_id:
        wheres.append("q.speaker_id = ?")
        params.append(speaker_id)
    if article_id:
        wheres.append("q.article_id = ?")
        params.append(article_id)
    where = " AND ".join(wheres)
    base = f"FROM search_quotes q JOIN articles a ON a.id = q.article_id WHERE {where}"
    total = int(db.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0])
    rows = db.execute(
        f"SELECT q.article_id, q.start, q.speaker_id, q.speaker, q.text {base}"
        " ORDER BY a.published IS NULL, a.published, a.seq, q.start LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [QuoteRow(a, int(s), sid, sp or None, t) for a, s, sid, sp, t in rows], total
