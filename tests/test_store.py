"""The SQLite store: migrations, idempotent inserts, documents, rejected bytes kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from recoupe.errors import NotFound
from recoupe.model import Article, Rejected
from recoupe.store import SQLiteStore, Store, migrations


def _article(aid: str, h: str, published: datetime | None = None) -> Article:
    return Article(id=aid, input=f"{aid}.txt", body="Corps.", content_hash=h, published=published)


def test_sqlite_store_is_a_store(store: SQLiteStore) -> None:
    assert isinstance(store, Store)


def test_same_content_is_stored_once(store: SQLiteStore) -> None:
    assert store.add_article(_article("a", "h1"))
    assert not store.add_article(_article("b", "h1"))
    assert store.count_articles() == 1
    assert store.get_article("a").body == "Corps."


def test_rejected_keeps_raw_bytes(store: SQLiteStore) -> None:
    raw = b"\x00\xff\xfe binary"
    assert store.add_rejected(Rejected(id="r", input="x.bin", reason="binary", raw=raw, content_hash="h2"))
    assert store.get_rejected("r").raw == raw
    assert store.has_content("h2")


def test_articles_in_publication_order_across_zones(store: SQLiteStore) -> None:
    paris = timezone(timedelta(hours=1))
    store.add_article(_article("late", "1", datetime(2025, 3, 14, 16, 0, tzinfo=paris)))  # 15:00 UTC
    store.add_article(_article("undated", "2"))
    store.add_article(_article("early", "3", datetime(2025, 3, 14, 14, 30, tzinfo=UTC)))
    assert [a.id for a in store.iter_articles()] == ["early", "late", "undated"]


def test_unknown_id_says_how_to_find_ids(store: SQLiteStore) -> None:
    with pytest.raises(NotFound, match="recoupe articles"):
        store.get_article("nope")


def test_documents_round_trip(store: SQLiteStore) -> None:
    store.put_doc("analysis", "a", {"x": [1, 2]}, article_id="a")
    store.put_doc("analysis", "a", {"x": [3]}, article_id="a")
    assert store.get_doc("analysis", "a") == {"x": [3]}
    assert store.docs_for_article("analysis", "a") == [{"x": [3]}]
    store.delete_docs("analysis")
    assert list(store.iter_docs("analysis")) == []


def test_transaction_rolls_back(store: SQLiteStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.put_doc("k", "1", {})
        raise RuntimeError("boom")
    assert store.get_doc("k", "1") is None


def test_migrations_apply_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "m.db")
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    assert migrations.apply(db) == []
    names = [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == sorted(n for n, _ in migrations.MIGRATIONS)


def test_ids_missing_doc_lists_only_stored_articles_without_that_doc(store: SQLiteStore) -> None:
    day = datetime(2025, 3, 14, tzinfo=UTC)
    store.add_article(_article("c", "1", day + timedelta(hours=2)))
    store.add_article(_article("a", "2", day))
    store.add_article(_article("done", "3", day + timedelta(hours=1)))
    store.add_article(_article("undated", "4"))
    store.add_article(_article("b", "5", day + timedelta(hours=1)))
    store.add_rejected(Rejected(id="r", input="x.bin", reason="binary", raw=b"\x00", content_hash="6"))
    store.put_doc("analysis", "done", {"x": 1}, article_id="done")
    store.put_doc("assignment", "a", {"x": 1}, article_id="a")  # another kind does not count
    assert store.ids_missing_doc("analysis") == ["c", "a", "undated", "b"]
    assert store.ids_missing_doc("analysis", order="published") == ["a", "b", "c", "undated"]
    assert store.ids_missing_doc("assignment", order="published") == ["done", "b", "c", "undated"]
    assert store.ids_missing_doc("never-written", order="id") == ["a", "b", "c", "done", "undated"]
    # The same list as reading every record, which is what it replaces.
    assert store.ids_missing_doc("analysis", order="published") == [
        a.id for a in store.iter_articles() if store.get_doc("analysis", a.id) is None
    ]
    with pytest.raises(ValueError, match="unknown order"):
        store.ids_missing_doc("analysis", order="random")
