"""Seconds per story as stories grow from 5 to 200 articles (RPM2 articles pooled into one story).

Prints, for each size, the number of claims, the seconds spent embedding them, the seconds of the
comparison proper (alignment, verdicts, quotes, timeline, summary) and the number of claim pairs
scored against the number of all pairs, then writes benchmarks/results/compare.json. The comparison's
cost should grow about linearly with the number of claims (an inverted index picks the candidates).
Run: .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from recoupe.compare import align as al
from recoupe.compare.claims import extract_claims
from recoupe.compare.story import compare
from recoupe.embedding import get_embedder
from recoupe.evaluate.summary import articles_of, default_corpus, load

SIZES = (5, 10, 25, 50, 100, 200)
RESULTS = Path(__file__).parent / "results" / "compare.json"


class CachedEmbedder:
    """The default embedder behind a cache, so the comparison is timed apart from the model."""

    def __init__(self) -> None:
        self.inner = get_embedder()
        self.name, self.dim = self.inner.name, self.inner.dim
        self.cache: dict[str, object] = {}

    def embed(self, texts):  # type: ignore[no-untyped-def]
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            for t, v in zip(missing, self.inner.embed(missing), strict=True):
                self.cache[t] = v
        return np.stack([self.cache[t] for t in texts]) if texts else self.inner.embed([])


def main() -> None:
    docs, _ = load(default_corpus())
    # Interleave the events so every size mixes several topics, as a big running story would.
    pool = [d for group in zip(*docs.values(), strict=False) for d in group]
    embedder = CachedEmbedder()
    rows = []
    for size in SIZES:
        articles = articles_of(pool[:size])
        claims = [c for a in articles for c in extract_claims(a)]
        t0 = time.perf_counter()
        embedder.embed([c.text for c in claims])
        embed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = compare(articles, {}, embedder)
        compare_s = time.perf_counter() - t0
        f = al.features(claims, embedder)
        scored = len(al.candidates(f, claims))
        row = {
            "articles": size,
            "claims": len(claims),
            "embed_seconds": round(embed_s, 3),
            "compare_seconds": round(compare_s, 3),
            "compare_ms_per_claim": round(1000 * compare_s / max(len(claims), 1), 3),
            "pairs_scored": scored,
            "all_pairs": len(claims) * (len(claims) - 1) // 2,
            "groups": len(result.claims),
        }
        rows.append(row)
        print(
            f"{size:4d} articles {row['claims']:5d} claims  embed {embed_s:7.2f}s  compare {compare_s:7.2f}s "
            f"({row['compare_ms_per_claim']:.2f} ms/claim)  pairs scored {scored} of {row['all_pairs']}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"sizes": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
