"""Online two-level clustering: each article joins an event or opens one; each event is in a story.

One article at a time, in publication order. Candidates are the *active* events and stories that
share one of the article's top terms or names (an inverted index over the top terms of each
cluster centroid), so the work per article does not grow with the stream. Scores combine TF-IDF
cosine, embedding cosine, name overlap and time; the thresholds adapt to how crowded the
neighbourhood is (see `Params`). Later articles bridge clusters through their centroids: when an
article brings its story's centroid close to another story's, the two merge, and small stories
(fragments) whose clear best match it has become are folded in with their events.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from datetime import date

import numpy as np

from recoupe.stories.clusters import Cluster, Params, Placement, _day_gap, _gap, _top_ids, snapshot_step
from recoupe.stories.features import Features, Vocabulary, day_of_year, smooth_idf


class Clusterer:
    """The stateful clustering stage. `place` one article's features; read `events` and `stories`."""

    def __init__(self, params: Params | None = None) -> None:
        self.p = params or Params()
        self.vocab = Vocabulary()
        self.names_vocab = Vocabulary()
        self.events: dict[str, Cluster] = {}
        self.stories: dict[str, Cluster] = {}
        self.index: dict[str, dict[str, set[str]]] = {"event": {}, "story": {}}
        self.indexed: dict[str, list[str]] = {}
        self.tick = 0
        self.clock: date | None = None  # latest publication date seen
        self._event_of: dict[str, str] = {}  # article id -> its event, for the active events
        self._moved: set[str] = set()  # events given another story by the placement in progress
        self._names_for: str | None = None
        self._names_cache: dict[str, float] = {}
        self._names_total = 0.0
        # Centroid-to-centroid name scores read the names' IDF as of the last snapshot (see
        # `learn`): `_snap_n` documents then, `_snap_delta` the names counted since.
        self._snap_n = 0
        self._snap_delta: Counter[str] = Counter()
        self._idf_cache: dict[str, float] = {}
        self._pair_memo: dict[tuple[str, int, str, int], float] = {}
        # Term ids for the centroid arrays (see `_dots`), and a dense scratch vector they index.
        # At most one id per term of the vocabulary (which the document frequencies hold already).
        self._tid: dict[str, int] = {}
        self._dense = np.zeros(1 << 16)

    # ---- scoring -------------------------------------------------------------------------------
    def _term_array(self, c: Cluster) -> tuple[np.ndarray, np.ndarray]:
        """A cluster's centroid terms as (term ids, weights), in the order of `terms`."""
        if c._tarr is None:
            tid = self._tid
            ids = np.fromiter((tid.setdefault(t, len(tid)) for t in c.terms), np.intp, len(c.terms))
            c._tarr = (ids, np.fromiter(c.terms.values(), np.float64, len(c.terms)))
        return c._tarr

    def _dots(self, query: dict[str, float] | Cluster, clusters: list[Cluster]) -> list[float]:
        """Dot products of an article's term vector, or a cluster's centroid terms, with the
        centroid terms of each of `clusters`.

        One pass for all of them: the query goes into a dense scratch vector indexed by term id,
        each centroid's weights meet the query's at its own ids, and the products are summed per
        centroid in the order of its terms (the same order after a restart: the state keeps it),
        so a score does not depend on the ids, which a restart gives out anew. This replaced a
        dictionary intersection per pair, the largest cost per article once the candidate pool
        is full (~90 centroids of up to 600 terms each per article).
        """
        if not clusters:
            return []
        arrays = [self._term_array(c) for c in clusters]  # first: they give out the term ids
        qids, qw = self._term_array(query) if isinstance(query, Cluster) else self._query(query)
        if len(self._tid) > len(self._dense):
            self._dense = np.zeros(1 << max(16, (len(self._tid) - 1).bit_length()))
        dense = self._dense
        dense[qids] = qw
        lengths = np.fromiter((len(a[0]) for a in arrays), np.intp, len(arrays))
        prods = dense[np.concatenate([a[0] for a in arrays])] * np.concatenate([a[1] for a in arrays])
        dense[qids] = 0.0
        out = np.zeros(len(arrays))
        full = lengths > 0
        if full.any():
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            out[full] = np.add.reduceat(prods, starts[full])
        return out.tolist()

    def _query(self, vec: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """An article's term vector as (ids, weights): terms no centroid holds cannot match."""
        tid = self._tid
        pairs = [(tid[k], v) for k, v in vec.items() if k in tid]
        return np.fromiter((i for i, _ in pairs), np.intp, len(pairs)), np.fromiter(
            (v for _, v in pairs), np.float64, len(pairs)
        )

    def _scores(self, vec: dict[str, float], feats: Features, clusters: list[Cluster], level: str) -> list[float]:
        """The article's score against each of `clusters` (see `_score`)."""
        dots = self._dots(vec, clusters)
        return [self._score(dot, feats, c, level) for dot, c in zip(dots, clusters, strict=True)]

    def _score(self, dot: float, feats: Features, c: Cluster, level: str) -> float:
        """Score of an article against a cluster; `dot`: its term vector . the centroid's terms."""
        p = self.p
        s_terms = dot / c.norm_terms()
        s_emb = 0.0
        if c.embedding is not None and feats.embedding.any():
            s_emb = float(feats.embedding @ c.embedding) / (c.emb_norm() or 1.0)
        s_names = 0.0
        if feats.names:
            weights = self._name_weights(feats)
            s_names = sum(w for n, w in weights.items() if c.names.get(n)) / (self._names_total or 1.0)
        score = p.w_terms * s_terms + p.w_embedding * s_emb + p.w_names * s_names
        gap = _gap(feats.published, c.first, c.last)
        limit = p.event_days if level == "event" else p.story_days
        if gap is not None and gap > limit:
            score -= 0.1 * float(np.log2(gap / limit)) + 0.05
        if level == "event" and c.first is not None and c.last is not None:
            # The day the text speaks of, against the event's *publication* days only: days read
            # from undated texts are too noisy to anchor an event (on RPM2, 43% of same-event
            # pairs write dates 20+ days apart), but a dated event is a firm anchor.
            dgap = _day_gap(feats.day, day_of_year(c.first), day_of_year(c.last))
            if dgap is not None and dgap > p.text_days:
                score -= p.text_penalty
        return score

    def _name_weights(self, feats: Features) -> dict[str, float]:
        """IDF of the article's names, computed once per article (cached on the last article)."""
        if self._names_for != feats.article_id:
            self._names_for = feats.article_id
            self._names_cache = {n: self.names_vocab.idf(n) for n in feats.names}
            self._names_total = sum(self._names_cache.values())
        return self._names_cache

    def learn(self, terms: set[str] | frozenset[str], names: frozenset[str]) -> None:
        """Count one article in the document frequencies (placing it, or replaying it at a restart).

        Centroid-to-centroid name scores use the names' IDF of the last *snapshot*, taken every
        `snapshot_step(n)` articles (every article up to 127, then at most 1/64 of the stream
        apart, at most 256): so that a pair of unchanged clusters keeps its score, and a cluster
        its IDF sum, from one article to the next instead of being recomputed for every article
        (~140 sums of up to 600 names and ~70 pair scores per article at 10k). The snapshot
        points depend on the count only, and every df checkpoint (each 256 articles) is one, so a
        restart finds the same snapshot (`reset_snapshot`).
        """
        self.vocab.add(set(terms))
        self.names_vocab.add(names)
        n = self.names_vocab.n
        if n % snapshot_step(n) == 0:
            self.reset_snapshot()
        else:
            self._snap_delta.update(names)

    def reset_snapshot(self) -> None:
        """Take the IDF snapshot of the names now (after a restore: the checkpoint is one)."""
        self._snap_n, self._snap_delta = self.names_vocab.n, Counter()
        self._idf_cache, self._pair_memo = {}, {}

    def _name_idf(self, name: str) -> float:
        """IDF of a name at the last snapshot (see `learn`), memoised until the next one."""
        value = self._idf_cache.get(name)
        if value is None:
            df = self.names_vocab.df.get(name, 0) - self._snap_delta.get(name, 0)
            value = self._idf_cache[name] = smooth_idf(self._snap_n, df)
        return value

    def _idf_sum(self, names: frozenset[str]) -> float:
        """Exactly rounded sum of the snapshot IDF of `names` (see `_name_idf`): the memoised values
        read in C (`map`), one Python call only per name not seen since the snapshot."""
        cache = self._idf_cache
        for n in names:  # not `names - cache.keys()`: that walks the whole cache (measured: 20x slower)
            if n not in cache:
                self._name_idf(n)
        return math.fsum(map(cache.__getitem__, names))

    def _keys(self, vec: dict[str, float], feats: Features) -> list[str]:
        """Index keys of an article: its top terms and its names."""
        keys = [t for t, _ in heapq.nlargest(self.p.query_terms, vec.items(), key=lambda kv: (kv[1], kv[0]))]
        return keys + ["@" + n for n in feats.names]

    def _candidates(self, level: str, vec: dict[str, float], feats: Features) -> list[Cluster]:
        pool = self.events if level == "event" else self.stories
        return [pool[i] for i in self._lookup(level, self._keys(vec, feats)) if i in pool]

    def _lookup(self, level: str, keys: list[str], among: set[str] | None = None) -> list[str]:
        """Cluster ids sharing the most keys, at most `max_candidates` of them (only ids in `among`
        when given).

        Keys filed under more than `max_postings` clusters are skipped: too common to tell
        clusters apart, and the one place where work would otherwise grow with the stream.
        """
        hits: Counter[str] = Counter()
        for k in keys:
            postings = self.index[level].get(k)
            if postings and len(postings) <= self.p.max_postings:
                hits.update(postings if among is None else postings & among)
        return _top_ids(hits, self.p.max_candidates)

    def _best(
        self, level: str, vec: dict[str, float], feats: Features, threshold: float
    ) -> list[tuple[float, Cluster]]:
        """Clusters that pass the threshold and the contrast test, best first."""
        candidates = self._candidates(level, vec, feats)
        scored = sorted(
            zip(self._scores(vec, feats, candidates, level), candidates, strict=True),
            key=lambda sc: (-sc[0], sc[1].id),
        )
        near = False
        if level == "story" and scored:
            gap = _gap(feats.published, scored[0][1].first, scored[0][1].last)
            near = gap is not None and gap <= self.p.event_days
        # Without a neighbourhood, an undated article (placed by content alone) needs a higher score.
        alone = self.p.alone if feats.published is None else 0.0
        if self._stands_out([sc for sc, _ in scored], threshold, alone):
            return [(s, c) for s, c in scored if s >= threshold]
        if near:
            # Published within an event's span of the best story, a lower score is enough when
            # that story is the clear winner: agreeing dates are evidence too.
            best = scored[0][0]
            second = scored[1][0] if len(scored) > 1 else 0.0
            if best >= self.p.story_near and best - second >= self.p.story_near_margin:
                return scored[:1]
        return []

    # ---- index ---------------------------------------------------------------------------------
    def reindex(self, level: str, c: Cluster) -> None:
        """(Re)file cluster `c` under its current top terms and names."""
        index = self.index[level]
        for k in self.indexed.get(c.id, []):
            index.get(k, set()).discard(c.id)
        # Names by count, ties by name: `most_common` keeps ties in insertion order, which follows
        # the iteration order of each article's name set, and so the process's string hash seed.
        top_names = heapq.nlargest(self.p.index_terms, c.names.items(), key=lambda kv: (kv[1], kv[0]))
        keys = c.top_terms(self.p.index_terms) + ["@" + n for n, _ in top_names]
        for k in keys:
            index.setdefault(k, set()).add(c.id)
        self.indexed[c.id] = keys

    def remember_event(self, event: Cluster) -> None:
        """Map the members of `event` (an active event restored from the store) to it."""
        for aid in event.article_ids:
            self._event_of[aid] = event.id

    def _drop(self, level: str, cid: str) -> None:
        pool = self.events if level == "event" else self.stories
        if level == "event" and cid in pool:
            for aid in pool[cid].article_ids:
                if self._event_of.get(aid) == cid:
                    del self._event_of[aid]
        for k in self.indexed.pop(cid, []):
            postings = self.index[level].get(k)
            if postings is not None:
                postings.discard(cid)
                if not postings:
                    del self.index[level][k]
        pool.pop(cid, None)

    def is_active(self, c: Cluster) -> bool:
        """Still a candidate: recently added to, in articles and in days of the stream's clock."""
        p = self.p
        idle, idle_days = (p.event_idle, p.event_idle_days) if c.parent else (p.story_idle, p.story_idle_days)
        if self.tick - c.tick > idle:
            return False
        return not (self.clock is not None and c.last is not None and (self.clock - c.last).days > idle_days)

    def evict(self) -> None:
        """Forget idle clusters (they stay in the store; they are no longer candidates)."""
        for level, pool in (("event", self.events), ("story", self.stories)):
            for cid in [cid for cid, c in pool.items() if not self.is_active(c)]:
                self._drop(level, cid)

    # ---- placing -------------------------------------------------------------------------------
    def place(self, feats: Features, same_event_as: str | None = None) -> Placement:
        """Put one article in an event and a story; `same_event_as`: an article it duplicates."""
        p = self.p
        self.tick += 1
        if feats.published is not None and (self.clock is None or feats.published > self.clock):
            self.clock = feats.published
        if self.tick % 500 == 0:
            self.evict()
        self.learn(set(feats.terms), feats.names)
        vec = self.vocab.weigh(feats.terms)
        if feats.empty:  # nothing to compare: alone, and never a candidate for others
            event = Cluster(id=f"e-{feats.article_id}", parent=f"s-{feats.article_id}")
            story = Cluster(id=f"s-{feats.article_id}", parent=None, children=[event.id])
            event.add(vec, feats, self.tick, p.centroid_terms)
            story.add(vec, feats, self.tick, p.centroid_terms)
            self.events[event.id], self.stories[story.id] = event, story  # stored, never indexed
            self._event_of[feats.article_id] = event.id
            return Placement(feats.article_id, event.id, story.id, (event.id,), (story.id,))
        merged_stories: list[tuple[str, str]] = []
        merged_events: list[tuple[str, str]] = []
        story, event = self._choose(vec, feats, same_event_as, merged_stories)
        event.add(vec, feats, self.tick, p.centroid_terms)
        self._event_of[feats.article_id] = event.id
        story.add(vec, feats, self.tick, p.centroid_terms)
        self.reindex("event", event)
        self.reindex("story", story)
        story = self._absorb_similar(story, merged_stories, merged_events)
        # Written back: the article's event, the events that changed story (their parent is the
        # kept story) and the events that absorbed a folded one. Not every active event of a story
        # that absorbed another: those are unchanged, and a long story has hundreds of them.
        moved, self._moved = self._moved, set()
        changed_events = tuple(
            sorted(({event.id} | moved | {kept for _, kept in merged_events}) & self.events.keys())
        )
        return Placement(
            feats.article_id,
            event.id,
            story.id,
            changed_events,
            (story.id,),
            tuple(merged_events),
            tuple(merged_stories),
        )

    def _choose(
        self, vec: dict[str, float], feats: Features, same_event_as: str | None, merged: list[tuple[str, str]]
    ) -> tuple[Cluster, Cluster]:
        """Story first (the signals separate stories well), then the event inside that story."""
        p = self.p
        if same_event_as is not None:  # a duplicate goes where its original went
            # Through the article -> event map: a scan of every active event's members costs
            # more as long events grow. An article is in one event at a time, so it is the same.
            event = self.events.get(self._event_of.get(same_event_as, ""))
            if event is not None and event.parent in self.stories:
                return self.stories[event.parent], event
        stories = self._best("story", vec, feats, p.story)
        if stories:
            story = stories[0][1]
        else:
            story = Cluster(id=f"s-{feats.article_id}", parent=None)
            self.stories[story.id] = story
        events = [self.events[e] for e in self._events_for(story, vec, feats)]
        scored = sorted(
            zip(self._scores(vec, feats, events, "event"), events, strict=True),
            key=lambda sc: (-sc[0], sc[1].id),
        )
        if scored and scored[0][0] >= p.event:
            return story, scored[0][1]
        event = Cluster(id=f"e-{feats.article_id}", parent=story.id)
        self.events[event.id] = event
        story.children.append(event.id)
        return story, event

    def _events_for(self, story: Cluster, vec: dict[str, float], feats: Features) -> list[str]:
        """The active events of `story` that the article is scored against: all of them, or in a
        long story (hundreds of active events), like stories, the `max_candidates` sharing the
        most index keys with the article."""
        active = [e for e in story.children if e in self.events]
        if len(active) > self.p.max_candidates:
            active = self._lookup("event", self._keys(vec, feats), among=set(active))
        return active

    def _merge_story(self, story: Cluster, other: Cluster) -> None:
        story.absorb(other, self.p.centroid_terms)
        for eid in other.children:
            if eid in self.events:
                self.events[eid].parent = story.id
                self._moved.add(eid)
        self._drop("story", other.id)

    def _pair_score(self, a: Cluster, b: Cluster) -> float:
        return self._pair_scores(a, [b])[0]

    def _pair_scores(self, a: Cluster, others: list[Cluster]) -> list[float]:
        """Centroid-to-centroid scores of `a` with each of `others` (same signals and weights as
        article scores).

        Memoised by the versions of both clusters until the next IDF snapshot (see `learn`): the
        merge checks score the same pairs within an article and from one article to the next (a
        fragment against its rivals, which rarely change), and these scores were the largest cost
        per article once the stream is long. The pairs not memoised are scored together (`_dots`).
        """
        memo = self._pair_memo
        keys = [(a.id, a.version, b.id, b.version) for b in others]
        missing = [b for key, b in zip(keys, others, strict=True) if key not in memo]
        if missing:
            if len(memo) + len(missing) > 200_000:  # a long snapshot step: bound the memory
                memo = self._pair_memo = {}
            dots = self._dots(a, missing)
            for dot, b in zip(dots, missing, strict=True):
                memo[(a.id, a.version, b.id, b.version)] = self._pair_score_now(a, b, dot)
        return [memo[key] for key in keys]

    def _names_sum(self, c: Cluster, names: frozenset[str]) -> float:
        """IDF sum of a cluster's names at the last snapshot, cached on the cluster."""
        if c._nsum is None or c._nsum_at != self._snap_n:
            c._nsum, c._nsum_at = self._idf_sum(names), self._snap_n
        return c._nsum

    def _pair_score_now(self, a: Cluster, b: Cluster, dot: float) -> float:
        """Score of two clusters; `dot`: the product of their centroid terms."""
        p = self.p
        s_terms = dot / (a.norm_terms() * b.norm_terms())
        s_emb = 0.0
        if a.embedding is not None and b.embedding is not None:
            s_emb = float(a.embedding @ b.embedding) / ((a.emb_norm() * b.emb_norm()) or 1.0)
        na, nb = a.name_set(), b.name_set()
        s_names = 0.0
        if na and nb:
            s_names = self._idf_sum(na & nb) / min(self._names_sum(a, na), self._names_sum(b, nb))
        score = p.w_terms * s_terms + p.w_embedding * s_emb + p.w_names * s_names
        if a.first and b.first and a.last and b.last:
            gap = max((a.first - b.last).days, (b.first - a.last).days, 0)
            if gap > p.story_days:
                score -= 0.1 * float(np.log2(gap / p.story_days)) + 0.05
        return score

    def _stands_out(self, scores: list[float], threshold: float, alone: float | None = None) -> bool:
        """Density test: the best score passes `threshold` and stands clear of the neighbourhood.

        With at least `crowd` other candidates, the best must beat their mean by `contrast`: in a
        crowded topic a middling score is not a match. With fewer, there is no neighbourhood to
        compare with, so a higher absolute score (`alone`) is asked instead.
        """
        if not scores or scores[0] < threshold:
            return False
        rest = scores[1:]
        if len(rest) >= self.p.crowd:
            return scores[0] - float(np.mean(rest)) >= self.p.contrast
        return scores[0] >= threshold + (self.p.alone if alone is None else alone)

    def _absorb_similar(
        self, story: Cluster, merged: list[tuple[str, str]], merged_events: list[tuple[str, str]]
    ) -> Cluster:
        """Merge with `story` the active story whose centroid has come close to it, and fold in the
        fragments nearby; returns the story the article is in now.

        Of two merged stories, the one with more articles keeps its id and the other is folded into
        it (ties: the story that received the article keeps it): the centroid is the same either
        way, but a long story absorbed by a young one had its whole membership appended to the
        young one's lists and every active event written again (on the scale stream, a story of
        37,000 articles, absorbed again and again).
        """
        ids = set(self._lookup("story", self.indexed.get(story.id, [])))
        others = [self.stories[i] for i in sorted(ids - {story.id}) if i in self.stories]
        scored = sorted(zip(self._pair_scores(story, others), others, strict=True), key=lambda sc: (-sc[0], sc[1].id))
        # Only fragments (small stories) are folded in, and only into a clear best match.
        if len(scored) > self.p.crowd and self._stands_out([sc for sc, _ in scored], self.p.story_merge):
            other = scored[0][1]
            keep, gone = (other, story) if len(other.article_ids) > len(story.article_ids) else (story, other)
            self._merge_story(keep, gone)
            merged.append((gone.id, keep.id))
            story = keep
        self._absorb_fragments(story, merged, merged_events)
        if merged:
            self.reindex("story", story)
        return story

    def _absorb_fragments(
        self, story: Cluster, merged: list[tuple[str, str]], merged_events: list[tuple[str, str]]
    ) -> None:
        """Fold into `story` the small stories nearby whose clear best match it has become.

        A fragment's events join the story's best-matching event when it scores `event` or more
        (a fragment is an article that missed its story, so most often its event too).
        Bounded: only the `fragment_checks` closest small candidates are examined, each against
        its own candidates (at most `max_candidates`).
        """
        p = self.p
        if len(story.article_ids) < p.fragment_host:
            return
        ids = set(self._lookup("story", self.indexed.get(story.id, []))) - {story.id}
        small = [
            self.stories[i]
            for i in sorted(ids)
            if i in self.stories and len(self.stories[i].article_ids) <= p.fragment_size
        ]
        small = sorted(small, key=lambda o: (-self._pair_score(story, o), o.id))[: p.fragment_checks]
        for other in small:
            rivals = set(self._lookup("story", self.indexed.get(other.id, []))) - {other.id}
            near = [self.stories[i] for i in sorted(rivals) if i in self.stories]
            scored = sorted(
                zip(self._pair_scores(other, near), (c.id for c in near), strict=True),
                key=lambda si: (-si[0], si[1]),
            )
            if not scored or scored[0][1] != story.id:
                continue
            second = scored[1][0] if len(scored) > 1 else 0.0
            if scored[0][0] >= p.fragment_merge and scored[0][0] - second >= p.fragment_margin:
                hosts = [self.events[e] for e in story.children if e in self.events]
                self._merge_story(story, other)
                merged.append((other.id, story.id))
                for eid in other.children:
                    if eid in self.events and hosts:
                        self._fold_event(story, self.events[eid], hosts, merged_events)

    def _fold_event(
        self, story: Cluster, event: Cluster, hosts: list[Cluster], merged_events: list[tuple[str, str]]
    ) -> None:
        """Merge `event` (of a folded fragment, now in `story`) into its best host event, if close."""
        score, host = max(zip(self._pair_scores(event, hosts), hosts, strict=True), key=lambda sh: (sh[0], sh[1].id))
        if score < self.p.event:
            return
        host.absorb(event, self.p.centroid_terms)
        for aid in event.article_ids:
            self._event_of[aid] = host.id
        self._drop("event", event.id)
        story.children = [c for c in story.children if c != event.id]
        self.reindex("event", host)
        merged_events.append((event.id, host.id))
