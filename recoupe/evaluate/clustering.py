"""`recoupe eval clustering`: datasets, pair-counting and B-cubed scores, recoupe against two baselines.

Pairwise precision/recall/F1 counts pairs of articles put together (the definition used with the
Miranda et al. 2018 news stream clustering benchmark); B-cubed averages per-article precision and
recall (Bagga and Baldwin 1998; Amigó et al. 2009).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from math import comb
from pathlib import Path

import numpy as np

from recoupe.embedding import Embedder, get_embedder
from recoupe.errors import RecoupeError
from recoupe.model import Article
from recoupe.stories import features
from recoupe.stories.stage import cluster_labels

LEVELS = ("event", "story")
# RPM2 spells its fields doc_id / cluster_id (an event) / topic_id (a story).
_ALIASES = {"id": ("id", "doc_id"), "event": ("event", "cluster_id"), "story": ("story", "topic_id")}


@dataclass(frozen=True, slots=True)
class Item:
    """One dataset article with its gold labels."""

    article: Article
    event: str | None
    story: str | None


@dataclass(frozen=True, slots=True)
class Scores:
    pair_p: float
    pair_r: float
    pair_f1: float
    b3_p: float
    b3_r: float
    b3_f1: float
    clusters: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[str], pred: Sequence[str]) -> Scores:
    """Pairwise and B-cubed precision, recall, F1 of `pred` labels against `gold` labels."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred must label the same items")
    cells = Counter(zip(gold, pred, strict=True))
    g_sizes, p_sizes = Counter(gold), Counter(pred)
    tp = sum(comb(n, 2) for n in cells.values())
    pred_pairs = sum(comb(n, 2) for n in p_sizes.values())
    gold_pairs = sum(comb(n, 2) for n in g_sizes.values())
    # A clustering of singletons has no pairs: precision is vacuously perfect.
    pp = tp / pred_pairs if pred_pairs else 1.0
    pr = tp / gold_pairs if gold_pairs else 1.0
    n = len(gold) or 1
    bp = sum(cells[(g, p)] / p_sizes[p] for g, p in zip(gold, pred, strict=True)) / n
    br = sum(cells[(g, p)] / g_sizes[g] for g, p in zip(gold, pred, strict=True)) / n
    return Scores(pp, pr, _f1(pp, pr), bp, br, _f1(bp, br), len(p_sizes))


def _pick(row: dict[str, object], key: str) -> object:
    for name in _ALIASES.get(key, (key,)):
        if row.get(name) not in (None, ""):
            return row[name]
    return None


def load(path: str | Path) -> list[Item]:
    """A JSONL dataset: `id`, `title`, `text`, optional `published`, `outlet`, `lang`, gold `event`/`story`."""
    path = Path(path)
    if not path.is_file():
        raise RecoupeError(f"no dataset at {path}; give a JSONL file with id, title, text, event, story")
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecoupeError(f"{path}:{n}: not JSON ({exc}); one JSON object per line") from exc
            items.append(item_from_row(row, str(path), n))
    return items


def item_from_row(row: dict[str, object], source: str, n: int) -> Item:
    """One dataset row as an Article with its gold labels."""
    text = str(row.get("text") or "")
    aid = str(_pick(row, "id") or f"{Path(source).stem}-{n}")
    published = row.get("published")
    when = datetime.fromisoformat(str(published)) if published else None
    article = Article(
        id=aid,
        input=f"{source}#{n}",
        body=text,
        content_hash=hashlib.sha256(f"{aid}\n{text}".encode()).hexdigest(),
        title=str(row["title"]) if row.get("title") else None,
        outlet=str(row["outlet"]) if row.get("outlet") else None,
        published=when,
        language=str(row.get("lang") or "fr"),
    )
    ev, st = _pick(row, "event"), _pick(row, "story")
    return Item(article, None if ev is None else str(ev), None if st is None else str(st))


DATED_GOLD = Path(__file__).parent / "gold" / "dated_stories.jsonl"
DATED = "dated-stories"  # the name `recoupe eval clustering` accepts for this built-in test set


def load_dated(corpora: Path | None = None, others: int | None = None) -> list[Item]:
    """The dated pages of fundus_testdata, htmldate_eval and trafilatura_eval with hand-read labels.

    Nearly every page is its own story; the few same-story groups (storm Ciaran, the Gaza war in
    autumn 2023, ...) were found by reading the pages. The gold file holds ids and labels only; the
    text is extracted here from the shared HTML with trafilatura. `others`: keep every grouped page
    and only this many single-page stories (a smaller set for tests), None for all.
    """
    import trafilatura

    from recoupe.evaluate.corpora import default_corpora_dir, load_pages

    base = corpora or default_corpora_dir()
    gold = {(r["corpus"], r["id"]): r for r in map(json.loads, DATED_GOLD.read_text(encoding="utf-8").splitlines())}
    sizes = Counter(r["story"] for r in gold.values())
    wanted = {k for k, r in gold.items() if sizes[r["story"]] > 1}
    singles = sorted(k for k, r in gold.items() if sizes[r["story"]] == 1)
    wanted |= set(singles if others is None else singles[:others])
    items: list[Item] = []
    for corpus in sorted({c for c, _ in wanted}):
        if not (base / corpus).is_dir():
            raise RecoupeError(f"{base / corpus} is missing: the dated test set reads the shared corpora")
        for page in load_pages(base / corpus):
            row = gold.get((corpus, page.id))
            if row is None or (corpus, page.id) not in wanted or not page.date:
                continue
            doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
            record = {
                "id": f"{corpus}/{page.id}",
                "title": getattr(doc, "title", None) or page.title,
                "text": getattr(doc, "text", None) or "",
                "published": page.date,
                "lang": page.lang or getattr(doc, "language", None) or "",
                "event": row["event"],
                "story": row["story"],
            }
            items.append(item_from_row(record, corpus, len(items) + 1))
    return items


def load_any(dataset: str) -> list[Item]:
    """A JSONL file, or the built-in dated test set by its name."""
    return load_dated() if dataset == DATED else load(dataset)


def _embeddings(items: Sequence[Item], embedder: Embedder) -> np.ndarray:
    return embedder.embed([features.embed_text(i.article) for i in items])


def tfidf_agglomerative(items: Sequence[Item], gold: Sequence[str]) -> tuple[list[str], float]:
    """Baseline: TF-IDF (stemmed terms) + average-link agglomerative clustering, cosine distance.

    The distance threshold is the best of a sweep *on the same data* (an oracle the baseline gets
    and recoupe does not); returns the labels and that threshold.
    """
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{i.article.title or ''}\n{i.article.body}" for i in items]
    lang = [i.article.language for i in items]
    analyzed = [list(features.terms(d, lg).elements()) for d, lg in zip(docs, lang, strict=True)]
    matrix = TfidfVectorizer(analyzer=lambda toks: toks, sublinear_tf=True).fit_transform(analyzed)
    # Distances computed once (sparse products), then every threshold of the sweep reuses them.
    # Texts with no terms (empty pages) are at distance 1 from everything.
    distances = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, 1.0)
    best: tuple[float, list[str], float] = (-1.0, [], 0.0)
    for t in np.arange(0.30, 1.0, 0.025):
        model = AgglomerativeClustering(
            n_clusters=None, distance_threshold=float(t), metric="precomputed", linkage="average"
        )
        labels = [str(x) for x in model.fit_predict(distances)]
        f1 = score(gold, labels).pair_f1
        if f1 > best[0]:
            best = (f1, labels, float(t))
    return best[1], best[2]


def hdbscan_labels(vectors: np.ndarray) -> list[str]:
    """Baseline: scikit-learn HDBSCAN over the same embeddings; noise points stay alone."""
    from sklearn.cluster import HDBSCAN

    vectors = np.hstack([vectors, np.full((len(vectors), 1), 1e-6, dtype=vectors.dtype)])
    labels = HDBSCAN(min_cluster_size=2, metric="cosine", algorithm="brute", copy=True).fit_predict(vectors)
    return [f"c{x}" if x >= 0 else f"noise{i}" for i, x in enumerate(labels)]


class _Memo:
    """An Embedder that remembers: recoupe and the HDBSCAN baseline embed the same texts once."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.cache: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.inner.embed(missing), strict=True))
        return np.stack([self.cache[t] for t in texts]) if texts else self.inner.embed([])


def evaluate(
    items: Sequence[Item], levels: Sequence[str] = LEVELS, embedder: Embedder | None = None
) -> dict[str, dict[str, object]]:
    """Scores of recoupe and both baselines at each level ("event", "story"), in one run."""
    for level in levels:
        if level not in LEVELS:
            raise RecoupeError(f"unknown level {level!r}; use --level event or --level story")
    emb = _Memo(embedder or get_embedder())
    placed = cluster_labels([i.article for i in items], emb)
    vectors = _embeddings(items, emb)
    out: dict[str, dict[str, object]] = {}
    for level in levels:
        keep = [n for n, i in enumerate(items) if (i.event if level == "event" else i.story) is not None]
        if not keep:
            raise RecoupeError(f"the dataset has no gold {level!r} labels (fields {_ALIASES[level]})")
        labelled = [items[n] for n in keep]
        gold = [str(i.event if level == "event" else i.story) for i in labelled]
        ours = [placed[i.article.id][0 if level == "event" else 1] for i in labelled]
        tfidf, threshold = tfidf_agglomerative(labelled, gold)
        hdb = hdbscan_labels(vectors[keep])
        out[level] = {
            "level": level,
            "articles": len(labelled),
            "gold_clusters": len(set(gold)),
            "systems": {
                "recoupe": score(gold, ours),
                "tfidf_agglomerative": score(gold, tfidf),
                "hdbscan_embeddings": score(gold, hdb),
            },
            "tfidf_threshold": round(threshold, 2),
        }
    return out
