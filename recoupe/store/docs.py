"""Typed accessors for the documents that later layers attach to the store.

The contract between layers (who writes, who reads):
- "analysis"   key article id  -> Analysis            (language layer writes; stories, compare, web read)
- "identity"   key identity id -> Identity without its article list (language layer)
- "identity_articles" key "<identity id>#<n>" -> [article id]: chunk n of an identity's articles,
  IDENTITY_CHUNK per chunk, so one more article rewrites one chunk, not the whole list
- "reuse"      key "a|b"       -> Reuse, one per direction, article_id=a (story layer)
- "assignment" key article id  -> {"story_id", "event_id"} (story layer)
- "story_alias" key absorbed story id -> {"from", "to"}: a story merged into "to" (story layer;
  article_id column = "to", so that when "to" is absorbed in turn its aliases are repointed: one
  hop). Assignments and Event records written before the merge keep the absorbed id: read them
  through `get_assignment`, `get_event` and `events`, which return the kept story's id
- "story"      key story id    -> Story without its lists (story layer); "story_articles" and
  "story_events" key "<story id>#<n>" -> [id]: chunk n of its article and event lists
- "event"      key event id    -> Event without its list (story layer); "event_articles" likewise
  (chunks: `recoupe.store.chunks`; records written before hold their lists and are read as such)
- "report"     key story id    -> StoryReport (cache) (comparison layer)
- "http_cache" key URL         -> {"etag", "last_modified"} (sources: conditional GET)
- "story_cluster", "story_terms", "story_clock": the online clusterer's own state (story layer)
- "story_cluster_retired": "story_cluster" states of clusters no longer candidates (story layer)
- "story_df"   key "df" -> document frequencies checkpoint, key "recent" -> [article id] (story layer;
  see recoupe.stories.persist)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from recoupe import codec
from recoupe.model import Analysis, Event, Identity, Reuse, Story
from recoupe.store import chunks
from recoupe.store.base import Store


def put_analysis(store: Store, analysis: Analysis) -> None:
    store.put_doc("analysis", analysis.article_id, analysis, article_id=analysis.article_id)


def get_analysis(store: Store, article_id: str) -> Analysis | None:
    value = store.get_doc("analysis", article_id)
    return None if value is None else codec.from_plain(Analysis, value)


IDENTITY_CHUNK = chunks.CHUNK
_CHUNKS = "identity_articles"


def _head(store: Store, identity_id: str) -> Identity | None:
    value = store.get_doc("identity", identity_id)
    return None if value is None else _counted(codec.from_plain(Identity, value))


def _counted(head: Identity) -> Identity:
    # Records written before the article lists were chunked hold their list themselves.
    return replace(head, article_count=len(head.article_ids)) if head.article_ids else head


def put_identity(store: Store, identity: Identity, added: Sequence[str] | None = None) -> None:
    """Store an identity with all its articles (`identity.article_ids`), or, with `added`, its new
    names and roles plus the articles that named it since it was stored (appended to its list)."""
    old = _head(store, identity.id)
    stored = old.article_count if old is not None and not old.article_ids else 0
    if added is None:
        count = chunks.replace(store, _CHUNKS, identity.id, stored, identity.article_ids)
    elif old is not None and old.article_ids:  # an older record holding its list: moved to chunks
        count = chunks.replace(store, _CHUNKS, identity.id, 0, [*old.article_ids, *added])
    else:
        count = chunks.append(store, _CHUNKS, identity.id, stored, added)
    store.put_doc("identity", identity.id, replace(identity, article_ids=(), article_count=count))


def identity_articles(store: Store, head: Identity, last: int | None = None) -> tuple[str, ...]:
    """The articles naming an identity read without them (`get_identity(..., articles=False)`),
    oldest first; with `last`, only the `last` latest (only their chunks are read)."""
    first = 0 if last is None else max(0, head.article_count - last)
    if head.article_ids:
        return head.article_ids[first:]
    return chunks.read(store, _CHUNKS, head.id, head.article_count, first)


def with_articles(store: Store, heads: Sequence[Identity]) -> list[Identity]:
    """Identities read without their articles (`articles=False`), with their article lists read."""
    return [replace(h, article_ids=identity_articles(store, h)) for h in heads]


def get_identity(store: Store, identity_id: str, articles: bool = True) -> Identity | None:
    """One identity; without `articles`, its article list is left unread (`article_count` is set)."""
    head = _head(store, identity_id)
    if head is None or not articles:
        return head
    return replace(head, article_ids=identity_articles(store, head))


def identities(store: Store, articles: bool = True) -> list[Identity]:
    """Every identity; without `articles`, their article lists are left unread (cheap)."""
    heads = [_counted(codec.from_plain(Identity, v)) for _, v in store.iter_docs("identity")]
    if not articles:
        return heads
    lists = chunks.read_all(store, _CHUNKS)
    return [h if h.article_ids else replace(h, article_ids=lists.get(h.id, ())[: h.article_count]) for h in heads]


_STORY_ARTICLES = "story_articles"
_STORY_EVENTS = "story_events"
_EVENT_ARTICLES = "event_articles"


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
    if value is None:
        return None
    out = dict(value)
    out["story_id"] = live_story_id(store, out["story_id"])
    return out


def put_story_alias(store: Store, absorbed: str, kept: str) -> None:
    """Record that story `absorbed` was merged into `kept` (and repoint the aliases of `absorbed`)."""
    for v in store.docs_for_article("story_alias", absorbed):
        store.put_doc("story_alias", v["from"], {"from": v["from"], "to": kept}, article_id=kept)
    store.put_doc("story_alias", absorbed, {"from": absorbed, "to": kept}, article_id=kept)


def live_story_id(store: Store, story_id: str) -> str:
    """The id of the story that `story_id` is now part of (itself unless it was absorbed)."""
    alias = store.get_doc("story_alias", story_id)
    return story_id if alias is None else str(alias["to"])


def put_story(store: Store, story: Story) -> None:
    """Store a story; its article and event lists go to chunks, of which only those that changed
    are written (a story receiving one more article rewrites one chunk, not its membership)."""
    old = store.get_doc("story", story.id) or {}
    fresh = not old.get("article_ids")  # else a record written before the lists were chunked
    articles = chunks.replace(
        store, _STORY_ARTICLES, story.id, old.get("article_count", 0) if fresh else 0, story.article_ids
    )
    events = chunks.replace(store, _STORY_EVENTS, story.id, old.get("event_count", 0) if fresh else 0, story.event_ids)
    store.put_doc("story", story.id, replace(story, article_ids=(), event_ids=(), article_count=articles, event_count=events))


_Lists = dict[str, tuple[str, ...]]


def _story(store: Store, value: Any, lists: bool, read: tuple[_Lists, _Lists] | None = None) -> Story:
    head = codec.from_plain(Story, value)
    if head.article_ids:  # a record written before the lists were chunked
        return replace(head, article_count=len(head.article_ids), event_count=len(head.event_ids))
    if not lists:
        return head
    if read is None:
        articles = chunks.read(store, _STORY_ARTICLES, head.id, head.article_count)
        events = chunks.read(store, _STORY_EVENTS, head.id, head.event_count)
    else:
        articles, events = read[0].get(head.id, ())[: head.article_count], read[1].get(head.id, ())[: head.event_count]
    return replace(head, article_ids=articles, event_ids=events)


def get_story(store: Store, story_id: str, lists: bool = True) -> Story | None:
    """One story; without `lists`, its article and event ids are left unread (the counts are set)."""
    value = store.get_doc("story", story_id)
    return None if value is None else _story(store, value, lists)


def stories(store: Store, lists: bool = True) -> list[Story]:
    """Every story; without `lists`, their article and event ids are left unread (cheap)."""
    read = (chunks.read_all(store, _STORY_ARTICLES), chunks.read_all(store, _STORY_EVENTS)) if lists else None
    return [_story(store, v, lists, read) for _, v in store.iter_docs("story")]


def delete_story(store: Store, story_id: str) -> None:
    """Remove a story record and its lists."""
    old = store.get_doc("story", story_id) or {}
    chunks.delete(store, _STORY_ARTICLES, story_id, old.get("article_count", 0))
    chunks.delete(store, _STORY_EVENTS, story_id, old.get("event_count", 0))
    store.delete_docs("story", story_id)


def put_event(store: Store, event: Event) -> None:
    """Store an event; its article list goes to chunks (only the changed ones are written)."""
    old = store.get_doc("event", event.id) or {}
    fresh = not old.get("article_ids")  # else a record written before the list was chunked
    count = old.get("article_count", 0) if fresh else 0
    count = chunks.replace(store, _EVENT_ARTICLES, event.id, count, event.article_ids)
    store.put_doc("event", event.id, replace(event, article_ids=(), article_count=count))


def _event(store: Store, value: Any, alias: dict[str, str] | None, read: _Lists | None = None) -> Event:
    event = codec.from_plain(Event, value)
    if event.article_ids:  # a record written before the list was chunked
        event = replace(event, article_count=len(event.article_ids))
    elif read is None:
        event = replace(event, article_ids=chunks.read(store, _EVENT_ARTICLES, event.id, event.article_count))
    else:
        event = replace(event, article_ids=read.get(event.id, ())[: event.article_count])
    if not event.story_id:
        return event
    story_id = live_story_id(store, event.story_id) if alias is None else alias.get(event.story_id, event.story_id)
    return event if story_id == event.story_id else replace(event, story_id=story_id)


def get_event(store: Store, event_id: str) -> Event | None:
    value = store.get_doc("event", event_id)
    return None if value is None else _event(store, value, None)


def events(store: Store) -> list[Event]:
    alias = {k: str(v["to"]) for k, v in store.iter_docs("story_alias")}
    read = chunks.read_all(store, _EVENT_ARTICLES)
    return [_event(store, v, alias, read) for _, v in store.iter_docs("event")]


def delete_event(store: Store, event_id: str) -> None:
    """Remove an event record and its article list."""
    old = store.get_doc("event", event_id) or {}
    chunks.delete(store, _EVENT_ARTICLES, event_id, old.get("article_count", 0))
    store.delete_docs("event", event_id)
