"""Scale benchmark of the story layer: time and memory per 1,000 articles as the stream grows.

A synthetic but realistic stream: paragraphs of real articles (rpm2_fr_public texts, fundus_testdata
bodies) recombined into new articles. Each planted story owns a few paragraphs that its articles
share, plus paragraphs drawn at random; 5% of articles are trimmed copies of an earlier one
(planted duplicates); the clock advances ~1,000 articles a day. The articles go into a SQLite store
and `recoupe.stories.update_store` places them, one transaction per article, exactly as in
production. Reported at each checkpoint: seconds per 1,000 articles (over the last 1,000) and the
process's peak resident memory. Caveat: the random paragraphs come from a finite pool (~5,000 real
paragraphs), so as the stream grows they repeat and nearly every article shares passages with
earlier ones: more reuse work per article than a real stream, growing until the reuse index is at
its horizon (10,000 articles). Goal: the cost per article at 100k at most 1.5x the cost at 1k.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000 [100000] [--embedder hashing]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from recoupe import config, stories
from recoupe.embedding import get_embedder
from recoupe.evaluate.corpora import default_corpora_dir
from recoupe.model import Article
from recoupe.store import SQLiteStore

RESULTS = Path(__file__).parent / "results" / "scale.json"


def paragraphs(corpora: Path) -> list[str]:
    out = []
    for line in (corpora / "rpm2_fr_public" / "documents.jsonl").open():
        out += [p for p in json.loads(line)["text"].split("\n") if len(p.split()) >= 20]
    for line in (corpora / "fundus_testdata" / "articles.jsonl").open():
        out += [p for p in (json.loads(line).get("body_text") or "").split("\n") if len(p.split()) >= 20]
    return out


def stream(n: int, paras: list[str], rng: random.Random) -> list[Article]:
    """n articles; stories of ~2-30 articles, each active for a few days."""
    t0 = datetime(2024, 1, 1)
    arts: list[Article] = []
    open_stories: list[tuple[list[str], str]] = []
    for i in range(n):
        when = t0 + timedelta(seconds=86.4 * i)  # 1,000 articles a day
        if arts and rng.random() < 0.05:
            src = arts[rng.randrange(max(0, len(arts) - 500), len(arts))]
            body = src.body[: int(len(src.body) * rng.uniform(0.7, 1.0))]
            title = src.title
        else:
            if not open_stories or rng.random() < 0.15:
                core = rng.sample(paras, 3)
                open_stories.append((core, core[0][:80]))
                open_stories = open_stories[-200:]  # a story stops being written about
            core, title = open_stories[rng.randrange(len(open_stories))]
            body = "\n".join(rng.sample(core, 2) + rng.sample(paras, 2))
        aid = hashlib.sha256(f"{i}|{body}".encode()).hexdigest()[:16]
        arts.append(
            Article(
                id=aid,
                input=f"synthetic/{i}",
                body=body,
                content_hash=aid,
                title=title,
                published=when,
                language="fr",
            )
        )
    return arts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--embedder", default="use-multilingual-v3")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    n = max(args.sizes)
    arts = stream(n, paragraphs(default_corpora_dir()), random.Random(args.seed))
    marks: dict[int, float] = {}
    cpu: dict[int, float] = {}

    def progress(stage: str, done: int, total: int | None) -> None:
        if done % 1000 == 0:
            marks[done] = time.perf_counter()
            cpu[done] = time.process_time()
            if done in args.sizes:
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                per_k = marks[done] - marks.get(done - 1000, start)
                # CPU seconds of this process: on a shared machine, wall time measures the neighbours.
                cpu_k = cpu[done] - cpu.get(done - 1000, cpu_start)
                rows[done] = {"s_per_1000": round(per_k, 2), "cpu_s_per_1000": round(cpu_k, 2), "peak_rss_mb": round(rss, 1)}
                print(f"{done:>7} articles: {per_k:.2f} s ({cpu_k:.2f} s CPU) per 1,000, peak RSS {rss:.0f} MB", flush=True)

    rows: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "scale.db")
        store = SQLiteStore(path)
        for a in arts:
            store.add_article(a)
        embedder = get_embedder(args.embedder)
        embedder.embed(["warm up"])
        start, cpu_start = time.perf_counter(), time.process_time()
        stories.update_store(store, config.load(env={}, db=path), progress, embedder=embedder)
        total = time.perf_counter() - start
        store.close()
    first, last = min(rows), max(rows)
    result = {
        "embedder": args.embedder,
        "articles": n,
        "total_s": round(total, 1),
        "checkpoints": rows,
        "cost_ratio_last_vs_first": round(rows[last]["s_per_1000"] / rows[first]["s_per_1000"], 2),
        "cpu_ratio_last_vs_first": round(rows[last]["cpu_s_per_1000"] / rows[first]["cpu_s_per_1000"], 2),
    }
    print(json.dumps(result, indent=2))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
