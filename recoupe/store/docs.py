"""Typed accessors for the documents that later layers attach to the store.

The contract between layers (who writes, who reads):
- "analysis"   key article id  -> Analysis            (language layer writes; stories, compare, web read)
- "identity"   key identity id -> Identity            (language layer)
- "reuse"      key "a|b"       -> Reuse, one per direction, article_id=a (story layer)
- "assignment" key article id  -> {"story_id", "event_id"} (story layer)
- "story"      key story id    -> Story               (story layer)
- "event"      key event id    -> Event               (story layer)
- "report"     key story id    -> StoryReport (cache) (comparison layer)
- "http_cache" key URL         -> {"etag", "last_modified"} (sources: conditional GET)
- "story_cluster", "story_terms", "story_clock": the online clusterer's own state (story layer)
- "story_cluster_retired": "story_cluster" states of clusters no longer candidates (story layer)
- "story_df"   key "df" -> document frequencies checkpoint, key "recent" -> [article id] (story layer;
  see recoupe.stories.persist)
"""

from __future__ import annotations

from typing import Any

from recoupe import codec
from recoupe.model import Analysis, Event, Identity, Reuse, Story
from recoupe.store.base import Store


def put_analysis(store: Store, analysis: Analysis) -> None:
    store.put_doc("analysis", analysis.article_id, analysis, article_id=analysis.article_id)


def get_analysis(store: Store, article_id: str) -> Analysis | None:
    value = store.get_doc("analysis", article_id)
    return None if value is None else codec.from_plain(Analysis, value)


def put_identity(store: Store, identity: Identity) -> None:
    store.put_doc("identity", identity.id, identity)


def get_identity(store: Store, identity_id: str) -> Identity | None:
    value = store.get_doc("identity", identity_id)
    return None if value is None else codec.from_plain(Identity, value)


def identities(store: Store) -> list[Identity]:
    return [codec.from_plain(Identity, v) for _, v in store.iter_docs("identity")]


def put_reuse(store: Store, reuse: Reuse) -> None:
    store.put_doc("reuse", f"{reuse.article_id}|{reuse.other_id}", reuse, article_id=reuse.article_id)


def reuse_of(store: Store, article_id: str) -> list[Reuse]:
    return [codec.from_plain(Reuse, v) for v in store.docs_for_article("reuse", article_id)]


def all_reuse(store: Store) -> list[Reuse]:
    return [codec.from_plain(Reuse, v) for _, v in store.iter_docs("reuse")]


def put_assignment(store: Store, article_id: str, story_id: str, event_id: str) -> None:
    store.put_doc("assignment", article_id, {"story_id": story_id, "event_id": event_id}, article_id=article_id)


def get_assignment(store: Store, article_id: str) -> dict[str, Any] | None:
    value = store.get_doc("assignment", article_id)
    return None if value is None else dict(value)


def put_story(store: Store, story: Story) -> None:
    store.put_doc("story", story.id, story)


def get_story(store: Store, story_id: str) -> Story | None:
    value = store.get_doc("story", story_id)
    return None if value is None else codec.from_plain(Story, value)


def stories(store: Store) -> list[Story]:
    return [codec.from_plain(Story, v) for _, v in store.iter_docs("story")]


def put_event(store: Store, event: Event) -> None:
    store.put_doc("event", event.id, event)


def get_event(store: Store, event_id: str) -> Event | None:
    value = store.get_doc("event", event_id)
    return None if value is None else codec.from_plain(Event, value)


def events(store: Store) -> list[Event]:
    return [codec.from_plain(Event, v) for _, v in store.iter_docs("event")]
