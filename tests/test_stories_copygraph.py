"""The copy graph: direction by publication time, agencies, independent reporting lines."""

from __future__ import annotations

import hashlib
from datetime import datetime

from recoupe.model import Article, Reuse
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs
from recoupe.stories import copygraph, independent_lines
from recoupe.stories.export import article_fields


def _add(store: SQLiteStore, aid: str, published: datetime | None, credits: tuple[str, ...] = ()) -> Article:
    article = Article(
        id=aid,
        input=aid,
        body=f"Texte {aid}.",
        content_hash=hashlib.sha256(aid.encode()).hexdigest(),
        published=published,
        wire_credits=credits,
    )
    store.add_article(article)
    return article


def test_agency_names_are_normalised() -> None:
    assert copygraph.agency("(jzs/ats)") == "ats"
    assert copygraph.agency(" AFP ") == "afp"


def test_lines_follow_reuse_through_other_articles_and_shared_credits(store: SQLiteStore) -> None:
    _add(store, "wire", datetime(2025, 3, 14, 8))
    _add(store, "a", datetime(2025, 3, 14, 9))
    _add(store, "b", datetime(2025, 3, 14, 10))
    _add(store, "c", datetime(2025, 3, 14, 11), ("AFP",))
    _add(store, "d", None, ("afp",))
    _add(store, "e", datetime(2025, 3, 14, 12))
    for x, y in (("a", "wire"), ("b", "wire")):  # a and b both copy the wire text, not each other
        store_docs.put_reuse(store, Reuse(x, y, "passage", 100, 0.3))
        store_docs.put_reuse(store, Reuse(y, x, "passage", 100, 0.3))
    assert copygraph.lines(store, ["a", "b", "c", "d", "e"]) == [["a", "b"], ["c", "d"], ["e"]]
    assert independent_lines(store, ["a", "b", "c", "d", "e"]) == 3
    edges = copygraph.edges(store, ["a"])
    assert [(e.source, e.copy, e.directed) for e in edges] == [("wire", "a", True)]
    assert copygraph.origins(store, ["a", "b"]) == {"a": "wire", "b": "wire"}
    fields = article_fields(store, store.get_article("wire"))
    assert sorted((r["other_id"], r["direction"]) for r in fields["reuse"]) == [("a", "copied_by"), ("b", "copied_by")]
    assert fields["story_id"] is None
