"""The story stage in memory: reuse detection then clustering, one batch of articles at a time.

`update_store` wraps it with persistence; `recoupe eval clustering` runs it on a dataset directly,
so the figures measure exactly the code that production runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from recoupe.embedding import Embedder, get_embedder
from recoupe.model import Analysis, Article, Reuse
from recoupe.stories import features
from recoupe.stories.cluster import Clusterer
from recoupe.stories.clusters import Params, Placement
from recoupe.stories.reuse import ReuseIndex

# Articles embedded together: the encoder streams its weights once per micro-batch.
BATCH = 32


@dataclass(frozen=True, slots=True)
class Step:
    """What the stage decided for one article."""

    article: Article
    placement: Placement
    reuse: tuple[Reuse, ...]
    features: features.Features


class StoryStage:
    """Reuse index + clusterer. Feed articles in `features.sort_key` order with `run`."""

    def __init__(
        self,
        text_of: Callable[[str], str],
        embedder: Embedder | None = None,
        params: Params | None = None,
        analysis_of: Callable[[str], Analysis | None] = lambda _id: None,
    ) -> None:
        self.embedder = embedder or get_embedder()
        self.reuse = ReuseIndex(text_of)
        self.clusterer = Clusterer(params)
        self.analysis_of = analysis_of

    def run(self, articles: Sequence[Article]) -> list[Step]:
        """Place each article (they must already be in publication order); one Step each."""
        out: list[Step] = []
        for start in range(0, len(articles), BATCH):
            batch = articles[start : start + BATCH]
            vectors = self.embedder.embed([features.embed_text(a) for a in batch])
            for article, vector in zip(batch, vectors, strict=True):
                out.append(self.step(article, vector))
        return out

    def step(self, article: Article, vector: object) -> Step:
        """Reuse then placement of one article whose embedding is `vector`."""
        import numpy as np

        feats = features.build(article, self.analysis_of(article.id), np.asarray(vector))
        found = tuple(self.reuse.add(article.id, article.body)) if not feats.empty else ()
        dup = next((r.other_id for r in found if r.article_id == article.id and r.kind == "duplicate"), None)
        placement = self.clusterer.place(feats, same_event_as=dup)
        return Step(article, placement, found, feats)


def cluster_labels(articles: Sequence[Article], embedder: Embedder | None = None) -> dict[str, tuple[str, str]]:
    """article id -> (event id, story id) after running the stage over `articles` (any order given).

    Merges are followed to the end, so every article carries its final cluster ids.
    """
    by_id = {a.id: a for a in articles}
    ordered = sorted(articles, key=features.sort_key)
    stage = StoryStage(lambda i: by_id[i].body, embedder)
    labels: dict[str, tuple[str, str]] = {}
    event_alias: dict[str, str] = {}
    story_alias: dict[str, str] = {}

    def final(alias: dict[str, str], key: str) -> str:
        while key in alias:
            key = alias[key]
        return key

    event_story: dict[str, str] = {}
    for step in stage.run(ordered):
        pl = step.placement
        for old, new in pl.merged_events:
            event_alias[old] = new
        for old, new in pl.merged_stories:
            story_alias[old] = new
        labels[pl.article_id] = (pl.event_id, pl.story_id)
        event_story[pl.event_id] = pl.story_id
    out = {}
    for aid, (eid, _sid) in labels.items():
        e = final(event_alias, eid)
        out[aid] = (e, final(story_alias, event_story.get(e, _sid)))
    return out
