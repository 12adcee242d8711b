"""The story layer: text reuse and copy graph, online story and event clustering."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.config import Settings
from recoupe.progress import Progress, silent
from recoupe.store import Store


def update_store(store: Store, settings: Settings, progress: Progress = silent) -> int:
    """Place every stored article not yet clustered, in publication order; returns how many."""
    raise NotImplementedError("stories.update_store: being written (issue 4)")


def independent_lines(store: Store, article_ids: Sequence[str]) -> int:
    """Number of independent reporting lines behind `article_ids`, from the copy graph."""
    raise NotImplementedError("stories.independent_lines: being written (issue 4)")
