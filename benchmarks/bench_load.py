"""Load test on loopback: requests per second and latency percentiles of the story page and the search API
on a store of 10,000+ articles. Bounded in requests and time; writes benchmarks/results/load.json.

The store is synthetic but made of real French news text: articles are recombined from the paragraphs
of the RPM2 corpus (../shared/corpora/rpm2_fr_public), each story from one of its topic clusters, and
inserted directly through the library (the language layer would take hours on 10,000 articles), with
analyses (capitalised names as entities, «…» spans as quotes), stories, events and reuse records.
The server is the real `recoupe serve` in its own process, with the real comparison layer.

    .venv/bin/python benchmarks/bench_load.py [--articles 10000] [--requests 1000] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from recoupe import search
from recoupe.model import Analysis, Article, Entity, Event, Identity, Mention, Quote, Reuse, Story
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "rpm2_fr_public" / "documents.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "load.json"
NAME = re.compile(r"\b[A-Z][a-zéèêëàâîïôöûüç]+(?: [A-Z][a-zéèêëàâîïôöûüç]+)?")
QUOTE = re.compile(r"«[^»]{10,300}»")
OUTLETS = [f"Outlet {i:02d}" for i in range(40)]
# Eight articles per story is the size of a busy story in the example corpora.
PER_STORY = 8


def build(path: str, n_articles: int, seed: int = 7) -> tuple[list[str], list[str]]:
    """Fill a new store; returns the story ids and search words."""
    rng = random.Random(seed)
    clusters: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, list[str]] = defaultdict(list)
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        clusters[doc["cluster_id"]].extend(p for p in doc["text"].split("\n") if len(p) > 60)
        titles[doc["cluster_id"]].append(doc["title"])
    names = sorted(clusters)
    store = SQLiteStore(path)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    story_ids: list[str] = []
    identity_articles: dict[str, list[str]] = defaultdict(list)
    identity_names: dict[str, str] = {}
    with store.transaction():
        for s in range(n_articles // PER_STORY):
            cluster = names[s % len(names)]
            pool = clusters[cluster]
            day = start + timedelta(hours=rng.randrange(24 * 90))
            ids = []
            for k in range(PER_STORY):
                paragraphs = rng.sample(pool, min(len(pool), rng.randint(4, 9)))
                body = "\n\n".join(paragraphs)
                article_id = f"s{s:05d}a{k}"
                article = Article(
                    id=article_id, input=f"bench:{article_id}", body=body,
                    content_hash=hashlib.sha256(f"{article_id}{body}".encode()).hexdigest(),
                    title=rng.choice(titles[cluster]), outlet=rng.choice(OUTLETS),
                    published=day + timedelta(hours=k * 3), language="fr",
                )
                store.add_article(article)
                ids.append(article_id)
                store_docs.put_analysis(store, _analysis(article, identity_articles, identity_names))
            story_id, event_id = f"story{s:05d}", f"event{s:05d}"
            story = Story(story_id, titles[cluster][0], (event_id,), tuple(ids), day, day + timedelta(hours=21))
            store_docs.put_story(store, story)
            store_docs.put_event(store, Event(event_id, story_id, tuple(ids), day, day + timedelta(hours=21), titles[cluster][0]))
            for article_id in ids:
                store_docs.put_assignment(store, article_id, story_id, event_id)
            a, b = ids[0], ids[1]
            store_docs.put_reuse(store, Reuse(a, b, "passage", 400, 0.3))
            store_docs.put_reuse(store, Reuse(b, a, "passage", 400, 0.3))
            story_ids.append(story_id)
        for identity_id, arts in identity_articles.items():
            name = identity_names[identity_id]
            store_docs.put_identity(store, Identity(identity_id, name, "PER", (name,), tuple(dict.fromkeys(arts))))
    search.reindex(store)
    words = sorted({w for t in titles.values() for title in t for w in re.findall(r"\w{6,}", title)})
    store.close()
    return story_ids, words


def _existing(path: str) -> tuple[list[str], list[str]]:
    """Story ids and search words of a store built by an earlier run (--store)."""
    store = SQLiteStore(path)
    story_ids = sorted(s.id for s in store_docs.stories(store))
    titles = {a.title or "" for a in store.iter_articles()}
    store.close()
    return story_ids, sorted({w for t in titles for w in re.findall(r"\w{6,}", t)})


def _analysis(article: Article, identity_articles: dict[str, list[str]], identity_names: dict[str, str]) -> Analysis:
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in NAME.finditer(article.body):
        by_name[m.group()].append(Mention(m.group(), m.start(), m.end()))
    entities = []
    for name, mentions in list(by_name.items())[:12]:
        identity_id = "per-" + hashlib.sha1(name.encode()).hexdigest()[:10]
        identity_articles[identity_id].append(article.id)
        identity_names[identity_id] = name
        entities.append(Entity(identity_id, name, "PER", tuple(mentions)))
    speaker = entities[0] if entities else None
    quotes = tuple(
        Quote(m.group(), m.start(), m.end(), True, speaker.id if speaker else None, speaker.name if speaker else None)
        for m in QUOTE.finditer(article.body)
    )
    return Analysis(article.id, tuple(entities), quotes)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hammer(base: str, paths: list[str], requests: int, concurrency: int, max_seconds: float) -> dict[str, float]:
    """Send `requests` GETs (cycling over `paths`) from `concurrency` threads; latency figures in ms."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t0 = time.perf_counter()
                try:
                    ok = client.get(paths[i % len(paths)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(elapsed)
                    errors += not ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {
        "requests": len(latencies), "errors": errors, "seconds": round(wall, 2),
        "rps": round(len(latencies) / wall, 1), "p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99),
        "max_ms": round(latencies[-1], 1), "mean_ms": round(statistics.fmean(latencies), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=1000, help="Requests per endpoint.")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--stories", type=int, default=100, help="Distinct story pages requested.")
    parser.add_argument("--max-seconds", type=float, default=120, help="Time bound per endpoint.")
    parser.add_argument("--store", help="Keep the built store in this file, and reuse it when it exists.")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing: the benchmark recombines that corpus (../shared beside the project)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or os.path.join(tmp, "load.db")
        t0 = time.perf_counter()
        if args.store and os.path.exists(args.store):
            story_ids, words = _existing(args.store)
        else:
            story_ids, words = build(db, args.articles)
        build_s = time.perf_counter() - t0
        print(f"store: {args.articles} articles, {len(story_ids)} stories, built in {build_s:.1f} s")
        port = free_port()
        env = {**os.environ, "RECOUPE_API_TOKEN": "bench"}
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("recoupe")), "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(base + "/api/v1/articles?limit=1", timeout=2)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        sys.exit("the server did not start: " + (server.stderr.read().decode()[-2000:] if server.stderr else ""))
                    time.sleep(0.2)
            rng = random.Random(1)
            sample = rng.sample(story_ids, min(args.stories, len(story_ids)))
            story_paths = [f"/stories/{s}" for s in sample]
            # First visit of each story computes its comparison report (then cached): measured apart.
            cold = hammer(base, story_paths, len(story_paths), 1, 600)
            print(f"story page, first visits: {cold}")
            story = hammer(base, story_paths, args.requests, args.concurrency, args.max_seconds)
            print(f"story page: {story}")
            search_paths = [f"/api/v1/search?q={w}" for w in rng.sample(words, min(200, len(words)))]
            found = hammer(base, search_paths, args.requests, args.concurrency, args.max_seconds)
            print(f"search API: {found}")
            # The front page's first visit compares its 30 stories (their contradiction badges).
            front_cold = hammer(base, ["/"], 1, 1, 600)
            print(f"front page, first visit: {front_cold}")
            front = hammer(base, ["/"], min(500, args.requests), args.concurrency, args.max_seconds)
            print(f"front page: {front}")
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)
    result = {
        "articles": args.articles, "stories": len(story_ids), "concurrency": args.concurrency,
        "build_seconds": round(build_s, 1), "story_page_first_visit": cold, "story_page": story,
        "search_api": found, "front_page_first_visit": front_cold, "front_page": front, "goal": "story page p99 < 200 ms",
        "goal_met": story["p99_ms"] < 200, "machine": f"{os.cpu_count()} cores",
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
