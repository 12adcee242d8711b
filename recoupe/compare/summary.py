"""A short extractive summary of a story in which every sentence cites the articles that support it.

Sentences are the representative claims of aligned groups, chosen greedily for corroboration (more
independent reporting lines first), centrality (closeness to what the whole story says) and how early
they come in their articles (news puts the main facts first), skipping any that repeats a chosen one.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

import numpy as np

from recoupe.compare import align as al
from recoupe.model import ClaimGroup, SummarySentence

# Weights of the three signals, chosen on the 20 RPM2 events among a small grid (lines 0.2-0.5, lead
# 0.2-0.5); docs/compare.md gives the ROUGE they reach.
W_LINES = 0.35
W_CENTRAL = 1.0
W_LEAD = 0.2
# A candidate this close to a chosen sentence repeats it.
REDUNDANT_COS = 0.8
REDUNDANT_LEX = 0.45
MIN_WORDS, MAX_WORDS = 8, 60


def summarize(
    groups: Sequence[ClaimGroup],
    f: al.Features,
    row_of: Mapping[str, int],
    sentences: int = 5,
    max_words: int | None = None,
) -> list[SummarySentence]:
    """Pick up to `sentences` cited sentences (or as many as fit in `max_words` words).

    Args:
        groups: the story's verdicts; commentary and analysis are never chosen.
        f: the alignment features (embeddings of every claim).
        row_of: claim id -> row of that claim in `f`.
        sentences: most sentences to return.
        max_words: word budget instead of a sentence count (for comparisons at equal length).
    """
    if not groups or f.vectors.shape[0] == 0:
        return []
    centroid = f.vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    centroid = centroid / norm
    most_lines = max(g.independent_lines for g in groups)
    scored: list[tuple[float, int, ClaimGroup, str]] = []
    for g in groups:
        # Contradicted claims stay eligible: what a story is about is often what is disputed; the
        # report shows the contradiction beside the claim.
        if g.kind not in ("reporting", "statement"):
            continue
        whole = [c for c in g.claims if c.text[:1].isupper() or c.text[:1] in "«\"“"]
        pool = [c for c in whole if MIN_WORDS <= len(c.text.split()) <= MAX_WORDS]
        if not pool:
            continue
        best = max(pool, key=lambda c: float(f.vectors[row_of[c.id]] @ centroid))
        central = float(f.vectors[row_of[best.id]] @ centroid)
        # Position in the article: the claim number after '#', 1 for the lead.
        position = min(int(c.id.rsplit("#", 1)[1]) for c in g.claims)
        score = (
            W_LINES * math.log1p(g.independent_lines) / math.log1p(most_lines)
            + W_CENTRAL * central
            + W_LEAD / math.sqrt(position)
        )
        scored.append((score, row_of[best.id], g, best.text))
    scored.sort(key=lambda t: -t[0])
    chosen: list[tuple[int, ClaimGroup, str]] = []
    words = 0
    for _, row, g, text in scored:
        if len(chosen) >= sentences and max_words is None:
            break
        if any(
            float(f.vectors[row] @ f.vectors[r]) >= REDUNDANT_COS or al.lexical(f, row, r) >= REDUNDANT_LEX
            for r, _, _ in chosen
        ):
            continue
        n = len(text.split())
        if max_words is not None and words + n > max_words and chosen:
            continue
        chosen.append((row, g, text))
        words += n
        if max_words is not None and words >= max_words:
            break
    # Reading order: earliest date named first, then the order of the claims in the articles.
    chosen.sort(key=lambda c: (min((d for x in c[1].claims for d in x.dates), default=dt.date.max), c[0]))
    return [SummarySentence(text, g.articles) for _, g, text in chosen]
