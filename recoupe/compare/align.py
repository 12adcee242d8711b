"""Group claims of different articles that state the same thing, however phrased or translated.

Similarity mixes a multilingual sentence embedding (paraphrase, translation) with IDF-weighted overlap
of French stems, spelling-tolerant name keys and identity ids (what the claim is about). Candidates come
from an inverted index over those keys (plus embedding neighbours while the story is small), so the cost
grows with the number of claims, not with its square. Claims never merge when they disagree on polarity
(one denies), on the value of a figure counting the same thing, on the date, or on who claims it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from recoupe.compare import text as tx
from recoupe.embedding import Embedder
from recoupe.model import Claim

# Measured on the seeds and RPM2 events with USE-m3: paraphrases of one fact score 0.38-0.8, claims
# that merely share the story's actors 0.2-0.4; the overlap is why identities, dates and figures also
# weigh in (see docs/compare.md).
THRESHOLD = 0.40
# Embedding and lexical evidence weigh the same: the embedding catches translations, the stems and
# names catch rewrites that keep the words but reorder them.
EMBED_WEIGHT = 0.5
# Candidates kept per claim from the inverted index; a fact rarely has more than a few renderings per
# article, and 20 leaves room for stories of 200 articles.
TOP_K = 20
# Two renderings that give the same count of the same thing ("10,5 milliards") very likely report one
# fact; the bonus lifts such pairs over the threshold when their wording differs.
FIGURE_BONUS = 0.08
# A place or person that few claims of the story name (Gontcharovka, not Trump) pins what two
# claims are about: sharing one lifts the pair like a shared figure does.
RARE_NAME_BONUS = 0.08
RARE_SHARE = 0.02
# Two claims dated to the same day are a little more likely to report the same thing.
DATE_BONUS = 0.04
# Mean similarity a group must keep with a newcomer, relative to `threshold` (average linkage).
LINKAGE = 0.95
# Two events of one story are different happenings: their claims must be this much closer to merge.
CROSS_EVENT_MARGIN = 0.1
# How much closer than `threshold` two claims of one article must be to share a group.
SAME_ARTICLE_MARGIN = 0.1
# Two claims that both give figures but share no value (120 000 signatures against 200 000) are
# usually different moments or different things: they must be this much closer to merge.
DISJOINT_FIGURES_MARGIN = 0.05
# Two claims that each name people but no person in common (Corinne Lepage's appeal, Etienne Tête's
# appeal) are usually look-alike acts of different actors: they too must be this much closer to merge.
DISJOINT_PEOPLE_MARGIN = 0.1
# Longest posting list walked in the inverted index (see `candidates`).
MAX_POSTING = 150
# Below this many claims the embedding neighbours of every claim are also searched exhaustively.
SMALL_STORY = 600


@dataclass
class Features:
    """Per-claim keys and vectors, computed once per story."""

    keys: list[dict[str, float]]  # key -> IDF weight
    norms: list[float]
    vectors: np.ndarray
    postings: dict[str, list[int]]
    figures: list[set[tuple[float, str]]]  # (value, what it counts) of each claim
    rare: list[set[str]]  # names and identities of each claim that few claims of the story hold
    dates: list[set[dt.date]]  # resolved dates of each claim
    pairs: set[tuple[int, int]] | None = None  # `candidates`, kept once found


def _keys(claim: Claim) -> set[str]:
    keys = {f"s:{s}" for s in tx.stems(claim.text)}
    keys |= {f"n:{n}" for n in tx.names(claim.text)}
    keys |= {f"e:{a}" for a in claim.actor_ids}
    return keys


def features(claims: Sequence[Claim], embedder: Embedder) -> Features:
    """Keys (with IDF weights), their inverted index and the embeddings of `claims`."""
    raw = [_keys(c) for c in claims]
    df: dict[str, int] = defaultdict(int)
    for ks in raw:
        for k in ks:
            df[k] += 1
    n = len(claims)
    idf = {k: math.log((n + 1) / (d + 0.5)) for k, d in df.items()}
    keys = [{k: idf[k] for k in ks} for ks in raw]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(raw):
        for k in ks:
            postings[k].append(i)
    vectors = embedder.embed([c.text for c in claims]) if claims else np.zeros((0, 1), dtype=np.float32)
    figures = [{(v, label) for v, label in zip(c.figures, c.figure_labels, strict=False) if label} for c in claims]
    rare_df = max(2, int(n * RARE_SHARE))
    rare = [{k for k in ks if k[0] in "ne" and df[k] <= rare_df} for ks in raw]
    dates = [set(c.dates) for c in claims]
    return Features(keys, [sum(k.values()) for k in keys], vectors, postings, figures, rare, dates)


def lexical(f: Features, i: int, j: int) -> float:
    """IDF-weighted Dice overlap of the keys of claims i and j."""
    a, b = f.keys[i], f.keys[j]
    if len(a) > len(b):
        a, b = b, a
    shared = sum(w for k, w in a.items() if k in b)
    total = f.norms[i] + f.norms[j]
    return 2 * shared / total if total else 0.0


def similarity(f: Features, i: int, j: int) -> float:
    """How surely claims i and j state the same thing, in [0, 1]."""
    cos = float(f.vectors[i] @ f.vectors[j]) if f.vectors.shape[1] > 1 else 0.0
    shared_figure = FIGURE_BONUS if f.figures[i] & f.figures[j] else 0.0
    shared_rare = RARE_NAME_BONUS if f.rare[i] & f.rare[j] else 0.0
    shared_date = DATE_BONUS if f.dates[i] & f.dates[j] else 0.0
    lexic = (1 - EMBED_WEIGHT) * lexical(f, i, j)
    return min(1.0, EMBED_WEIGHT * max(cos, 0.0) + lexic + shared_figure + shared_rare + shared_date)


@lru_cache(maxsize=65_536)
def _figures_of(values: tuple[float, ...], labels: tuple[str, ...]) -> dict[str, frozenset[float]]:
    # Cached: merging groups checks every cross pair, and most claims have no figure at all.
    out: dict[str, set[float]] = defaultdict(set)
    for value, label in zip(values, labels, strict=False):
        if label and label not in MAGNITUDES:
            out[label].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _figures(claim: Claim) -> dict[str, frozenset[float]]:
    return _figures_of(claim.figures, claim.figure_labels)


# Units of amount say how much, not of what: "10,5 milliards" and "40 milliards" in one story are
# usually different sums, so they never make a figure conflict by themselves.
MAGNITUDES = frozenset(
    ["millions", "million", "milliards", "milliard", "mille", "euros", "dollars", "pour", "de", "d", "ans", "jours"]
)


def figure_conflict(a: Claim, b: Claim) -> bool:
    """True when both count the same thing and share no value (12 injured against 15 injured)."""
    if not a.figures or not b.figures:
        return False
    fa, fb = _figures(a), _figures(b)
    return any(not (fa[label] & fb[label]) for label in fa.keys() & fb.keys())


def date_conflict(a: Claim, b: Claim) -> bool:
    """True when both are dated and no date of one is within a day of a date of the other."""
    if not a.dates or not b.dates:
        return False
    return all(abs((x - y).days) > 1 for x in a.dates for y in b.dates)


def claimant_conflict(a: Claim, b: Claim) -> bool:
    """True when both name who makes the claim and they are different parties."""
    if a.attribution and b.attribution:
        return tx.name_key(a.attribution) != tx.name_key(b.attribution)
    return False


def _opinion(claim: Claim) -> bool:
    return claim.kind in ("commentary", "analysis")


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims may be renderings of one statement (reporting never joins commentary)."""
    return (
        a.denial == b.denial
        and _opinion(a) == _opinion(b)
        and not figure_conflict(a, b)
        and not date_conflict(a, b)
        and not (claimant_conflict(a, b) and bool(a.figures) and bool(b.figures))
    )


def candidates(f: Features, claims: Sequence[Claim], top_k: int = TOP_K) -> set[tuple[int, int]]:
    """Pairs (i < j) of claims from different articles worth scoring, found through the index."""
    if f.pairs is not None and top_k == TOP_K:
        return f.pairs
    n = len(claims)
    # Keys held by more than a fifth of the claims (the story's main actors) do not discriminate; past
    # MAX_POSTING claims a key is skipped whatever the story's size, which keeps the cost per claim
    # bounded (linear in the number of claims overall).
    max_df = max(8, min(n // 5, MAX_POSTING))
    pairs: set[tuple[int, int]] = set()
    for i in range(n):
        votes: dict[int, float] = defaultdict(float)
        for key, weight in f.keys[i].items():
            posting = f.postings[key]
            if len(posting) > max_df:
                continue
            for j in posting:
                if j != i and claims[j].article_id != claims[i].article_id:
                    votes[j] += weight
        for j, _ in sorted(votes.items(), key=lambda kv: -kv[1])[:top_k]:
            pairs.add((min(i, j), max(i, j)))
    if 1 < n <= SMALL_STORY and f.vectors.shape[1] > 1:
        sims = f.vectors @ f.vectors.T
        for i in range(n):
            for j in np.argsort(-sims[i])[: top_k + 1]:
                j = int(j)
                if j != i and claims[j].article_id != claims[i].article_id:
                    pairs.add((min(i, j), max(i, j)))
    if top_k == TOP_K:
        f.pairs = pairs
    return pairs


def _people(claim: Claim) -> frozenset[str]:
    """Identity ids of the persons a claim names (the language layer's `per-` ids)."""
    return frozenset(a for a in claim.actor_ids if a.startswith("per-"))


def _pair(f: Features, claims: Sequence[Claim], i: int, j: int, event_of: Mapping[str, str]) -> float:
    """Similarity, less a margin when the two articles belong to different events of the story."""
    ea, eb = event_of.get(claims[i].article_id), event_of.get(claims[j].article_id)
    margin = CROSS_EVENT_MARGIN if ea and eb and ea != eb else 0.0
    a, b = f.figures[i], f.figures[j]
    if a and b and not {v for v, _ in a} & {v for v, _ in b}:
        margin += DISJOINT_FIGURES_MARGIN
    pa, pb = _people(claims[i]), _people(claims[j])
    if pa and pb and not pa & pb:
        margin += DISJOINT_PEOPLE_MARGIN
    return similarity(f, i, j) - margin


def align(
    claims: Sequence[Claim],
    embedder: Embedder,
    threshold: float = THRESHOLD,
    event_of: Mapping[str, str] | None = None,
    precomputed: Features | None = None,
) -> list[list[int]]:
    """Group the claims of a story that state the same thing.

    Args:
        claims: the claims of every article of the story.
        embedder: sentence embedder (the default multilingual one, or a test double).
        threshold: least mean similarity between the members of two groups for them to merge.
        event_of: article id -> event id; claims of different events need a wider margin to merge.
        precomputed: the `features` of `claims`, when the caller already has them.

    Returns:
        Groups as lists of indices into `claims`, every claim in exactly one group, in order of
        first appearance.
    """
    event_of = event_of or {}
    f = precomputed or features(claims, embedder)
    scored = []
    for i, j in candidates(f, claims):
        if compatible(claims[i], claims[j]):
            s = _pair(f, claims, i, j, event_of)
            if s >= threshold:
                scored.append((s, i, j))
    scored.sort(reverse=True)
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _, i, j in scored:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        cross = [(x, y) for x in a for y in b]
        if not all(compatible(claims[x], claims[y]) for x, y in cross):
            continue
        # Average linkage over pairs from different articles: a new member must resemble the group,
        # not only its nearest member. Two claims of one article may join (a headline and the sentence
        # that repeats it) only through claims of other articles.
        between = [(x, y) for x, y in cross if claims[x].article_id != claims[y].article_id] or cross
        # Two claims of one article in one group must say nearly the same thing themselves (a headline
        # and its sentence), not merely both resemble a third article's claim.
        same = [(x, y) for x, y in cross if claims[x].article_id == claims[y].article_id]
        if any(similarity(f, x, y) < threshold + SAME_ARTICLE_MARGIN for x, y in same):
            continue
        if sum(_pair(f, claims, x, y, event_of) for x, y in between) / len(between) < threshold * LINKAGE:
            continue
        for y in b:
            group_of[y] = gi
        a.extend(b)
        del members[gj]
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])
