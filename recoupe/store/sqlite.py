"""The embedded default store: one SQLite file, WAL mode, JSON records."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recoupe import codec
from recoupe.errors import NotFound, StoreError
from recoupe.model import Article, Rejected
from recoupe.store import migrations

_ORDERS = {
    # Articles without a date sort last; ties keep insertion order so results never depend on chance.
    "published": "published IS NULL, published, seq",
    "inserted": "seq",
    "id": "id",
}
# Article records read per query by `iter_articles` (under SQLite's 999 bound variables).
_PAGE = 500


class SQLiteStore:
    """Store on a SQLite file (or ':memory:'). Safe to share between threads of one process."""

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the database {path!r}: folder {parent} does not exist")
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            # 64 MiB of page cache (default 2 MiB): the docs index takes inserts at random keys
            # (article ids), so a large store would otherwise read back index pages on most writes.
            self._db.execute("PRAGMA cache_size=-65536")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {path!r}: {exc}; is it a recoupe database?") from exc
        self._lock = threading.RLock()
        self._depth = 0
        with self._lock:
            migrations.apply(self._db)

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for layers that add their own indexes through migrations (search)."""
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all or nothing. Nested calls join the outer transaction."""
        with self._lock:
            if self._depth == 0:
                self._db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._db.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("COMMIT")

    def _next_seq(self, table: str) -> int:
        row = self._db.execute(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}").fetchone()
        return int(row[0])

    def has_content(self, content_hash: str) -> bool:
        with self._lock:
            for table in ("articles", "rejected"):
                if self._db.execute(f"SELECT 1 FROM {table} WHERE content_hash=?", (content_hash,)).fetchone():
                    return True
        return False

    def add_article(self, article: Article) -> bool:
        """Insert; False (and nothing written) when the same content or id is already stored."""
        with self.transaction():
            if self.has_content(article.content_hash) or self._db.execute(
                "SELECT 1 FROM articles WHERE id=?", (article.id,)
            ).fetchone():
                return False
            self._db.execute(
                "INSERT INTO articles (id, content_hash, input, url, outlet, title, published, language, seq,"
                " record) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.content_hash,
                    article.input,
                    article.url,
                    article.outlet,
                    article.title,
                    _utc_key(article),
                    article.language,
                    self._next_seq("articles"),
                    codec.dumps(article),
                ),
            )
        return True

    def add_rejected(self, rejected: Rejected) -> bool:
        with self.transaction():
            if self.has_content(rejected.content_hash) or self._db.execute(
                "SELECT 1 FROM rejected WHERE id=?", (rejected.id,)
            ).fetchone():
                return False
            self._db.execute(
                "INSERT INTO rejected (id, content_hash, input, reason, raw, url, fetched_at, seq)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    rejected.id,
                    rejected.content_hash,
                    rejected.input,
                    rejected.reason,
                    rejected.raw,
                    rejected.url,
                    rejected.fetched_at.isoformat() if rejected.fetched_at else None,
                    self._next_seq("rejected"),
                ),
            )
        return True

    def get_article(self, article_id: str) -> Article:
        with self._lock:
            row = self._db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}; `recoupe articles` lists the ids")
        return codec.from_plain(Article, json.loads(row[0]))

    def get_rejected(self, rejected_id: str) -> Rejected:
        with self._lock:
            row = self._db.execute(
                "SELECT id, input, reason, raw, content_hash, url, fetched_at FROM rejected WHERE id=?",
                (rejected_id,),
            ).fetchone()
        if row is None:
            raise NotFound(f"no rejected input with id {rejected_id!r}; `recoupe rejected` lists them")
        return _rejected(row)

    def iter_articles(self, order: str = "published") -> Iterator[Article]:
        if order not in _ORDERS:
            raise ValueError(f"unknown order {order!r}; use one of {sorted(_ORDERS)}")
        # The ordered ids first (small), then the records a page at a time: memory stays flat
        # however many articles are stored, and the lock is never held while the caller works.
        with self._lock:
            ids = [r[0] for r in self._db.execute(f"SELECT id FROM articles ORDER BY {_ORDERS[order]}")]
        for start in range(0, len(ids), _PAGE):
            page = ids[start : start + _PAGE]
            marks = ",".join("?" * len(page))
            with self._lock:
                rows = dict(self._db.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", page))
            for aid in page:
                record = rows.get(aid)
                if record is not None:  # deleted meanwhile
                    yield codec.from_plain(Article, json.loads(record))

    def ids_missing_doc(self, kind: str, order: str = "inserted") -> list[str]:
        if order not in _ORDERS:
            raise ValueError(f"unknown order {order!r}; use one of {sorted(_ORDERS)}")
        # An anti-join between two covering indexes (article ids, docs' (kind, key)); only the
        # rows left over are then read and sorted, so no article record page is scanned.
        with self._lock:
            rows = self._db.execute(
                "SELECT id FROM articles WHERE rowid IN (SELECT a.rowid FROM articles a WHERE NOT EXISTS"
                " (SELECT 1 FROM docs WHERE docs.kind=? AND docs.key=a.id))"
                f" ORDER BY {_ORDERS[order]}",
                (kind,),
            ).fetchall()
        return [r[0] for r in rows]

    def iter_rejected(self) -> Iterator[Rejected]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, input, reason, raw, content_hash, url, fetched_at FROM rejected ORDER BY seq"
            ).fetchall()
        for row in rows:
            yield _rejected(row)

    def count_articles(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def count_rejected(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM rejected").fetchone()[0])

    def put_doc(self, kind: str, key: str, value: Any, article_id: str | None = None) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO docs (kind, key, article_id, value) VALUES (?,?,?,?)"
                " ON CONFLICT(kind, key) DO UPDATE SET article_id=excluded.article_id, value=excluded.value",
                (kind, key, article_id, json.dumps(codec.to_plain(value), ensure_ascii=False)),
            )

    def get_doc(self, kind: str, key: str) -> Any | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM docs WHERE kind=? AND key=?", (kind, key)).fetchone()
        return None if row is None else json.loads(row[0])

    def iter_docs(self, kind: str) -> Iterator[tuple[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT key, value FROM docs WHERE kind=? ORDER BY rowid", (kind,)).fetchall()
        for key, value in rows:
            yield key, json.loads(value)

    def docs_for_article(self, kind: str, article_id: str) -> list[Any]:
        with self._lock:
            rows = self._db.execute(
                "SELECT value FROM docs WHERE kind=? AND article_id=? ORDER BY rowid", (kind, article_id)
            ).fetchall()
        return [json.loads(v) for (v,) in rows]

    def delete_docs(self, kind: str, key: str | None = None) -> None:
        with self._lock:
            if key is None:
                self._db.execute("DELETE FROM docs WHERE kind=?", (kind,))
            else:
                self._db.execute("DELETE FROM docs WHERE kind=? AND key=?", (kind, key))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _utc_key(article: Article) -> str | None:
    """Sortable publication key: UTC ISO text when the zone is known, the naive text otherwise."""
    from datetime import UTC

    if article.published is None:
        return None
    when = article.published
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when.isoformat()


def _rejected(row: tuple[Any, ...]) -> Rejected:
    from datetime import datetime

    rid, input_, reason, raw, chash, url, fetched = row
    return Rejected(
        id=rid,
        input=input_,
        reason=reason,
        raw=bytes(raw),
        content_hash=chash,
        url=url,
        fetched_at=datetime.fromisoformat(fetched) if fetched else None,
    )
