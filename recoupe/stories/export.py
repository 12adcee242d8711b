"""Export fields of the story layer (filled in by issue 4)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from recoupe.model import Article
from recoupe.store import Store


def article_fields(store: Store, article: Article) -> dict[str, Any]:
    """`story_id`, `event_id` and `reuse` for one article."""
    raise NotImplementedError("stories.export.article_fields: being written (issue 4)")


def iter_stories(store: Store) -> Iterator[dict[str, Any]]:
    """One JSON object per story with its events and their article ids."""
    raise NotImplementedError("stories.export.iter_stories: being written (issue 4)")
