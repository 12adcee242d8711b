"""`recoupe eval verdicts`: precision and recall of verdicts against a hand-written gold on RPM2 events.

The gold (`gold/verdicts.jsonl`) was written by reading the articles of RPM2 events: each line names an
event, an anchor article and a passage of it that states a claim, and the verdict a careful reader gives
it within that event: `corroborated` (stated by at least two articles), `single` (one article only) or
`contradicted` (another article denies it or gives an incompatible figure). recoupe compares the event's
articles (the gold event, so clustering errors do not count here) and its verdict is the status of the
claim group holding the anchor passage.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from recoupe.compare.story import compare
from recoupe.embedding import Embedder, get_embedder
from recoupe.evaluate.summary import articles_of, load
from recoupe.model import Analysis, Article, ClaimGroup

GOLD = Path(__file__).parent / "gold" / "verdicts.jsonl"
STATUSES = ("corroborated", "single", "contradicted")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _status_of(groups: Sequence[ClaimGroup], anchor: str, passage: str) -> str | None:
    """Status of the group whose claim from article `anchor` best matches `passage`."""
    best, status = 0.0, None
    for g in groups:
        for c in g.claims:
            if c.article_id == anchor:
                score = fuzz.partial_ratio(passage.lower(), c.text.lower())
                if score > best:
                    best, status = score, g.status
    return status if best >= 80 else None


def _analyses(articles: Sequence[Article]) -> dict[str, Analysis]:
    """The language layer's analyses of `articles`, through a throw-away store (spaCy runs here)."""
    from recoupe import config, language
    from recoupe.store import SQLiteStore
    from recoupe.store import docs as store_docs

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "eval.db")
        store = SQLiteStore(db)
        for a in articles:
            store.add_article(a)
        language.update_store(store, config.load(env={}, db=db))
        found = {a.id: store_docs.get_analysis(store, a.id) for a in articles}
        store.close()
    return {k: v for k, v in found.items() if v is not None}


def evaluate(
    corpus: Path, embedder: Embedder | None = None, gold_path: Path = GOLD, analyse: bool = False
) -> dict[str, Any]:
    """Precision, recall per status and accuracy of recoupe's verdicts on the gold claims.

    With `analyse`, the language layer reads the articles first (entities, quotes, dates, figures);
    without it the comparison works from the text alone (faster; what the floors are set on).
    """
    embedder = embedder or get_embedder()
    gold = load_gold(gold_path)
    docs, _ = load(corpus)
    predicted: list[tuple[str, str | None]] = []
    events = sorted({g["event"] for g in gold})
    for event in events:
        articles = articles_of(docs[event])
        result = compare(articles, _analyses(articles) if analyse else {}, embedder)
        for item in (g for g in gold if g["event"] == event):
            predicted.append((item["status"], _status_of(result.claims, item["anchor"], item["passage"])))
    statuses: dict[str, dict[str, float]] = {}
    for s in STATUSES:
        tp = sum(1 for g, p in predicted if g == s and p == s)
        said = sum(1 for _, p in predicted if p == s)
        real = sum(1 for g, _ in predicted if g == s)
        statuses[s] = {
            "gold": real,
            "precision": round(tp / said, 4) if said else 0.0,
            "recall": round(tp / real, 4) if real else 0.0,
        }
    return {
        "events": len(events),
        "claims": len(predicted),
        "unmatched": sum(1 for _, p in predicted if p is None),
        "accuracy": round(sum(1 for g, p in predicted if g == p) / len(predicted), 4) if predicted else 0.0,
        "statuses": statuses,
    }
