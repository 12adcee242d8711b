"""Id lists stored in chunks beside their record: stories, events (and identities, in
test_identities_index.py). One more article rewrites one chunk, never the whole membership."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.model import Event, Story
from recoupe.store import SQLiteStore, chunks
from recoupe.store import docs as store_docs


class CountingStore(SQLiteStore):
    """A real SQLite store that remembers the ids written in list chunks since `reset`."""

    def __init__(self) -> None:
        super().__init__(":memory:")
        self.reset()

    def reset(self) -> None:
        self.written: list[tuple[str, str, int]] = []

    def put_doc(self, kind: str, key: str, value: Any, article_id: str | None = None) -> None:
        if kind.endswith(("_articles", "_events")):
            self.written.append((kind, key, len(value)))
        super().put_doc(kind, key, value, article_id)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(chunks, "CHUNK", 4)
    return 4


def _story(n_articles: int, n_events: int, sid: str = "s-1") -> Story:
    return Story(
        id=sid,
        title="t",
        event_ids=tuple(f"e{i}" for i in range(n_events)),
        article_ids=tuple(f"a{i}" for i in range(n_articles)),
    )


def test_story_lists_round_trip_across_chunks(small_chunks: int) -> None:
    store = CountingStore()
    store_docs.put_story(store, _story(11, 6))
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.article_ids == _story(11, 6).article_ids and got.event_ids == _story(11, 6).event_ids
    assert (got.article_count, got.event_count) == (11, 6)
    light = store_docs.get_story(store, "s-1", lists=False)
    assert light is not None and light.article_ids == () and (light.article_count, light.event_count) == (11, 6)
    (listed,) = store_docs.stories(store)
    assert listed == got
    assert store.get_doc("story", "s-1")["article_ids"] == []  # the record itself holds no list


def test_one_more_article_rewrites_one_chunk(small_chunks: int) -> None:
    store = CountingStore()
    store_docs.put_story(store, _story(10, 3))
    store.reset()
    store_docs.put_story(store, _story(11, 3))
    # Articles 8..10 are chunk 2 (ids 8-11); the event list did not change: no event chunk written.
    assert store.written == [("story_articles", chunks.key("s-1", 2), 3)]
    store.reset()
    store_docs.put_story(store, _story(12, 4))  # chunk 2 fills up; the event list grows by one
    assert sorted(store.written) == [("story_articles", chunks.key("s-1", 2), 4), ("story_events", chunks.key("s-1", 0), 4)]
    store.reset()
    store_docs.put_story(store, _story(13, 4))  # a full last chunk is not rewritten
    assert store.written == [("story_articles", chunks.key("s-1", 3), 1)]
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.article_ids == _story(13, 4).article_ids


def test_a_removed_event_rewrites_the_list_and_drops_stale_chunks(small_chunks: int) -> None:
    store = CountingStore()
    store_docs.put_story(store, _story(3, 9))
    shorter = Story(id="s-1", title="t", event_ids=("e0", "e2", "e3", "e4"), article_ids=_story(3, 0).article_ids)
    store_docs.put_story(store, shorter)
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.event_ids == ("e0", "e2", "e3", "e4") and got.event_count == 4
    assert store.get_doc("story_events", chunks.key("s-1", 1)) is None
    assert store.get_doc("story_events", chunks.key("s-1", 2)) is None
    # Same length, other content (an event removed, another appended): rewritten too.
    store_docs.put_story(store, Story(id="s-1", title="t", event_ids=("e0", "e3", "e4", "e9"), article_ids=got.article_ids))
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.event_ids == ("e0", "e3", "e4", "e9")


def test_records_written_before_chunking_are_read_and_moved(small_chunks: int) -> None:
    store = CountingStore()
    old = _story(6, 2)
    store.put_doc("story", old.id, old)  # the former format: lists inside the record
    store.put_doc("event", "e0", Event(id="e0", story_id="s-1", article_ids=("a0", "a1", "a2", "a3", "a4")))
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.article_ids == old.article_ids and got.article_count == 6
    light = store_docs.get_story(store, "s-1", lists=False)
    assert light is not None and light.article_count == 6
    event = store_docs.get_event(store, "e0")
    assert event is not None and event.article_ids == ("a0", "a1", "a2", "a3", "a4") and event.article_count == 5
    store_docs.put_story(store, _story(7, 2))
    store_docs.put_event(store, Event(id="e0", story_id="s-1", article_ids=(*event.article_ids, "a6")))
    assert store.get_doc("story", "s-1")["article_ids"] == []
    got = store_docs.get_story(store, "s-1")
    assert got is not None and got.article_ids == _story(7, 2).article_ids
    event = store_docs.get_event(store, "e0")
    assert event is not None and event.article_ids[-1] == "a6" and event.article_count == 6


def test_events_lists_aliases_and_deletes(small_chunks: int) -> None:
    store = CountingStore()
    ids = tuple(f"a{i}" for i in range(9))
    store_docs.put_event(store, Event(id="e1", story_id="s-old", article_ids=ids))
    store_docs.put_story_alias(store, "s-old", "s-new")
    (listed,) = store_docs.events(store)
    assert listed.article_ids == ids and listed.story_id == "s-new" and listed.article_count == 9
    got = store_docs.get_event(store, "e1")
    assert got == listed
    store_docs.put_story(store, _story(9, 3, sid="s-old"))
    store_docs.delete_event(store, "e1")
    store_docs.delete_story(store, "s-old")
    assert store_docs.get_event(store, "e1") is None and store_docs.get_story(store, "s-old") is None
    left = [k for kind in ("story_articles", "story_events", "event_articles") for k, _ in store.iter_docs(kind)]
    assert left == []
