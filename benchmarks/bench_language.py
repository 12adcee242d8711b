"""Articles per second for the whole language layer on one core, against spaCy's bare nlp.pipe.

The bare pass (same pipeline, same texts, same batch size) is the floor the layer cannot go under;
the figure that matters is the ratio. Texts: the 200 French articles of rpm2_fr_public.
Run: .venv/bin/python benchmarks/bench_language.py
"""

from __future__ import annotations

import os

# One core: the budget is per core and the machine is shared.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from recoupe.language import nlp  # noqa: E402
from recoupe.language.analyse import BATCH_SIZE, analyse_many  # noqa: E402
from recoupe.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "rpm2_fr_public" / "documents.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    articles = [
        Article(id=r["doc_id"], input="bench", body=r["text"], content_hash=r["doc_id"], language="fr") for r in rows
    ]
    texts = [a.body for a in articles]
    pipeline = nlp.load("fr")
    list(pipeline.pipe(texts[:8]))  # warm up: model loaded, caches filled

    best_bare = best_layer = float("inf")
    for _ in range(2):  # best of two runs each, interleaved, to damp noise from a shared machine
        start = time.perf_counter()
        for _doc in pipeline.pipe(texts, batch_size=BATCH_SIZE):
            pass
        best_bare = min(best_bare, time.perf_counter() - start)
        start = time.perf_counter()
        results = list(analyse_many(articles))
        best_layer = min(best_layer, time.perf_counter() - start)
    chars = sum(len(t) for t in texts)
    figures = {
        "articles": len(articles),
        "characters": chars,
        "bare_spacy_seconds": round(best_bare, 3),
        "layer_seconds": round(best_layer, 3),
        "bare_spacy_articles_per_second": round(len(articles) / best_bare, 1),
        "layer_articles_per_second": round(len(articles) / best_layer, 1),
        "ratio_layer_to_bare": round(best_layer / best_bare, 3),
        "quotes_found": sum(len(r.quotes) for r in results),
        "time_mentions_found": sum(len(r.time_mentions) for r in results),
        "cpu": platform.processor() or platform.machine(),
        "threads": os.environ["OMP_NUM_THREADS"],
    }
    for key, value in figures.items():
        print(f"{key:34} {value}")
    out = ROOT / "benchmarks" / "results" / "language.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
