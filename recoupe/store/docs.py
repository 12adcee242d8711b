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

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from recoupe import codec
from recoupe.model import Analysis, Event, Identity, Reuse, Story
from recoupe.store.base import Store


def put_analysis(store: Store, analysis: Analysis) -> None:
    store.put_doc("analysis", analysis.article_id, analysis, article_id=analysis.article_id)


def get_analysis(store: Store, article_id: str) -> Analysis | None:
    value = store.get_doc("analysis", article_id)
    return None if value is None else codec.from_plain(Analysis, value)


IDENTITY_CHUNK = 512
_CHUNKS = "identity_articles"


def _chunk_key(identity_id: str, n: int) -> str:
    return f"{identity_id}#{n:06d}"


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
    if added is None:
        ids, start = list(identity.article_ids), 0
    elif old is not None and old.article_ids:  # an older record holding its list: moved to chunks
        ids, start = [*old.article_ids, *added], 0
    else:
        count = old.article_count if old else 0
        start = count - count % IDENTITY_CHUNK  # the last, partly filled chunk is rewritten
        tail = store.get_doc(_CHUNKS, _chunk_key(identity.id, start // IDENTITY_CHUNK)) if count % IDENTITY_CHUNK else []
        ids = [*(tail or []), *added]
    for offset in range(0, len(ids), IDENTITY_CHUNK):
        chunk = ids[offset : offset + IDENTITY_CHUNK]
        store.put_doc(_CHUNKS, _chunk_key(identity.id, (start + offset) // IDENTITY_CHUNK), chunk)
    store.put_doc("identity", identity.id, replace(identity, article_ids=(), article_count=start + len(ids)))


def identity_articles(store: Store, head: Identity, last: int | None = None) -> tuple[str, ...]:
    """The articles naming an identity read without them (`get_identity(..., articles=False)`),
    oldest first; with `last`, only the `last` latest (only their chunks are read)."""
    first = 0 if last is None else max(0, head.article_count - last)
    if head.article_ids:
        return head.article_ids[first:]
    chunks = range(first // IDENTITY_CHUNK, -(-head.article_count // IDENTITY_CHUNK))
    ids = [a for n in chunks for a in store.get_doc(_CHUNKS, _chunk_key(head.id, n)) or ()]
    return tuple(ids[first % IDENTITY_CHUNK :])


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
    chunks: dict[str, list[tuple[str, list[str]]]] = {}
    for key, value in store.iter_docs(_CHUNKS):
        identity_id, _, n = key.rpartition("#")
        chunks.setdefault(identity_id, []).append((n, value))
    return [
        h if h.article_ids else replace(h, article_ids=tuple(a for _, c in sorted(chunks.get(h.id, [])) for a in c))
        for h in heads
    ]


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
    if value is None:
        return None
    event = codec.from_plain(Event, value)
    story_id = live_story_id(store, event.story_id) if event.story_id else event.story_id
    return event if story_id == event.story_id else replace(event, story_id=story_id)


def events(store: Store) -> list[Event]:
    alias = {k: str(v["to"]) for k, v in store.iter_docs("story_alias")}
    out = [codec.from_plain(Event, v) for _, v in store.iter_docs("event")]
    return [replace(e, story_id=alias[e.story_id]) if e.story_id in alias else e for e in out]
