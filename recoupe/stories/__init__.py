"""The story layer: text reuse and copy graph, online story and event clustering."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from recoupe.config import Settings
from recoupe.embedding import Embedder, get_embedder
from recoupe.errors import NotFound
from recoupe.model import Article
from recoupe.progress import Progress, silent
from recoupe.store import Store
from recoupe.store import docs as store_docs
from recoupe.stories import copygraph, features, persist
from recoupe.stories.clusters import Params
from recoupe.stories.stage import BATCH, StoryStage

# Articles whose bodies re-enter the reuse index after a restart: a re-run adds a few articles to
# a large store, and reuse is found between articles of the same days.
RESTORE_REUSE = 2000
# The state a long run builds (reuse index, clusters, vocabularies: ~2 million container objects at
# 40,000 articles) is long-lived, yet each full collection of the garbage collector scans all of it
# again: one every ~2,400 articles, 1.2-1.7 CPU s each from 20k to 40k articles on bench_scale.
# Every FREEZE_EVERY articles the survivors are moved out of its reach (`gc.freeze`); objects still
# freed by reference counting as before, only cycles among frozen objects wait for the run's end.
FREEZE_EVERY = 1000


@contextmanager
def _long_lived_frozen() -> Iterator[object]:
    """Within the block, `gc.freeze()` may be called; at its end everything it froze is given back
    to the collector, unless the caller had frozen objects itself (then its choice is kept)."""
    ours = gc.get_freeze_count() == 0
    try:
        yield None
    finally:
        if ours:
            gc.unfreeze()


def _text_of(store: Store) -> object:
    def text_of(article_id: str) -> str:
        try:
            return store.get_article(article_id).body
        except NotFound:
            return ""

    return text_of


def update_store(
    store: Store,
    settings: Settings,
    progress: Progress = silent,
    embedder: Embedder | None = None,
    params: Params | None = None,
) -> int:
    """Place every stored article not yet clustered, in publication order; returns how many.

    Ties and undated articles are ordered by content hash, so the result never depends on the
    order of arrival. Each article is committed on its own (see `recoupe.stories.persist`).
    """
    # Only (order, id) pairs are kept for the whole run; bodies are read a batch at a time.
    # Only the articles without an assignment are read (not every stored record).
    todo = sorted(
        (features.sort_key(a), a.id)
        for a in (store.get_article(aid) for aid in store.ids_missing_doc("assignment", order="published"))
    )
    if not todo:
        return 0
    stage = StoryStage(
        _text_of(store),  # type: ignore[arg-type]
        embedder or get_embedder(),
        params,
        analysis_of=lambda aid: store_docs.get_analysis(store, aid),
    )
    recent = persist.restore(store, stage.clusterer)
    for aid in recent[-RESTORE_REUSE:]:
        try:
            body = store.get_article(aid).body
        except NotFound:
            continue
        stage.reuse.index(aid, body)  # their reuse is stored already: signatures only
    done = 0
    with _long_lived_frozen():
        for start in range(0, len(todo), BATCH):
            batch: list[Article] = [store.get_article(aid) for _, aid in todo[start : start + BATCH]]
            vectors = stage.embedder.embed([features.embed_text(a) for a in batch])
            for article, vector in zip(batch, vectors, strict=True):
                step = stage.step(article, np.asarray(vector))
                persist.write(
                    store,
                    stage.clusterer,
                    step.placement,
                    step.reuse,
                    sorted(step.features.terms),
                    sorted(step.features.names),
                )
                done += 1
                progress("stories", done, len(todo))
                if done % FREEZE_EVERY == 0:
                    gc.freeze()
    return done


def independent_lines(store: Store, article_ids: Sequence[str]) -> int:
    """Number of independent reporting lines behind `article_ids`, from the copy graph."""
    return len(copygraph.lines(store, article_ids))
