"""Scale benchmark of the story layer: time and memory per 1,000 articles as the stream grows.

A synthetic but realistic stream recombined from real articles (rpm2_fr_public texts,
fundus_testdata and scrapinghub_aeb bodies), each article in one language (French, German or
English). Each planted story owns 3 real paragraphs (its wire dispatch) that its articles share;
the rest of each article is filler: sentences made of the head of one real sentence and the tail of
another, so filler text repeats rarely (as in a real stream) instead of every article sharing
passages with every other. 5% of articles are trimmed copies of a recent one (planted duplicates);
the clock advances ~1,000 articles a day. The articles go into a SQLite store and
`recoupe.stories.update_store` places them, one transaction per article, exactly as in production.
Reported at each checkpoint: wall and CPU seconds per 1,000 articles (over the last 1,000), the CPU
seconds of each stage over those 1,000 (features, reuse, clustering, persistence) and the process's
peak resident memory (only the last 500 generated articles are kept by the generator). The first
checkpoint also pays the run's start (ordering the stored articles): it is reported apart
("start_cpu_s"), with the ratios with and without it and the ratio of the four stages' sums. After
the timed run, the stories found are scored against the planted ones (pairwise and B-cubed F1):
the bounds that keep the work flat must not cost quality. The result file is rewritten at every
checkpoint ("complete": false until the run ends).
Goal: the cost per article at 100k at most 1.5x the cost at 1k.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000 [100000] [--embedder hashing]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import resource
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from recoupe import config, stories
from recoupe.article import langid
from recoupe.embedding import get_embedder
from recoupe.evaluate import clustering
from recoupe.evaluate.corpora import default_corpora_dir
from recoupe.model import Article
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs
from recoupe.stories import features, persist
from recoupe.stories.cluster import Clusterer
from recoupe.stories.reuse import ReuseIndex

RESULTS = Path(__file__).parent / "results" / "scale.json"


_SENTENCE = re.compile(r"(?<=[.!?»\"])\s+(?=[A-ZÀ-ÖØ-Þ«\"])")


def texts(corpora: Path) -> list[tuple[str, str]]:
    """(language, body) of real articles: rpm2_fr_public, fundus_testdata and scrapinghub_aeb."""
    out = [
        ("fr", json.loads(line)["text"]) for line in (corpora / "rpm2_fr_public" / "documents.jsonl").open()
    ]
    bodies = [
        json.loads(line).get("body_text") or ""
        for line in (corpora / "fundus_testdata" / "articles.jsonl").open()
    ]
    truth = corpora / "scrapinghub_aeb" / "ground-truth.json"
    if truth.exists():
        bodies += [v.get("articleBody") or "" for v in json.loads(truth.read_text()).values()]
    return out + [(langid.detect(b) or "", b) for b in bodies]


def pools(
    bodies: list[tuple[str, str]], min_sentences: int = 1000
) -> dict[str, tuple[list[str], list[list[str]]]]:
    """language -> (paragraphs of 20+ words, sentences of 8-60 words as word lists), no repeats.

    Only languages with `min_sentences` sentences are kept (French, German, English), so that an
    article is written in one language.
    """
    paras: dict[str, dict[str, None]] = {}
    sents: dict[str, dict[str, None]] = {}
    for lang, body in bodies:
        for p in body.split("\n"):
            if len(p.split()) >= 20:
                paras.setdefault(lang, {})[p] = None
            for s in _SENTENCE.split(p):
                if 8 <= len(s.split()) <= 60:
                    sents.setdefault(lang, {})[s.strip()] = None
    return {
        lang: (list(paras.get(lang, {})), [s.split() for s in sents[lang]])
        for lang in sorted(sents)
        if lang and len(sents[lang]) >= min_sentences and paras.get(lang)
    }


class Cycle:
    """Draws from a pool without replacement, reshuffled at each pass: a paragraph comes back only
    after the whole pool has been used (~13,000 articles later, past the reuse index's horizon)."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.pool, self.rng, self.queue = pool, rng, list[str]()

    def take(self, k: int) -> list[str]:
        out = []
        for _ in range(k):
            if not self.queue:
                self.queue = self.rng.sample(self.pool, len(self.pool))
            out.append(self.queue.pop())
        return out


def filler(sents: list[list[str]], rng: random.Random, n: int = 3) -> str:
    """A paragraph of `n` sentences, each the head of one real sentence and the tail of another:
    real vocabulary and phrasing, but ~400 million possible sentences, so filler repeats rarely
    (a shared half-sentence is under the 15 words that count as reuse)."""
    out = []
    for _ in range(n):
        a, b = rng.choice(sents), rng.choice(sents)
        head = a[: max(4, int(len(a) * rng.uniform(0.3, 0.7)))]
        tail = b[int(len(b) * rng.uniform(0.3, 0.7)) :]
        out.append(" ".join(head + tail))
    return " ".join(out)


def stream(
    n: int,
    pool: dict[str, tuple[list[str], list[list[str]]]],
    rng: random.Random,
    labels: dict[str, str] | None = None,
) -> Iterator[Article]:
    """n articles; stories of ~2-30 articles, each active for a day or two (~1,300 articles).

    A planted story owns 3 real paragraphs of one language (its "wire dispatch"); each of its
    articles takes 2 of them plus 2 filler paragraphs of its own in the same language. 5% of articles are trimmed copies of one of the last
    500 (planted duplicates). Only the last 500 articles are kept in memory. `labels`, when given,
    receives each article's planted story (a duplicate's is its original's): the gold of the
    story-level quality printed at the end.
    """
    t0 = datetime(2024, 1, 1)
    recent: deque[Article] = deque(maxlen=500)
    open_stories: list[tuple[list[str], str, str, str]] = []
    label = ""
    langs = list(pool)
    sizes = [len(pool[lang][0]) for lang in langs]
    cores = {lang: Cycle(pool[lang][0], rng) for lang in langs}
    for i in range(n):
        when = t0 + timedelta(seconds=86.4 * i)  # 1,000 articles a day
        if recent and rng.random() < 0.05:
            src = recent[rng.randrange(len(recent))]
            body = src.body[: int(len(src.body) * rng.uniform(0.7, 1.0))]
            title, lang = src.title, src.language or "fr"
            label = labels.get(src.id, "") if labels is not None else ""
        else:
            if not open_stories or rng.random() < 0.15:
                lang = rng.choices(langs, sizes)[0]
                core = cores[lang].take(3)
                open_stories.append((core, core[0][:80], lang, f"p{i}"))
                open_stories = open_stories[-200:]  # a story stops being written about
            core, title, lang, label = open_stories[rng.randrange(len(open_stories))]
            sents = pool[lang][1]
            body = "\n".join(rng.sample(core, 2) + [filler(sents, rng), filler(sents, rng)])
        aid = hashlib.sha256(f"{i}|{body}".encode()).hexdigest()[:16]
        article = Article(
            id=aid,
            input=f"synthetic/{i}",
            body=body,
            content_hash=aid,
            title=title,
            published=when,
            language=lang,
        )
        recent.append(article)
        if labels is not None:
            labels[aid] = label
        yield article


# Stages timed separately (CPU seconds), to name the part that grows.
STAGES = (
    ("features", features, "build"),
    ("reuse", ReuseIndex, "add"),
    ("clustering", Clusterer, "place"),
    ("persistence", persist, "write"),
)


def timed(name: str, fn: Callable[..., Any], spent: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - t

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--embedder", default="use-multilingual-v3")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the JSON result goes")
    args = parser.parse_args()
    n = max(args.sizes)
    pool = pools(texts(default_corpora_dir()))
    marks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    spent: dict[str, float] = {}  # stage -> CPU seconds so far
    spent_at: dict[int, dict[str, float]] = {}
    for name, owner, attr in STAGES:
        setattr(owner, attr, timed(name, getattr(owner, attr), spent))

    def progress(stage: str, done: int, total: int | None) -> None:
        if done == 1:  # the run's start (ordering the stored articles, restoring the state) is over
            started.append(time.process_time() - cpu_start)
        if done % 1000 == 0:
            spent_at[done] = dict(spent)
            marks[done] = time.perf_counter()
            cpu[done] = time.process_time()
            if done in args.sizes:
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                per_k = marks[done] - marks.get(done - 1000, start)
                # CPU seconds of this process: on a shared machine, wall time measures the neighbours.
                cpu_k = cpu[done] - cpu.get(done - 1000, cpu_start)
                rows[done] = {
                    "s_per_1000": round(per_k, 2),
                    "cpu_s_per_1000": round(cpu_k, 2),
                    # The first 1,000 also pay the run's start, which a stream placed as it
                    # arrives does not pay per article: without it, the same 1,000 articles.
                    "cpu_s_per_1000_without_start": round(cpu_k - (started[0] if done == 1000 else 0.0), 2),
                    "peak_rss_mb": round(rss, 1),
                    # CPU seconds of each stage over the same 1,000 articles.
                    "stages_cpu_s": {k: round(v - spent_at.get(done - 1000, {}).get(k, 0.0), 2) for k, v in spent.items()},
                }
                print(
                    f"{done:>7} articles: {per_k:.2f} s ({cpu_k:.2f} s CPU) per 1,000, peak RSS {rss:.0f} MB",
                    flush=True,
                )
                # Written at every checkpoint: a long run stopped early keeps what it measured.
                write(summary(rows, None), args.out)

    rows: dict[int, dict[str, Any]] = {}
    started: list[float] = []  # CPU seconds of the run's start

    def summary(rows: dict[int, dict[str, Any]], total: float | None) -> dict[str, object]:
        """The result so far; `total` None while the run goes on ("complete": false)."""
        first, last = min(rows), max(rows)
        return {
            "embedder": args.embedder,
            "articles": n,
            "complete": total is not None,
            "total_s": None if total is None else round(total, 1),
            "checkpoints": rows,
            "cost_ratio_last_vs_first": round(rows[last]["s_per_1000"] / rows[first]["s_per_1000"], 2),
            "cpu_ratio_last_vs_first": round(rows[last]["cpu_s_per_1000"] / rows[first]["cpu_s_per_1000"], 2),
            "start_cpu_s": round(started[0], 2) if started else None,
            "cpu_ratio_without_start": round(
                rows[last]["cpu_s_per_1000_without_start"] / rows[first]["cpu_s_per_1000_without_start"], 2
            ),
            # The four stages only (features, reuse, clustering, persistence): the honest ratio.
            "stage_sum_ratio_last_vs_first": round(
                sum(rows[last]["stages_cpu_s"].values()) / sum(rows[first]["stages_cpu_s"].values()), 2
            ),
        }

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "scale.db")
        store = SQLiteStore(path)
        labels: dict[str, str] = {}
        for a in stream(n, pool, random.Random(args.seed), labels):
            store.add_article(a)
        embedder = get_embedder(args.embedder)
        embedder.embed(["warm up"])
        start, cpu_start = time.perf_counter(), time.process_time()
        stories.update_store(store, config.load(env={}, db=path), progress, embedder=embedder)
        total = time.perf_counter() - start
        quality = story_quality(store, labels)  # after the timed run
        store.close()
    result = {**summary(rows, total), "story_quality": quality}
    print(f"story level on the planted stories: {quality}")
    print(json.dumps(result, indent=2))
    write(result, args.out)


def story_quality(store: SQLiteStore, labels: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed F1 of the stories found against the planted ones, to compare settings
    on one stream (the bounds that keep the work per article flat: candidates, postings, idle
    clusters). Not an absolute figure: a planted story's paragraphs come from real articles of
    any topic, and every French one from the 12 real stories of RPM2, so planted stories share
    topics and names, and finding fewer, larger stories is partly right."""
    ids = sorted(labels)
    found = [(store_docs.get_assignment(store, aid) or {}).get("story_id") or f"none-{aid}" for aid in ids]
    s = clustering.score([labels[aid] for aid in ids], found)
    return {
        "pair_p": round(s.pair_p, 4),
        "pair_r": round(s.pair_r, 4),
        "pair_f1": round(s.pair_f1, 4),
        "b3_f1": round(s.b3_f1, 4),
        "stories_found": s.clusters,
        "stories_planted": len(set(labels.values())),
        "largest_story_found": max(Counter(found).values()),
        "largest_story_planted": max(Counter(labels.values()).values()),
    }


def write(result: dict[str, object], out: Path) -> None:
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
