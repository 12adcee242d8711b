"""The language layer: entities with identities, quotes and speakers, time expressions, figures."""

from __future__ import annotations

from recoupe.config import Settings
from recoupe.progress import Progress, silent
from recoupe.store import Store


def update_store(store: Store, settings: Settings, progress: Progress = silent) -> int:
    """Analyse every stored article that has no analysis yet; returns how many were analysed."""
    raise NotImplementedError("language.update_store: being written (issue 3)")
