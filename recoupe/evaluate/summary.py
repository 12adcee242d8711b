"""`recoupe eval summary`: ROUGE of story summaries against the RPM2 human summaries, with two baselines.

Each RPM2 event (cluster of 10 articles) is summarised by recoupe, by the lead of its first article and by
a centroid-based extractive summary; every system is cut to the same number of words. ROUGE is computed
here, on a simple tokenisation for French: lower case, words are runs of letters or digits (so `l'armée`
gives `l` and `armée`), no stemming and no stopword removal. ROUGE-N F1 uses clipped n-gram counts and
ROUGE-L F1 the longest common subsequence, each averaged over the 4 references, then over the events.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from recoupe.compare import text as tx
from recoupe.compare.story import compare
from recoupe.embedding import Embedder, get_embedder
from recoupe.errors import NotFound
from recoupe.model import Article

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def default_corpus() -> Path:
    """../shared/corpora/rpm2_fr_public beside the project (the working directory's parent)."""
    for base in (Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[3]):
        path = base.parent / "shared" / "corpora" / "rpm2_fr_public"
        if path.exists():
            return path
    raise NotFound("rpm2_fr_public not found beside the project; pass --corpus PATH/rpm2_fr_public")


def tokens(text: str) -> list[str]:
    """ROUGE tokens: lower-cased runs of letters and digits."""
    return _TOKEN.findall(text.lower())


def _ngrams(toks: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def _f1(overlap: float, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(candidate: str, references: Sequence[str]) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of `candidate`, averaged over `references`."""
    c = tokens(candidate)
    scores = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for ref in references:
        r = tokens(ref)
        for n, key in ((1, "rouge1"), (2, "rouge2")):
            cn, rn = _ngrams(c, n), _ngrams(r, n)
            scores[key] += _f1(sum((cn & rn).values()), sum(cn.values()), sum(rn.values()))
        scores["rougeL"] += _f1(_lcs(c, r), len(c), len(r))
    return {k: v / len(references) for k, v in scores.items()}


def cut(text: str, words: int) -> str:
    """The first `words` words of `text` (the equal length budget of every system)."""
    return " ".join(text.split()[:words])


def load(corpus: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[str]]]:
    """Documents by event (cluster id, in doc id order) and the human summaries by event."""
    docs: dict[str, list[dict[str, Any]]] = {}
    with open(corpus / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs.setdefault(d["cluster_id"], []).append(d)
    refs: dict[str, list[str]] = {}
    with open(corpus / "reference_summaries.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            refs.setdefault(r["cluster_id"], []).append(r["summary"])
    for items in docs.values():
        items.sort(key=lambda d: d["doc_id"])
    return docs, refs


def articles_of(items: Sequence[dict[str, Any]]) -> list[Article]:
    """RPM2 documents as articles (body = text without the title line)."""
    return [
        Article(id=d["doc_id"], input=d["doc_id"], body=d["text"], content_hash=d["doc_id"], title=d["title"], language="fr")
        for d in items
    ]


def lead_baseline(articles: Sequence[Article], words: int) -> str:
    """The first sentences of the earliest article (RPM2 has no dates: the first document)."""
    return cut(" ".join(s.text for s in tx.sentences(articles[0].body) if not s.heading), words)


def centroid_baseline(articles: Sequence[Article], words: int) -> str:
    """Sentences closest to the TF-IDF centroid of the event, skipping near repeats, in rank order."""
    sents = [s.text for a in articles for s in tx.sentences(a.body) if not s.heading and len(s.text.split()) >= 5]
    matrix = TfidfVectorizer(token_pattern=r"(?u)\b\w\w+\b").fit_transform(sents)
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    scores = matrix @ centroid
    chosen: list[int] = []
    total = 0
    for i in np.argsort(-scores):
        if any(float((matrix[i] @ matrix[j].T).toarray()[0, 0]) > 0.6 for j in chosen):
            continue
        chosen.append(int(i))
        total += len(sents[i].split())
        if total >= words:
            break
    return cut(" ".join(sents[i] for i in chosen), words)


def recoupe_summary(articles: Sequence[Article], words: int, embedder: Embedder) -> str:
    """recoupe's cited summary of the event, without the citations, at the word budget."""
    result = compare(articles, {}, embedder, summary_words=words)
    return cut(" ".join(s.sentence for s in result.summary), words)


def evaluate(corpus: Path, words: int = 100, embedder: Embedder | None = None) -> dict[str, Any]:
    """ROUGE figures of recoupe and the two baselines over every RPM2 event.

    Returns:
        {"events": n, "words": budget, "systems": {name: {"rouge1", "rouge2", "rougeL"}}}.
    """
    embedder = embedder or get_embedder()
    docs, refs = load(corpus)
    systems = {"recoupe": recoupe_summary, "lead": None, "centroid": None}
    totals = {name: Counter[str]() for name in systems}
    for cluster, items in docs.items():
        arts = articles_of(items)
        outputs = {
            "recoupe": recoupe_summary(arts, words, embedder),
            "lead": lead_baseline(arts, words),
            "centroid": centroid_baseline(arts, words),
        }
        for name, text in outputs.items():
            totals[name].update(rouge(text, refs[cluster]))
    n = len(docs)
    return {
        "events": n,
        "words": words,
        "systems": {name: {k: round(v / n, 4) for k, v in sorted(t.items())} for name, t in totals.items()},
    }
