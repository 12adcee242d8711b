"""The store applies every merge the clusterer reports, and a restart continues the same stream."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from recoupe import stories
from recoupe.config import Settings
from recoupe.embedding import get_embedder
from recoupe.model import Article
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs
from recoupe.stories import features, persist
from recoupe.stories.clusters import Params
from recoupe.stories.stage import StoryStage, cluster_labels

# The deterministic double of the Embedder seam: these tests are about the store, not the model.
HASHING = get_embedder("hashing")


@pytest.fixture
def articles(corpora_dir: Path) -> list[Article]:
    """RPM2 (undated, so placed in content-hash order): its fragments fold events into hosts."""
    rows = [json.loads(line) for line in (corpora_dir / "rpm2_fr_public" / "documents.jsonl").open()]
    out = [
        Article(
            id=r["doc_id"],
            input=f"test/{r['doc_id']}",
            body=r["text"],
            content_hash=hashlib.sha256(r["text"].encode()).hexdigest(),
            title=r["title"],
            outlet="test",
            language="fr",
        )
        for r in rows
    ]
    return sorted(out, key=features.sort_key)


def _partition(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, label in labels.items():
        groups.setdefault(label, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def _stored(store: SQLiteStore) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """Event and story partitions as the assignments give them, after checking every record agrees."""
    events = {e.id: e for e in store_docs.events(store)}
    stories_ = {s.id: s for s in store_docs.stories(store)}
    assigned: dict[str, dict[str, str]] = {}
    for a in store.iter_articles():
        assignment = store_docs.get_assignment(store, a.id)
        assert assignment is not None
        assigned[a.id] = assignment
        event = events[assignment["event_id"]]  # an absorbed event's articles point to the kept one
        assert a.id in event.article_ids and event.story_id == assignment["story_id"]
        assert event.id in stories_[assignment["story_id"]].event_ids
    assert sorted(x for e in events.values() for x in e.article_ids) == sorted(assigned)
    assert sorted(x for s in stories_.values() for x in s.event_ids) == sorted(events)  # no stale event ids
    live, retired = ({k for k, _ in store.iter_docs(kind)} for kind in ("story_cluster", "story_cluster_retired"))
    assert not live & retired
    cluster_keys = live | retired
    assert cluster_keys == {f"event:{e}" for e in events} | {f"story:{s}" for s in stories_}
    return (
        _partition({aid: v["event_id"] for aid, v in assigned.items()}),
        _partition({aid: v["story_id"] for aid, v in assigned.items()}),
    )


def _merged_events(arts: Sequence[Article]) -> int:
    stage = StoryStage({a.id: a.body for a in arts}.__getitem__, HASHING)
    return sum(len(step.placement.merged_events) for step in stage.run(arts))


def test_event_merges_reach_the_store_and_a_restart_continues_the_same_stream(
    tmp_path: Path, settings: Settings, articles: list[Article]
) -> None:
    assert _merged_events(articles) > 0  # the stream does exercise event merges
    labels = cluster_labels(articles, HASHING)
    expected = (
        _partition({aid: e for aid, (e, _s) in labels.items()}),
        _partition({aid: s for aid, (_e, s) in labels.items()}),
    )

    path = str(tmp_path / "one.db")
    one = SQLiteStore(path)
    for a in articles:
        one.add_article(a)
    assert stories.update_store(one, settings.replace(db=path), embedder=HASHING) == len(articles)
    assert _stored(one) == expected  # the store and the evaluation path agree
    one.close()

    # The same stream in two runs, the store closed and reopened between them.
    path = str(tmp_path / "two.db")
    half = len(articles) // 2
    two = SQLiteStore(path)
    for a in articles[:half]:
        two.add_article(a)
    assert stories.update_store(two, settings.replace(db=path), embedder=HASHING) == half
    two.close()
    two = SQLiteStore(path)
    for a in articles[half:]:
        two.add_article(a)
    assert stories.update_store(two, settings.replace(db=path), embedder=HASHING) == len(articles) - half
    assert _stored(two) == expected
    two.close()


def _restored(store: SQLiteStore) -> tuple[object, ...]:
    stage = StoryStage(lambda aid: "", HASHING)
    c = stage.clusterer
    recent = persist.restore(store, c)
    states = {
        k: (persist.cluster_to_plain(v), v.article_ids, v.children) for k, v in sorted({**c.events, **c.stories}.items())
    }
    vocabs = (c.vocab.n, dict(c.vocab.df), c.names_vocab.n, dict(c.names_vocab.df))
    return recent[-persist.KEEP_RECENT :], vocabs, (c.tick, c.clock), states


def test_restore_from_the_df_checkpoint_equals_the_rebuild_from_every_article_terms(
    tmp_path: Path, settings: Settings, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert persist.KEEP_RECENT >= stories.RESTORE_REUSE  # the reuse refill gets every id it asks for
    monkeypatch.setattr(persist, "CHECKPOINT", 9)
    monkeypatch.setattr(persist, "KEEP_RECENT", 12)
    monkeypatch.setattr(persist, "FULL_EVERY", 4)  # full checkpoints and increments both read back
    path = str(tmp_path / "df.db")
    store = SQLiteStore(path)
    for a in articles[: len(articles) // 2]:
        store.add_article(a)
    stories.update_store(store, settings.replace(db=path), embedder=HASHING)
    pending = store.get_doc(persist.CLOCK, "clock")["pending"]
    assert store.get_doc(persist.DF, "df") is not None and 0 < len(pending) < 9  # checkpoint + pending terms
    assert 0 < store.get_doc(persist.DF, "deltas") < 4  # the last full checkpoint, then increments
    from_checkpoint = _restored(store)
    assert len(store.get_doc(persist.DF, "recent")) == 12  # trimmed: the last 12 then the pending ones
    assert all(isinstance(aid, str) for aid in pending)
    # The pending list as written before (one [tick, id] pair per article) restores the same state.
    clock = store.get_doc(persist.CLOCK, "clock")
    clock["pending"] = [[clock["tick"] - len(pending) + 1 + k, aid] for k, aid in enumerate(pending)]
    store.put_doc(persist.CLOCK, "clock", clock)
    assert _restored(store) == from_checkpoint

    # The same store as written before checkpoints existed: rebuilt from every "story_terms".
    store.delete_docs(persist.DF)
    clock = store.get_doc(persist.CLOCK, "clock")
    del clock["pending"]
    store.put_doc(persist.CLOCK, "clock", clock)
    assert _restored(store) == from_checkpoint
    # ... and checkpointed then, so the next restart reads the checkpoint again.
    assert store.get_doc(persist.DF, "df") is not None and store.get_doc(persist.CLOCK, "clock")["pending"] == []
    assert _restored(store) == from_checkpoint
    store.close()


def test_clusters_idle_at_a_restart_are_retired_and_the_next_restart_restores_the_same_state(
    tmp_path: Path, settings: Settings, articles: list[Article]
) -> None:
    params = Params(event_idle=15, story_idle=40)  # RPM2 is undated: idleness counts articles
    path = str(tmp_path / "idle.db")
    store = SQLiteStore(path)
    half = len(articles) // 2
    for a in articles[:half]:
        store.add_article(a)
    stories.update_store(store, settings.replace(db=path), embedder=HASHING, params=params)
    before = {k for k, _ in store.iter_docs(persist.CLUSTER)}

    def restored() -> tuple[object, ...]:
        stage = StoryStage(lambda aid: "", HASHING, params)
        c = stage.clusterer
        persist.restore(store, c)
        return tuple(
            (k, persist.cluster_to_plain(v), v.article_ids, v.children)
            for k, v in sorted({**c.events, **c.stories}.items())
        )

    first = restored()
    retired = {k for k, _ in store.iter_docs(persist.RETIRED)}
    assert retired and {k for k, _ in store.iter_docs(persist.CLUSTER)} == before - retired
    assert len(first) == len(before - retired)  # every state left is an active one
    assert restored() == first  # the retired states were not candidates anyway
    for a in articles[half:]:
        store.add_article(a)
    assert stories.update_store(store, settings.replace(db=path), embedder=HASHING, params=params) == len(articles) - half
    _stored(store)  # records, assignments and states (live or retired) still agree
    store.close()


def test_a_restored_story_reads_its_events_from_its_record(
    tmp_path: Path, settings: Settings, articles: list[Article]
) -> None:
    """The cluster state no longer repeats a story's event ids: a restart takes them from the record."""
    path = str(tmp_path / "s.db")
    store = SQLiteStore(path)
    for a in articles[:60]:
        store.add_article(a)
    stage = StoryStage(lambda aid: store.get_article(aid).body, HASHING)
    for a in sorted(articles[:60], key=features.sort_key):
        step = stage.step(a, HASHING.embed([features.embed_text(a)])[0])
        persist.write(store, stage.clusterer, step.placement, step.reuse, sorted(step.features.terms), sorted(step.features.names))
    live = {sid: list(c.children) for sid, c in stage.clusterer.stories.items()}
    assert all("children" not in v for _, v in store.iter_docs(persist.CLUSTER))
    restored = StoryStage(lambda aid: "", HASHING).clusterer
    persist.restore(store, restored)
    assert {sid: c.children for sid, c in restored.stories.items()} == live
    assert any(len(children) > 1 for children in live.values())
    store.close()


def test_cluster_state_round_trips_its_weights_exactly_and_reads_the_former_map() -> None:
    from collections import Counter

    from recoupe.stories.clusters import Cluster

    c = Cluster(id="e-1", parent="s-1", terms={"grève": 0.1 + 0.2, "sncf": 1 / 3, "rail": 2.0}, names=Counter({"SNCF": 2}))
    plain = persist.cluster_to_plain(c)
    back = persist.cluster_from_plain(plain)
    assert back.terms == c.terms and list(back.terms) == list(c.terms)  # bit-exact, same order
    assert back.names == c.names and back.parent == "s-1"
    former = {k: v for k, v in plain.items() if k not in ("term_keys", "term_weights")}
    former["terms"] = {"grève": 0.3, "sncf": 0.33333}
    assert persist.cluster_from_plain(former).terms == {"grève": 0.3, "sncf": 0.33333}


def test_a_run_freezes_its_long_lived_state_and_gives_it_back_at_the_end(
    tmp_path: Path, settings: Settings, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    monkeypatch.setattr(stories, "FREEZE_EVERY", 3)
    path = str(tmp_path / "gc.db")
    store = SQLiteStore(path)
    for a in articles[:8]:
        store.add_article(a)
    seen: list[int] = []
    assert gc.get_freeze_count() == 0
    stories.update_store(
        store, settings.replace(db=path), lambda stage, done, total: seen.append(gc.get_freeze_count()), HASHING
    )
    assert seen[2] == 0 and seen[3] > 0  # frozen after the 3rd article, not before
    assert gc.get_freeze_count() == 0  # and given back to the collector at the end
    store.close()
