"""Bad input for the story layer: empty bodies, a flood of copies, late articles, a crash mid-stream."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recoupe import stories
from recoupe.config import Settings
from recoupe.embedding import get_embedder
from recoupe.model import Article
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs

ROOT = Path(__file__).resolve().parents[1]
# The deterministic double of the Embedder seam: these tests are about the stream, not the model.
HASHING = get_embedder("hashing")


def _article(aid: str, body: str, title: str, published: datetime | None, outlet: str = "test") -> Article:
    return Article(
        id=aid,
        input=f"test/{aid}",
        body=body,
        content_hash=hashlib.sha256(f"{aid}|{body}".encode()).hexdigest(),
        title=title,
        outlet=outlet,
        published=published,
        language="fr",
    )


@pytest.fixture
def rpm2(corpora_dir: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (corpora_dir / "rpm2_fr_public" / "documents.jsonl").open()]


def _check_complete(store: SQLiteStore) -> None:
    """Every article has exactly one assignment, and appears in exactly one event and one story."""
    ids = sorted(a.id for a in store.iter_articles())
    in_events = sorted(a for e in store_docs.events(store) for a in e.article_ids)
    in_stories = sorted(a for s in store_docs.stories(store) for a in s.article_ids)
    assert in_events == ids
    assert in_stories == ids
    for aid in ids:
        assignment = store_docs.get_assignment(store, aid)
        assert assignment is not None
        event = store_docs.get_event(store, assignment["event_id"])
        assert event is not None and aid in event.article_ids and event.story_id == assignment["story_id"]


def test_empty_bodies_are_placed_alone(store: SQLiteStore, settings: Settings, rpm2: list[dict[str, str]]) -> None:
    t0 = datetime(2008, 7, 1)
    for i, row in enumerate(rpm2[:3]):
        store.add_article(_article(f"a{i}", row["text"], row["title"], t0))
    store.add_article(_article("empty1", "", "", t0))
    store.add_article(_article("empty2", "   \n ", "Sans texte", t0))
    assert stories.update_store(store, settings, embedder=HASHING) == 5
    _check_complete(store)
    e1, e2 = store_docs.get_assignment(store, "empty1"), store_docs.get_assignment(store, "empty2")
    assert e1 and e2 and e1["story_id"] != e2["story_id"]
    assert store_docs.reuse_of(store, "empty1") == []


def test_flood_of_copies_is_one_event(store: SQLiteStore, settings: Settings, rpm2: list[dict[str, str]]) -> None:
    row = rpm2[0]
    t0 = datetime(2008, 7, 3, 8, 0)
    for i in range(60):  # one dispatch printed by 60 outlets within the hour
        store.add_article(_article(f"copy{i:02d}", row["text"], row["title"], t0 + timedelta(minutes=i), f"outlet{i}"))
    assert stories.update_store(store, settings, embedder=HASHING) == 60
    _check_complete(store)
    events = {store_docs.get_assignment(store, f"copy{i:02d}")["event_id"] for i in range(60)}  # type: ignore[index]
    assert len(events) == 1
    marked = [i for i in range(60) if any(r.kind == "duplicate" for r in store_docs.reuse_of(store, f"copy{i:02d}"))]
    assert len(marked) == 60  # the first holds the text the 59 others copy; all are in a duplicate pair
    first_dups = [i for i in range(1, 60) if not any(r.other_id < f"copy{i:02d}" for r in store_docs.reuse_of(store, f"copy{i:02d}"))]
    assert first_dups == []  # each copy is linked to an earlier one
    assert stories.independent_lines(store, [f"copy{i:02d}" for i in range(60)]) == 1


def test_late_articles_are_placed_and_do_not_join_stale_events(
    store: SQLiteStore, settings: Settings, rpm2: list[dict[str, str]]
) -> None:
    story = [r for r in rpm2 if r["cluster_id"] == "T01_C1"]
    t0 = datetime(2008, 7, 3)
    for i, row in enumerate(story[:5]):
        store.add_article(_article(f"now{i}", row["text"], row["title"], t0 + timedelta(hours=i)))
    assert stories.update_store(store, settings, embedder=HASHING) == 5
    # Same text family, but dated two years earlier, arriving after: far out of time order.
    for i, row in enumerate(story[5:7]):
        store.add_article(_article(f"old{i}", row["text"], row["title"], t0 - timedelta(days=730 + i)))
    assert stories.update_store(store, settings, embedder=HASHING) == 2
    _check_complete(store)
    now_event = store_docs.get_assignment(store, "now0")["event_id"]  # type: ignore[index]
    assert store_docs.get_assignment(store, "old0")["event_id"] != now_event  # type: ignore[index]


CRASHING = textwrap.dedent(
    """
    import os, signal, sys
    from recoupe import config, stories
    from recoupe.embedding import get_embedder
    from recoupe.store import SQLiteStore
    path, stop = sys.argv[1], int(sys.argv[2])
    store = SQLiteStore(path)
    def progress(stage, done, total):
        if done == stop:
            os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no flush: a real crash
    stories.update_store(store, config.load(env={}, db=path), progress, embedder=get_embedder("hashing"))
    """
)


def test_crash_mid_stream_loses_nothing_and_places_nothing_twice(
    tmp_path: Path, settings: Settings, rpm2: list[dict[str, str]]
) -> None:
    path = str(tmp_path / "crash.db")
    store = SQLiteStore(path)
    rows = rpm2[:40]
    for i, row in enumerate(rows):
        store.add_article(_article(row["doc_id"], row["text"], row["title"], datetime(2008, 7, 1) + timedelta(hours=i)))
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", CRASHING, path, "17"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -9, done.stderr
    store = SQLiteStore(path)
    placed = [a.id for a in store.iter_articles() if store_docs.get_assignment(store, a.id)]
    assert 16 <= len(placed) <= 17  # the article being written when killed is either fully in or out
    assert stories.update_store(store, settings.replace(db=path), embedder=HASHING) == 40 - len(placed)
    _check_complete(store)
    assert stories.update_store(store, settings.replace(db=path), embedder=HASHING) == 0
    store.close()


@pytest.mark.parametrize(
    ("checkpoint", "old_store"),
    [(256, False), (7, False), (7, True)],  # restart with pending terms / from a checkpoint / without one
)
def test_a_second_run_over_a_few_new_articles_equals_one_run(
    settings: Settings, rpm2: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch, checkpoint: int, old_store: bool
) -> None:
    """Later runs only read the articles without an analysis/assignment; the result is the one-shot one.

    The second run restores document frequencies from the "story_df" checkpoint plus the terms of
    the articles placed since; or, for a store written before checkpoints existed (`old_store`: no
    "story_df", no pending list), from every "story_terms".
    """
    from recoupe import codec, language
    from recoupe.stories import persist

    monkeypatch.setattr(persist, "CHECKPOINT", checkpoint)

    t0 = datetime(2008, 7, 1)
    rows = rpm2[:30]
    articles = [
        _article(r["doc_id"], r["text"], r["title"], t0 + timedelta(hours=h)) for h, r in enumerate(rows)
    ]

    def run(batches: list[list[Article]]) -> tuple[list[int], dict[str, object]]:
        store = SQLiteStore(":memory:")
        counts = []
        for batch in batches:
            for article in batch:
                store.add_article(article)
            counts.append(language.update_store(store, settings))
            counts.append(stories.update_store(store, settings, embedder=HASHING))
            if old_store:
                store.delete_docs(persist.DF)
                clock = store.get_doc(persist.CLOCK, "clock")
                del clock["pending"]
                store.put_doc(persist.CLOCK, "clock", clock)
        _check_complete(store)
        state = {
            a.id: (
                store_docs.get_assignment(store, a.id),
                codec.to_plain(store_docs.get_analysis(store, a.id)),
                sorted(json.dumps(codec.to_plain(r)) for r in store_docs.reuse_of(store, a.id)),
            )
            for a in articles
        }
        return counts, state

    one_counts, one = run([articles])
    two_counts, two = run([articles[:24], articles[24:]])
    assert one_counts == [30, 30]
    assert two_counts == [24, 24, 6, 6]
    assert two == one
