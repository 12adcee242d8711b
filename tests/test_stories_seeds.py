"""Section 3 of ../shared/seeds/EXPECTED.md, through the real pipeline: ingest, then the story layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEEDS, require_shared

from recoupe import config, stories
from recoupe.config import Settings
from recoupe.export import iter_records
from recoupe.pipeline import ingest
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs
from recoupe.stories.export import iter_stories


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SQLiteStore, Settings]]:
    """The five seeds ingested and clustered once for this module."""
    seeds_dir = require_shared(SEEDS)
    path = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    store, settings = SQLiteStore(path), config.load(env={}, db=path)
    report = ingest(store, [str(p) for p in sorted(seeds_dir.glob("*.txt"))], settings)
    assert len(report.added) == 5, report.rejected
    assert stories.update_store(store, settings) == 5
    yield store, settings
    store.close()


@pytest.fixture
def store(seeded_store: tuple[SQLiteStore, Settings]) -> SQLiteStore:
    return seeded_store[0]


@pytest.fixture
def settings(seeded_store: tuple[SQLiteStore, Settings]) -> Settings:
    return seeded_store[1]


@pytest.fixture
def seeded(store: SQLiteStore) -> dict[str, str]:
    """Seed number ("000".."004") -> article id."""
    return {Path(a.input).name[:3]: a.id for a in store.iter_articles()}


def test_one_story_two_events(store: SQLiteStore, seeded: dict[str, str]) -> None:
    assignment = {n: store_docs.get_assignment(store, aid) for n, aid in seeded.items()}
    assert len({a["story_id"] for a in assignment.values() if a}) == 1
    events = {n: a["event_id"] for n, a in assignment.items() if a}
    assert len({events[n] for n in ("000", "001", "002", "003")}) == 1
    assert events["004"] != events["000"]


def test_001_and_003_are_passage_reuse_and_one_line(store: SQLiteStore, seeded: dict[str, str]) -> None:
    reuse = store_docs.reuse_of(store, seeded["001"])
    assert [(r.other_id, r.kind) for r in reuse] == [(seeded["003"], "passage")]
    a, b = store.get_article(seeded["001"]).body, store.get_article(seeded["003"]).body
    shared = " ".join(a[s:e] for s, e, _, _ in reuse[0].spans)
    assert "massacre horrible, jamais vu depuis la Seconde Guerre" in shared
    for s, e, os_, oe in reuse[0].spans:  # the spans are the same words in both bodies
        assert a[s:e].split()[-3:] == b[os_:oe].split()[-3:]
    assert reuse[0].containment < 0.5  # not a whole-document duplicate
    assert stories.independent_lines(store, [seeded[n] for n in ("000", "001", "002", "003")]) == 3
    assert stories.independent_lines(store, [seeded["001"], seeded["003"]]) == 1


def test_rerun_places_nothing_twice_and_exports(store: SQLiteStore, settings: Settings, seeded: dict[str, str]) -> None:
    assert stories.update_store(store, settings) == 0
    records = {r["id"]: r for r in iter_records(store)}
    assert records[seeded["003"]]["reuse"][0]["other_id"] == seeded["001"]
    assert records[seeded["000"]]["story_id"] == records[seeded["004"]]["story_id"]
    (story,) = list(iter_stories(store))
    assert sorted(story["article_ids"]) == sorted(seeded.values())
    assert sorted(len(e["article_ids"]) for e in story["events"]) == [1, 4]
