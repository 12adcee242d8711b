"""The data structures that keep the work per article flat: they must give the same placements."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from recoupe import codec
from recoupe.embedding import get_embedder
from recoupe.model import Article, Story
from recoupe.store import SQLiteStore
from recoupe.stories import features, persist
from recoupe.stories.cluster import Cluster, Clusterer

HASHING = get_embedder("hashing")


def _article(aid: str, row: dict[str, str], day: int) -> Article:
    return Article(
        id=aid,
        input=f"test/{aid}",
        body=row["text"],
        content_hash=hashlib.sha256(f"{aid}|{row['text']}".encode()).hexdigest(),
        title=row["title"],
        published=datetime(2008, 7, day, 8, 0),
        language="fr",
    )


def _features(article: Article) -> features.Features:
    return features.build(article, None, np.asarray(HASHING.embed([features.embed_text(article)])[0]))


@pytest.fixture
def rows(corpora_dir: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (corpora_dir / "rpm2_fr_public" / "documents.jsonl").open()]


def test_a_duplicate_joins_the_event_of_its_original_also_after_a_restart(
    tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    # Two unrelated articles (first rows of two different RPM2 topics).
    first = rows[0]
    other = next(r for r in rows if r["doc_id"].split("_")[0] != first["doc_id"].split("_")[0])
    a, b = _article("a", first, 1), _article("b", other, 2)
    clusterer = Clusterer()
    placed = clusterer.place(_features(a))
    assert clusterer.place(_features(b)).event_id != placed.event_id  # b alone goes elsewhere
    c = _article("c", other, 3)
    assert clusterer.place(_features(c), same_event_as="a").event_id == placed.event_id

    # The same after a restart: the restored clusterer knows which event holds "a".
    store = SQLiteStore(str(tmp_path / "s.db"))
    clusterer = Clusterer()
    for art in (a, b):
        feats = _features(art)
        pl = clusterer.place(feats)
        persist.write(store, clusterer, pl, (), sorted(feats.terms), sorted(feats.names))
    restored = Clusterer()
    persist.restore(store, restored)
    assert restored.place(_features(c), same_event_as="a").event_id == placed.event_id
    store.close()


def test_an_evicted_event_no_longer_takes_duplicates(rows: list[dict[str, str]]) -> None:
    clusterer = Clusterer()
    a = _article("a", rows[0], 1)
    first = clusterer.place(_features(a)).event_id
    clusterer.tick += clusterer.p.event_idle + 1  # "a"'s event is idle now
    clusterer.evict()
    assert first not in clusterer.events
    assert clusterer.place(_features(_article("c", rows[0], 2)), same_event_as="a").event_id != first


def test_absorb_keeps_the_children_in_order_without_repeats() -> None:
    kept, other = Cluster("s1", None, children=["e1", "e2"]), Cluster("s2", None, children=["e2", "e3", "e3", "e4"])
    kept.absorb(other, keep=10)
    assert kept.children == ["e1", "e2", "e3", "e4"]


def test_cluster_caches_follow_the_centroid(rows: list[dict[str, str]]) -> None:
    c = Cluster("e", "s")
    feats = _features(_article("a", rows[0], 1))
    c.add({"x": 1.0}, feats, 1, 10)
    before = (c.emb_norm(), c.name_set())
    c.add({"y": 1.0}, _features(_article("b", rows[50], 1)), 2, 10)
    assert c.emb_norm() == float(np.linalg.norm(c.embedding)) != before[0]
    assert c.name_set() == frozenset(c.names) != before[1]


def test_to_plain_of_records_with_long_id_lists_is_unchanged() -> None:
    story = Story(id="s", title="t", event_ids=("e1", "e2"), article_ids=tuple(f"a{i}" for i in range(1000)))
    plain = codec.to_plain(story)
    assert plain["article_ids"] == [f"a{i}" for i in range(1000)] and plain["event_ids"] == ["e1", "e2"]
    assert codec.from_plain(Story, json.loads(codec.dumps(story))) == story
    assert codec.to_plain((1, "x", None, 2.5, (datetime(2024, 1, 2),), {"k": [b"ab"]})) == [
        1,
        "x",
        None,
        2.5,
        ["2024-01-02T00:00:00"],
        {"k": ["YWI="]},
    ]


def test_the_reuse_index_keeps_the_tokens_of_the_articles_it_just_added(rows: list[dict[str, str]]) -> None:
    from recoupe.stories.reuse import ReuseIndex

    original = rows[0]["text"]
    copy = original[: len(original) * 3 // 4]
    read: list[str] = []

    def text_of(aid: str) -> str:
        read.append(aid)
        return {"a": original, "b": copy}[aid]

    index = ReuseIndex(text_of)
    index.add("a", original)
    found = index.add("b", copy)  # "a" is aligned from the tokens kept when it was added
    assert {r.kind for r in found} == {"duplicate"} and read == []


def test_an_absorbed_story_is_an_alias_resolved_on_read(tmp_path: Path) -> None:
    from recoupe.model import Event
    from recoupe.store import docs as store_docs

    store = SQLiteStore(str(tmp_path / "a.db"))
    store_docs.put_assignment(store, "a1", "s-A", "e-1")
    store_docs.put_event(store, Event(id="e-1", story_id="s-A", article_ids=("a1",)))
    store_docs.put_event(store, Event(id="e-2", story_id="s-D", article_ids=("a2",)))
    with store.transaction():
        store_docs.put_story_alias(store, "s-A", "s-B")
    with store.transaction():
        store_docs.put_story_alias(store, "s-B", "s-C")  # the kept story absorbed in turn
    assert store_docs.get_assignment(store, "a1") == {"story_id": "s-C", "event_id": "e-1"}
    assert store_docs.get_event(store, "e-1").story_id == "s-C"  # type: ignore[union-attr]
    assert {e.id: e.story_id for e in store_docs.events(store)} == {"e-1": "s-C", "e-2": "s-D"}
    assert store.get_doc("story_alias", "s-A")["to"] == "s-C"  # one hop, however many merges
    assert store_docs.live_story_id(store, "s-D") == "s-D"
    store.close()
