"""Schema migrations: registered functions applied in order, each exactly once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a migration; names are recorded in the `_migrations` table once applied."""

    def register(fn: Migration) -> Migration:
        if any(n == name for n, _ in MIGRATIONS):
            raise ValueError(f"migration {name!r} registered twice; give it a new name")
        MIGRATIONS.append((name, fn))
        return fn

    return register


@migration("0001_articles")
def _articles(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            input TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            language TEXT,
            seq INTEGER NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE rejected (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            input TEXT NOT NULL,
            reason TEXT NOT NULL,
            raw BLOB NOT NULL,
            url TEXT,
            fetched_at TEXT,
            seq INTEGER NOT NULL
        );
        """
    )


@migration("0002_docs")
def _docs(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE docs (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            article_id TEXT,
            value TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        CREATE INDEX docs_article ON docs(kind, article_id);
        """
    )


@migration("0003_search")
def _search(db: sqlite3.Connection) -> None:
    # Full-text indexes kept by recoupe.search; `remove_diacritics 2` lets "Kyiv" find "Kyïv"
    # and "Medias" find "Médias", which French text needs.
    db.executescript(
        """
        CREATE VIRTUAL TABLE search_articles USING fts5(
            article_id UNINDEXED, title, body, outlet UNINDEXED, language UNINDEXED, published UNINDEXED,
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE search_quotes USING fts5(
            article_id UNINDEXED, speaker_id UNINDEXED, speaker, text, start UNINDEXED,
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE search_entities USING fts5(
            identity_id UNINDEXED, name, names, type UNINDEXED,
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TABLE search_state (
            article_id TEXT PRIMARY KEY,
            analysed INTEGER NOT NULL
        );
        CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


@migration("0004_seq_index")
def _seq_index(db: sqlite3.Connection) -> None:
    # Each insert reads MAX(seq): without an index that is a scan of every stored row, so
    # filling a store of n articles cost O(n^2) (minutes at 100,000 articles).
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
        CREATE INDEX IF NOT EXISTS rejected_seq ON rejected(seq);
        """
    )


@migration("0005_entity_rows")
def _entity_rows(db: sqlite3.Connection) -> None:
    # Entity index rows now have a rowid derived from the identity id, so one identity's row can
    # be replaced without scanning the table; older rows are dropped and every article is indexed
    # again lazily (search.ensure_fresh), which writes them back.
    db.executescript(
        """
        DELETE FROM search_entities;
        DELETE FROM search_state;
        DELETE FROM search_meta;
        """
    )


def apply(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet applied; returns their names."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db:
            fn(db)
            db.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (name,))
        applied.append(name)
    return applied
