"""The story stage's state in the store: written with each article, read back after a restart.

Per article, in ONE transaction: its assignment, its reuse records, the Event and Story records
it changed, the working state of those clusters ("story_cluster" documents: centroid sums, names,
dates) and its term set ("story_terms"). A crash between two articles therefore loses nothing and
a re-run never places an article twice: an article with an assignment is done, one without is
placed again from a state that never saw it.

Document frequencies are checkpointed ("story_df", every CHECKPOINT articles, in that article's
transaction; in full every FULL_EVERY checkpoints, as the increment since the last one between)
with the last KEEP_RECENT article ids; the clock document lists the articles placed
since, whose "story_terms" a restart adds again. A restart therefore reads a bounded number of
documents, not one per stored article. A store written before the checkpoint existed is rebuilt
from every "story_terms" once, then checkpointed.

A cluster found idle at a restart never becomes a candidate again (the tick and the clock only
advance), so its state moves to "story_cluster_retired": later restarts decode the active states
and those retired since, not every cluster ever made.
"""

from __future__ import annotations

import base64
from collections import Counter
from datetime import date
from typing import Any

import numpy as np

from recoupe.model import Event, Reuse, Story
from recoupe.store import Store
from recoupe.store import docs as store_docs
from recoupe.stories.cluster import Clusterer
from recoupe.stories.clusters import Cluster, Placement
from recoupe.stories.features import Vocabulary

CLUSTER = "story_cluster"  # key "event:<id>" or "story:<id>" -> Cluster state
RETIRED = "story_cluster_retired"  # the same, for clusters no longer candidates
TERMS = "story_terms"  # key article id -> {"tick", "terms", "names"}
CLOCK = "story_clock"  # key "clock" -> {"tick", "clock", "pending": [article id, ...]}
# key "df" -> {"tick", "terms": Vocabulary, "names": Vocabulary}, "delta#<k>" -> the same for the
# articles counted since, "deltas" -> how many; key "recent" -> [article id]
DF = "story_df"
CHECKPOINT = 256  # articles between two "story_df" writes (a restart reads at most this many terms)
# Checkpoints between two full writes of the document frequencies; the others write only what the
# last CHECKPOINT articles added ("delta#<k>"), so the cost of a checkpoint does not grow with the
# vocabulary (hundreds of thousands of terms after a long stream). A restart reads at most 31.
FULL_EVERY = 32
KEEP_RECENT = 4000  # article ids kept for the reuse refill (at least stories.RESTORE_REUSE)


def cluster_to_plain(c: Cluster) -> dict[str, Any]:
    # No article ids nor event ids (children): the Event / Story record written in the same
    # transaction holds them, and a long story would otherwise write its whole membership twice
    # for every article it receives (a story of 8,000 articles has over 1,000 events).
    return {
        "id": c.id,
        "parent": c.parent,
        "title": c.title,
        # Term weights as float64 bytes beside their keys: exact (a restart resumes the same sums)
        # and cheap to encode, where a {term: round(weight)} map cost one Python round and one
        # float repr per term for each of the ~3 states written per article (600 terms at most).
        "term_keys": list(c.terms),
        "term_weights": base64.b64encode(np.fromiter(c.terms.values(), "<f8", len(c.terms)).tobytes()).decode(),
        "names": dict(c.names),
        # float32 bytes in base64: one string instead of 512 numbers to encode per write.
        "embedding": None if c.embedding is None else base64.b64encode(c.embedding.astype("<f4").tobytes()).decode(),
        "first": c.first.isoformat() if c.first else None,
        "last": c.last.isoformat() if c.last else None,
        "day_min": c.day_min,
        "day_max": c.day_max,
        "tick": c.tick,
    }


def cluster_from_plain(v: dict[str, Any]) -> Cluster:
    return Cluster(
        id=v["id"],
        parent=v["parent"],
        title=v.get("title"),
        article_ids=list(v.get("article_ids", ())),
        terms=_terms(v),
        names=Counter(v["names"]),
        embedding=None if v["embedding"] is None else np.frombuffer(base64.b64decode(v["embedding"]), "<f4").copy(),
        first=date.fromisoformat(v["first"]) if v["first"] else None,
        last=date.fromisoformat(v["last"]) if v["last"] else None,
        day_min=v["day_min"],
        day_max=v["day_max"],
        tick=v["tick"],
        children=list(v.get("children", ())),
    )


def _terms(v: dict[str, Any]) -> dict[str, float]:
    if "terms" in v:  # states written before the weights were stored as bytes
        return dict(v["terms"])
    weights = np.frombuffer(base64.b64decode(v["term_weights"]), "<f8")
    return dict(zip(v["term_keys"], weights.tolist(), strict=True))


def restore(store: Store, clusterer: Clusterer) -> list[str]:
    """Load the stream clock, document frequencies and active clusters; return recent article ids.

    The recent ids (newest last) are those the reuse index should hold again.
    """
    clock = store.get_doc(CLOCK, "clock") or {}
    clusterer.tick = int(clock.get("tick", 0))
    clusterer.clock = date.fromisoformat(clock["clock"]) if clock.get("clock") else None
    df = store.get_doc(DF, "df") if "pending" in clock else None
    if df is None:
        recent = _rebuild_vocabulary(store, clusterer)
    else:
        for vocab, plain in ((clusterer.vocab, df["terms"]), (clusterer.names_vocab, df["names"])):
            loaded = Vocabulary.from_plain(plain)
            vocab.n, vocab.df = loaded.n, loaded.df
        for k in range(int(store.get_doc(DF, "deltas") or 0)):
            delta = store.get_doc(DF, f"delta#{k:04d}")
            if delta is None:
                continue
            for vocab, key in ((clusterer.vocab, "terms"), (clusterer.names_vocab, "names")):
                added = Vocabulary.from_plain(delta[key])
                vocab.n += added.n
                vocab.df.update(added.df)
        # The checkpoint (every 256 articles) is an IDF snapshot point; the articles placed since
        # are replayed as they were counted, so the snapshot is the one an uninterrupted run has.
        clusterer.reset_snapshot()
        recent = list(store.get_doc(DF, "recent") or [])
        for aid in _pending(clock):
            v = store.get_doc(TERMS, aid)
            if v is None:  # as the rebuild would: no terms, not counted
                continue
            clusterer.learn(set(v["terms"]), frozenset(v["names"]))
            recent.append(aid)
    retired: list[tuple[str, Any]] = []
    for key, v in store.iter_docs(CLUSTER):
        c = cluster_from_plain(v)
        if not clusterer.is_active(c):
            retired.append((key, v))
            continue
        if "article_ids" not in v:  # states written since the records carry the membership
            record = store_docs.get_event(store, c.id) if key.startswith("event:") else store_docs.get_story(store, c.id)
            c.article_ids = list(record.article_ids) if record is not None else []
            if "children" not in v and isinstance(record, Story):  # and, later, a story's events
                c.children = list(record.event_ids)
        if key.startswith("event:"):
            clusterer.events[c.id] = c
            clusterer.remember_event(c)
            clusterer.reindex("event", c)
        else:
            clusterer.stories[c.id] = c
            clusterer.reindex("story", c)
    if retired:
        with store.transaction():
            for key, v in retired:
                store.put_doc(RETIRED, key, v)
                store.delete_docs(CLUSTER, key)
    return recent


def _rebuild_vocabulary(store: Store, clusterer: Clusterer) -> list[str]:
    """Document frequencies from every "story_terms" (a store without a checkpoint), then checkpoint."""
    ticked: list[tuple[int, str]] = []
    for aid, v in store.iter_docs(TERMS):
        clusterer.vocab.add(set(v["terms"]))
        clusterer.names_vocab.add(frozenset(v["names"]))
        ticked.append((int(v["tick"]), aid))
    clusterer.reset_snapshot()  # not at an uninterrupted run's snapshot point: a store of old code
    recent = [aid for _, aid in sorted(ticked)]
    with store.transaction():
        _checkpoint(store, clusterer, recent)
        store.put_doc(CLOCK, "clock", _clock(clusterer, []))
    return recent


def _checkpoint(store: Store, clusterer: Clusterer, recent: list[str], added: list[str] | None = None) -> None:
    """Checkpoint the document frequencies: in full, or as what the articles `added` since the last
    checkpoint counted (their "story_terms", as a restart would replay them)."""
    deltas = store.get_doc(DF, "deltas")  # None until a full checkpoint under this scheme
    if added is None or deltas is None or deltas + 1 >= FULL_EVERY:
        plain = {"tick": clusterer.tick, "terms": clusterer.vocab.to_plain(), "names": clusterer.names_vocab.to_plain()}
        store.put_doc(DF, "df", plain)
        for k in range(deltas or 0):
            store.delete_docs(DF, f"delta#{k:04d}")
        store.put_doc(DF, "deltas", 0)
    else:
        terms, names = Vocabulary(), Vocabulary()
        for aid in added:
            v = store.get_doc(TERMS, aid)
            if v is not None:  # as a replay would: no terms, not counted
                terms.add(set(v["terms"]))
                names.add(frozenset(v["names"]))
        delta = {"tick": clusterer.tick, "terms": terms.to_plain(), "names": names.to_plain()}
        store.put_doc(DF, f"delta#{deltas:04d}", delta)
        store.put_doc(DF, "deltas", deltas + 1)
    store.put_doc(DF, "recent", recent[-KEEP_RECENT:])


def _pending(clock: dict[str, Any]) -> list[str]:
    """The ids placed since the last checkpoint, oldest first. Written as [tick, id] pairs before
    (one nested list per article to convert and encode again at every placement: the largest
    `codec.to_plain` cost of `persist.write` in a profile at 18k-20k articles)."""
    return [item if isinstance(item, str) else item[1] for item in clock.get("pending", [])]


def _clock(clusterer: Clusterer, pending: list[str]) -> dict[str, Any]:
    return {"tick": clusterer.tick, "clock": clusterer.clock.isoformat() if clusterer.clock else None, "pending": pending}


def _event_record(c: Cluster) -> Event:
    return Event(
        id=c.id,
        story_id=c.parent or "",
        article_ids=tuple(c.article_ids),
        start=_dt(c.first),
        end=_dt(c.last),
        title=c.title,
    )


def _story_record(c: Cluster) -> Story:
    return Story(
        id=c.id,
        title=c.title,
        event_ids=tuple(c.children),
        article_ids=tuple(c.article_ids),
        start=_dt(c.first),
        end=_dt(c.last),
    )


def _dt(d: date | None) -> Any:
    from datetime import datetime

    return None if d is None else datetime(d.year, d.month, d.day)


def write(
    store: Store,
    clusterer: Clusterer,
    placement: Placement,
    reuse: tuple[Reuse, ...],
    terms: list[str],
    names: list[str],
) -> None:
    """Persist one placed article and everything it changed, in one transaction."""
    with store.transaction():
        for r in reuse:
            store_docs.put_reuse(store, r)
        for old, new in placement.merged_stories:
            _move_story(store, clusterer, old, new)
        for old, new in placement.merged_events:
            _move_event(store, clusterer, old, new)
        for eid in placement.changed_events:
            c = clusterer.events.get(eid)
            if c is not None:
                store_docs.put_event(store, _event_record(c))
                store.put_doc(CLUSTER, f"event:{c.id}", cluster_to_plain(c))
        for sid in placement.changed_stories:
            c = clusterer.stories.get(sid)
            if c is not None:
                store_docs.put_story(store, _story_record(c))
                store.put_doc(CLUSTER, f"story:{c.id}", cluster_to_plain(c))
        store_docs.put_assignment(store, placement.article_id, placement.story_id, placement.event_id)
        store.put_doc(
            TERMS, placement.article_id, {"tick": clusterer.tick, "terms": terms, "names": names},
            article_id=placement.article_id,
        )
        pending = _pending(store.get_doc(CLOCK, "clock") or {})
        pending.append(placement.article_id)
        if len(pending) >= CHECKPOINT:
            _checkpoint(store, clusterer, list(store.get_doc(DF, "recent") or []) + pending, pending)
            pending = []
        store.put_doc(CLOCK, "clock", _clock(clusterer, pending))


def _move_story(store: Store, clusterer: Clusterer, old: str, new: str) -> None:
    """A story absorbed into another: an alias `old` -> `new`, resolved when an assignment or an
    event is read (`store.docs`), instead of rewriting every assignment and event record of `old`:
    a giant story absorbed by the story that just received an article would otherwise rewrite its
    whole membership. Its live events are written with the placement (their parent is `new`)."""
    store_docs.put_story_alias(store, old, new)
    store_docs.delete_story(store, old)
    store.delete_docs(CLUSTER, f"story:{old}")
    store.delete_docs(RETIRED, f"story:{old}")


def _move_event(store: Store, clusterer: Clusterer, old: str, new: str) -> None:
    """An event absorbed into another: its articles now point to the kept event (and its story).

    The kept event and its story are live and among the changed clusters, so their records (the
    kept event's articles, the story's event list) are written after this with the placement.
    """
    stored = store_docs.get_event(store, old)
    kept = clusterer.events.get(new)
    story_id = kept.parent if kept is not None and kept.parent else None
    for aid in stored.article_ids if stored else ():
        assignment = store_docs.get_assignment(store, aid)
        if assignment is not None:
            store_docs.put_assignment(store, aid, story_id or assignment["story_id"], new)
    store_docs.delete_event(store, old)
    store.delete_docs(CLUSTER, f"event:{old}")
    store.delete_docs(RETIRED, f"event:{old}")
