"""The data structures that keep the work per article flat: they must give the same placements."""

from __future__ import annotations

import hashlib
import json
import math
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from recoupe import codec
from recoupe.embedding import get_embedder
from recoupe.model import Article, Story
from recoupe.store import SQLiteStore
from recoupe.stories import features, persist
from recoupe.stories.cluster import Clusterer
from recoupe.stories.clusters import Cluster

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


def test_the_name_idf_snapshot_is_the_same_after_a_restart_from_a_checkpoint() -> None:
    from collections import Counter

    from recoupe.stories.clusters import snapshot_step

    assert [snapshot_step(n) for n in (1, 127, 128, 300, 1000, 5000, 20000, 10**6)] == [1, 1, 2, 4, 8, 64, 256, 256]
    assert all(256 % snapshot_step(n) == 0 for n in range(1, 5000))  # every df checkpoint is a snapshot
    stream = [frozenset({f"n{i % 7}", f"m{i % 13}", f"k{i}"}) for i in range(700)]
    probe = ["n1", "m5", "k650", "k699", "absent"]
    one = Clusterer()
    for i, names in enumerate(stream, 1):
        one.learn({"t"}, names)
        if i == 512:
            checkpoint = (one.names_vocab.n, Counter(one.names_vocab.df))
    # 699 articles: the last snapshot is 696 (step 8), before the last three articles' names.
    assert one._snap_n == 696 and one._name_idf("k699") == one._name_idf("absent")
    assert one._name_idf("k650") < one._name_idf("k699")
    restarted = Clusterer()  # as `persist.restore`: the checkpoint, then the articles placed since
    restarted.names_vocab.n, restarted.names_vocab.df = checkpoint[0], checkpoint[1]
    restarted.reset_snapshot()
    for names in stream[512:]:
        restarted.learn({"t"}, names)
    assert [restarted._name_idf(n) for n in probe] == [one._name_idf(n) for n in probe]


def test_a_memoised_pair_score_follows_the_centroids(rows: list[dict[str, str]]) -> None:
    clusterer = Clusterer()
    a, b = Cluster("s-a", None), Cluster("s-b", None)
    for i, (c, row) in enumerate(((a, rows[0]), (b, rows[1]), (b, rows[2]))):
        feats = _features(_article(f"x{i}", row, 1))
        clusterer.learn(set(feats.terms), feats.names)
        c.add(clusterer.vocab.weigh(feats.terms), feats, i, 300)
        if i == 1:
            before = clusterer._pair_score(a, b)
            assert clusterer._pair_score(a, b) == before == clusterer._pair_score_now(a, b, _dot(a.terms, b.terms))
    after = clusterer._pair_score(a, b)
    assert after == pytest.approx(clusterer._pair_score_now(a, b, _dot(a.terms, b.terms)), rel=1e-12)
    assert after != before  # b changed


def _dot(x: dict[str, float], y: dict[str, float]) -> float:
    return math.fsum(x[k] * y[k] for k in x.keys() & y.keys())


def test_centroid_products_in_one_pass_match_the_pairwise_ones_whatever_the_term_ids(
    rows: list[dict[str, str]],
) -> None:
    """`_dots` scores many centroids at once through term ids; a restart gives the ids out in
    another order, and the products must not change by a bit."""
    clusterer = Clusterer()
    clusters = [Cluster(f"s-{i}", None) for i in range(5)] + [Cluster("s-empty", None)]
    for i in range(12):
        feats = _features(_article(f"x{i}", rows[i * 7], 1))
        clusterer.learn(set(feats.terms), feats.names)
        clusters[i % 5].add(clusterer.vocab.weigh(feats.terms), feats, i, 300)
    query = clusterer.vocab.weigh(_features(_article("q", rows[3], 1)).terms) | {"jamais-vu": 0.5}
    got = clusterer._dots(query, list(reversed(clusters)))
    want = [_dot(query, c.terms) for c in reversed(clusters)]
    assert got == pytest.approx(want, rel=1e-12) and got[0] == 0.0 and max(got) > 0.1
    pair = clusterer._dots(clusters[0], clusters[1:])
    assert pair == pytest.approx([_dot(clusters[0].terms, c.terms) for c in clusters[1:]], rel=1e-12)
    other = Clusterer()  # ids given out in the opposite order, as after a restart
    other._tid = {t: i for i, t in enumerate(sorted(clusterer._tid, reverse=True))}
    fresh = [Cluster(c.id, None, terms=dict(c.terms)) for c in clusters]
    assert other._dots(query, list(reversed(fresh))) == got
    assert other._dots(fresh[0], fresh[1:]) == pair


def test_a_long_story_scores_only_the_events_nearest_the_article(rows: list[dict[str, str]]) -> None:
    from recoupe.stories.clusters import Params

    clusterer = Clusterer(Params(max_candidates=3))
    story = Cluster("s-x", None)
    clusterer.stories[story.id] = story
    for i in range(6):  # six events of one story, each from another RPM2 article
        feats = _features(_article(f"e{i}", rows[i * 20], 1))
        clusterer.learn(set(feats.terms), feats.names)
        event = Cluster(f"e-{i}", story.id)
        event.add(clusterer.vocab.weigh(feats.terms), feats, 1, 300)
        clusterer.events[event.id] = event
        story.children.append(event.id)
        clusterer.reindex("event", event)
    feats = _features(_article("new", rows[40], 1))  # the article of event e-2
    clusterer.learn(set(feats.terms), feats.names)
    vec = clusterer.vocab.weigh(feats.terms)
    chosen = clusterer._events_for(story, vec, feats)
    assert len(chosen) == 3 and "e-2" in chosen
    story.children = story.children[:3]  # a short story: every active event
    assert clusterer._events_for(story, vec, feats) == ["e-0", "e-1", "e-2"]


def test_top_ids_equal_a_full_sort_by_hits_then_id() -> None:
    import random
    from collections import Counter

    from recoupe.stories.clusters import _top_ids

    rng = random.Random(5)
    for n in (0, 3, 40, 41, 500):
        hits = Counter({f"s-{rng.getrandbits(32):08x}": rng.randint(1, 6) for _ in range(n)})
        for k in (1, 10, 40):
            assert _top_ids(hits, k) == sorted(sorted(hits, key=lambda i: (-hits[i], i))[:k])


def test_of_two_merged_stories_the_longer_keeps_its_id_and_its_events_stay_unwritten(
    rows: list[dict[str, str]],
) -> None:
    """A young story that comes close to a long one is folded into it, whichever of the two just
    received an article: only the young story's events change story (and are written again)."""
    topic = rows[0]["doc_id"].split("_")[0]
    same = [r for r in rows if r["doc_id"].startswith(topic)]
    clusterer = Clusterer()

    def story(sid: str, picked: list[dict[str, str]]) -> Cluster:
        s = Cluster(sid, None)
        for k, row in enumerate(picked):
            feats = _features(_article(f"{sid}-{k}", row, 1))
            clusterer.learn(set(feats.terms), feats.names)
            vec = clusterer.vocab.weigh(feats.terms)
            event = Cluster(f"e-{sid}-{k}", sid)
            event.add(vec, feats, 1, 300)
            s.add(vec, feats, 1, 300)
            clusterer.events[event.id] = event
            s.children.append(event.id)
        clusterer.stories[sid] = s
        clusterer.reindex("story", s)
        return s

    long = story("s-long", same[:6])
    young = story("s-young", [same[0]])  # the same dispatch again: its centroid is close to the long one
    for i, row in enumerate(same[6:10]):  # a neighbourhood: articles of the topic left alone
        story(f"s-other{i}", [row])
    merged: list[tuple[str, str]] = []
    kept = clusterer._absorb_similar(young, merged, [])
    assert merged == [("s-young", "s-long")] and kept is long
    assert "s-young" not in clusterer.stories and len(long.article_ids) == 7
    assert clusterer._moved == {"e-s-young-0"}  # the long story's six events are not written again
    assert clusterer.events["e-s-young-0"].parent == "s-long"


def test_index_keys_do_not_depend_on_the_order_the_names_came_in() -> None:
    """Ties in name counts are broken by name, not by insertion order (which follows the string
    hash seed of the process through each article's name set)."""
    from recoupe.stories.clusters import Params

    keys = []
    for names in (["Zed", "Alba", "Milo"], ["Milo", "Alba", "Zed"]):  # all once: a three-way tie
        clusterer = Clusterer(Params(index_terms=2))
        c = Cluster("s-x", None, terms={"t": 1.0})
        c.names.update(names)
        clusterer.reindex("story", c)
        keys.append(clusterer.indexed["s-x"])
    assert keys[0] == keys[1] == ["t", "@Zed", "@Milo"]
