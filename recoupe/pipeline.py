"""Composes the stages: source -> article -> language -> stories. Comparison runs per story on demand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe import article as article_stage
from recoupe import language as language_stage
from recoupe import sources
from recoupe import stories as story_stage
from recoupe.config import Settings
from recoupe.model import Article, Rejected
from recoupe.progress import Progress, silent
from recoupe.store import Store


@dataclass
class IngestReport:
    """What one ingest did: new articles, new rejections (with reasons), and skipped repeats."""

    added: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (id, input, reason)
    unchanged: int = 0


def ingest(
    store: Store, inputs: Sequence[str], settings: Settings, progress: Progress = silent
) -> IngestReport:
    """Read every input, turn each document into an article or a rejection, store it once.

    Bad input never stops the batch: it becomes a `Rejected` record with its reason and raw bytes.
    Re-ingesting the same bytes is a no-op (content hash).
    """
    report = IngestReport()
    # Validators kept in the store: a page unchanged since the last run (HTTP 304) is not re-read.
    documents = sources.read(inputs, settings, http_cache=sources.StoreHttpCache(store))
    for done, raw in enumerate(documents, start=1):
        result = article_stage.build(raw, settings)
        if isinstance(result, Article):
            if store.add_article(result):
                report.added.append(result.id)
            else:
                report.unchanged += 1
        elif isinstance(result, Rejected):
            if store.add_rejected(result):
                report.rejected.append((result.id, result.input, result.reason))
            else:
                report.unchanged += 1
        progress("ingest", done, None)
    return report


@dataclass
class RunReport:
    ingest: IngestReport
    analysed: int
    clustered: int


def run(store: Store, inputs: Sequence[str], settings: Settings, progress: Progress = silent) -> RunReport:
    """The main job: ingest, then read every new article, then place it in events and stories."""
    report = ingest(store, inputs, settings, progress)
    analysed, clustered = later_layers(store, settings, report.added, progress)
    return RunReport(report, analysed, clustered)


def later_layers(
    store: Store, settings: Settings, added: Sequence[str], progress: Progress = silent
) -> tuple[int, int]:
    """After an ingest that stored `added`: language and story layers, search index, comparisons.

    Returns how many articles were analysed and clustered. `pipeline.run` and posted documents
    (`ingest_api.submit`) both end here, so both leave the store in the same state.
    """
    analysed = language_stage.update_store(store, settings, progress)
    clustered = story_stage.update_store(store, settings, progress)
    if _searchable(store):
        # Search indexes catch up lazily too; indexing here keeps the first search fast.
        from recoupe import search

        for done, article_id in enumerate(added, start=1):
            search.index_article(store, article_id)
            progress("index", done, len(added))
    _compare_touched(store, added, progress)
    return analysed, clustered


def _compare_touched(store: Store, added: Sequence[str], progress: Progress) -> None:
    """Compare the stories that received new articles now, so that readers never wait for it."""
    from recoupe.compare.report import report_for
    from recoupe.store import docs

    touched = sorted({a["story_id"] for aid in added if (a := docs.get_assignment(store, aid))})
    for done, story_id in enumerate(touched, start=1):
        report_for(store, story_id)
        progress("compare", done, len(touched))


def _searchable(store: Store) -> bool:
    return hasattr(store, "connection")
