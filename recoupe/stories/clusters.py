"""The clusters of the story layer: the one default setting, an event or story under construction
(centroid sums and time span), where an article went, and the small pure helpers they share."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from recoupe.stories.features import Features


@dataclass(frozen=True)
class Params:
    """The one default setting, tuned on rpm2_fr_public and checked on the dated corpus pages."""

    w_terms: float = 0.45
    w_embedding: float = 0.35
    w_names: float = 0.20
    # Join a story from this score up; inside it, join its best event from `event` up. On RPM2,
    # same-story article-to-centroid scores sit at 0.37-0.6 and other stories at 0.1-0.4; events
    # of one story are hardly separable by content (pairwise AUC 0.62), so `event` is permissive.
    event: float = 0.35
    story: float = 0.39
    # An article published within `event_days` of its best story joins it from `story_near` up,
    # if that story beats the next candidate by `story_near_margin`.
    story_near: float = 0.3
    story_near_margin: float = 0.1
    # Two stories whose centroids score this much are one thread (early fragments of one story).
    story_merge: float = 0.52
    # A fragment (a story of at most `fragment_size` articles, opened by an article that missed
    # its story) is folded into an established story (`fragment_host` articles or more) when that
    # story is the fragment's best match, scoring `fragment_merge` or more and beating the
    # fragment's next candidate by `fragment_margin`: a clear winner, not an absolute cut-off.
    # A host younger than `fragment_host` has too thin a centroid to claim a fragment: on RPM2,
    # in the orders where the banking stories come early, hosts of 5-7 articles folded singletons
    # of a sibling story (story pair F1 over 9 orders: mean 0.940 at 5, 0.961 at 7-10).
    fragment_size: int = 2
    fragment_host: int = 8
    fragment_merge: float = 0.33
    fragment_margin: float = 0.08
    fragment_checks: int = 5
    # Neighbourhood density: with at least `crowd` other candidates, the best must beat their
    # mean by `contrast` (a crowded topic needs a clearer winner); with fewer, `alone` is added
    # to the threshold instead, for undated articles (placed by content alone): a story joined
    # by mistake while it is one or two articles never splits again, a fragment can still be
    # folded later, so a story with no neighbourhood yet asks for a little more.
    contrast: float = 0.05
    crowd: int = 3
    alone: float = 0.03
    # Dated articles: an event spans days, a story months. Penalties grow with the gap.
    event_days: int = 4
    story_days: int = 180
    # The day an article's text speaks of, further than this from a dated event's days: another event.
    text_days: int = 20
    text_penalty: float = 0.2
    # Clusters idle for this many articles, or days of the stream's clock, leave the candidates.
    event_idle: int = 3000
    story_idle: int = 20000
    event_idle_days: int = 14
    story_idle_days: int = 365
    # Size of the centroid kept per cluster, and how many of its top terms go in the index.
    centroid_terms: int = 300
    index_terms: int = 25
    query_terms: int = 20
    # Bounds that keep the work per article flat however long the stream (see `_lookup`).
    # 24 rather than 40: the same RPM2 and dated-set figures (also at 16), on bench_scale's
    # planted stories slightly better at 10k (B-cubed 0.679 vs 0.667), and clustering 20% cheaper
    # once the pool is full (3.6 vs 4.5 CPU s per 1,000 articles at 10k).
    max_candidates: int = 24
    max_postings: int = 300


@dataclass
class Cluster:
    """An event or a story under construction: centroid sums and time span."""

    id: str
    parent: str | None  # the story of an event; None for a story
    article_ids: list[str] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    embedding: np.ndarray | None = None
    first: date | None = None
    last: date | None = None
    day_min: int | None = None
    day_max: int | None = None
    tick: int = 0  # stream position of the last article added
    children: list[str] = field(default_factory=list)  # events of a story
    title: str | None = None  # the title of its first article

    _norm: float | None = None  # cache of norm_terms(), reset whenever `terms` changes
    # Caches of emb_norm() and name_set(), reset whenever `embedding` / `names` change: an article
    # is scored against ~100 story pairs and dozens of events, each reading them.
    _enorm: float | None = None
    _nset: frozenset[str] | None = None
    # Bumped whenever the centroid changes (terms, names, embedding, dates): pair scores of two
    # unchanged clusters are kept from one article to the next (`Clusterer._pair_score`).
    version: int = 0
    # Cache of the IDF sum of the names, and the IDF snapshot it was computed with.
    _nsum: float | None = None
    _nsum_at: int = -1
    # Cache of the centroid terms as arrays (term ids of the clusterer's map, weights), reset
    # whenever `terms` changes.
    _tarr: tuple[np.ndarray, np.ndarray] | None = None

    def norm_terms(self) -> float:
        if self._norm is None:
            self._norm = float(np.sqrt(sum(v * v for v in self.terms.values()))) or 1.0
        return self._norm

    def emb_norm(self) -> float:
        """Euclidean norm of the embedding sum (0.0 without one)."""
        if self._enorm is None:
            self._enorm = 0.0 if self.embedding is None else float(np.linalg.norm(self.embedding))
        return self._enorm

    def name_set(self) -> frozenset[str]:
        if self._nset is None:
            self._nset = frozenset(self.names)
        return self._nset

    def top_terms(self, k: int) -> list[str]:
        return [t for t, _ in heapq.nlargest(k, self.terms.items(), key=lambda kv: (kv[1], kv[0]))]

    def add(self, vec: dict[str, float], feats: Features, tick: int, keep: int) -> None:
        self.article_ids.append(feats.article_id)
        self._norm = self._enorm = self._nset = self._nsum = self._tarr = None
        self.version += 1
        if self.title is None:
            self.title = feats.title
        for k, v in vec.items():
            self.terms[k] = self.terms.get(k, 0.0) + v
        if len(self.terms) > 2 * keep:  # truncate now and then, so a long story stays small
            self.terms = dict(heapq.nlargest(keep, self.terms.items(), key=lambda kv: (kv[1], kv[0])))
        self.names.update(feats.names)
        if len(self.names) > 2 * keep:  # names too: a long story's state stays bounded
            self.names = _top_names(self.names, keep)
        if feats.embedding.any():
            self.embedding = (
                feats.embedding.copy() if self.embedding is None else self.embedding + feats.embedding
            )
        if feats.published is not None:
            self.first = min(self.first or feats.published, feats.published)
            self.last = max(self.last or feats.published, feats.published)
        if feats.day is not None:
            self.day_min = min(self.day_min if self.day_min is not None else feats.day, feats.day)
            self.day_max = max(self.day_max if self.day_max is not None else feats.day, feats.day)
        self.tick = max(self.tick, tick)

    def absorb(self, other: Cluster, keep: int) -> None:
        self.article_ids.extend(other.article_ids)
        self._norm = self._enorm = self._nset = self._nsum = self._tarr = None
        self.version += 1
        for k, v in other.terms.items():
            self.terms[k] = self.terms.get(k, 0.0) + v
        self.terms = dict(heapq.nlargest(keep, self.terms.items(), key=lambda kv: (kv[1], kv[0])))
        self.names.update(other.names)
        if len(self.names) > 2 * keep:
            self.names = _top_names(self.names, keep)
        if other.embedding is not None:
            self.embedding = other.embedding if self.embedding is None else self.embedding + other.embedding
        for attr, pick in (("first", min), ("last", max), ("day_min", min), ("day_max", max)):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            setattr(self, attr, theirs if mine is None else mine if theirs is None else pick(mine, theirs))
        self.tick = max(self.tick, other.tick)
        seen = set(self.children)  # not a scan of the list per child: a long story has thousands
        for c in other.children:
            if c not in seen:
                seen.add(c)
                self.children.append(c)


def _top_ids(hits: Counter[str], k: int) -> list[str]:
    """The `k` ids with the most hits (ties by id), sorted by id: the same as sorting every id by
    (-hits, id) and keeping `k`, without a Python key call per id (thousands of ids share a key
    once the index holds 20,000 articles' stories): the `k`-th count comes from the C heap of
    `most_common`, then the ids above it and the first ties by id."""
    if len(hits) <= k:
        return sorted(hits)
    kth = hits.most_common(k)[-1][1]
    above = [i for i, c in hits.items() if c > kth]
    ties = sorted(i for i, c in hits.items() if c == kth)[: k - len(above)]
    return sorted(above + ties)


def snapshot_step(n: int) -> int:
    """Articles between two IDF snapshots of the names at document count `n` (see `Clusterer.learn`):
    1 up to 127, then 1/64 of `n` rounded down to a power of two, at most 256 (a divisor of the
    df checkpoint interval, so each checkpoint is a snapshot)."""
    return max(1, min(256, (1 << max(n.bit_length() - 1, 0)) >> 6))


def _top_names(names: Counter[str], keep: int) -> Counter[str]:
    """The `keep` most frequent names (ties by name, so the result never depends on order)."""
    return Counter(dict(heapq.nlargest(keep, names.items(), key=lambda kv: (kv[1], kv[0]))))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one article went, and which clusters changed (for persistence)."""

    article_id: str
    event_id: str
    story_id: str
    changed_events: tuple[str, ...]
    changed_stories: tuple[str, ...]
    # (absorbed id, kept id): merged clusters whose records must be deleted and articles moved.
    merged_events: tuple[tuple[str, str], ...] = ()
    merged_stories: tuple[tuple[str, str], ...] = ()


def _gap(d: date | None, first: date | None, last: date | None) -> int | None:
    if d is None or first is None or last is None:
        return None
    if d < first:
        return (first - d).days
    if d > last:
        return (d - last).days
    return 0


def _day_gap(day: int | None, lo: int | None, hi: int | None) -> int | None:
    if day is None or lo is None or hi is None:
        return None
    if lo <= day <= hi:
        return 0
    return min(min(abs(day - lo), 366 - abs(day - lo)), min(abs(day - hi), 366 - abs(day - hi)))
