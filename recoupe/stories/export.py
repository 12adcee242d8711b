"""Export fields of the story layer: per article (`recoupe export`) and per story (`--what stories`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from recoupe import codec
from recoupe.model import Article
from recoupe.store import Store
from recoupe.store import docs as store_docs
from recoupe.stories import copygraph


def article_fields(store: Store, article: Article) -> dict[str, Any]:
    """`story_id`, `event_id` and `reuse` for one article (None and [] before clustering)."""
    assignment = store_docs.get_assignment(store, article.id) or {}
    reuse = sorted(store_docs.reuse_of(store, article.id), key=lambda r: (-r.shared_chars, r.other_id))
    direction = {
        (e.source if e.copy == article.id else e.copy): (
            None if not e.directed else "copied_from" if e.copy == article.id else "copied_by"
        )
        for e in copygraph.edges(store, [article.id])
    }
    return {
        "story_id": assignment.get("story_id"),
        "event_id": assignment.get("event_id"),
        "reuse": [
            {
                "other_id": r.other_id,
                "kind": r.kind,
                "shared_chars": r.shared_chars,
                "containment": r.containment,
                # (start, end) in this article's body and (other_start, other_end) in the other's.
                "spans": [list(s) for s in r.spans],
                # "copied_from": the other was published first; "copied_by": later; None: unknown.
                "direction": direction.get(r.other_id),
            }
            for r in reuse
        ],
    }


def iter_stories(store: Store) -> Iterator[dict[str, Any]]:
    """One JSON object per story with its events and their article ids, oldest story first."""
    events = {e.id: e for e in store_docs.events(store)}
    stories = sorted(store_docs.stories(store), key=lambda s: (s.start is None, codec.to_plain(s.start) or "", s.id))
    for story in stories:
        yield {
            "id": story.id,
            "title": story.title,
            "start": codec.to_plain(story.start),
            "end": codec.to_plain(story.end),
            "article_ids": list(story.article_ids),
            "events": [
                {
                    "id": e.id,
                    "title": e.title,
                    "start": codec.to_plain(e.start),
                    "end": codec.to_plain(e.end),
                    "article_ids": list(e.article_ids),
                }
                for e in (events[i] for i in story.event_ids if i in events)
            ],
        }
