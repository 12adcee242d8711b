"""Cost of resolving an article's names to identities as the store's identities grow.

The language layer maps each new article's people, places and organisations onto the identities
already known (`recoupe.language.identities.Resolver`). This measures, on the analyses of 60 real
French articles (rpm2_fr_public), the CPU time per article of that step when the store already
holds 0, 10,000 and 50,000 identities (made-up names, so that nothing matches by accident), and the
time to load the resolver. Goal: the cost per article stays flat as identities accumulate.
Then, as the API server does, one article at a time through `language.update_store` on a SQLite
store already holding 50,000 identities: the first run reads them all, later runs reuse the
resolver kept in memory (the figure that matters for posted documents). Last, the cost of storing
an identity already named by 50,000 articles when one more names it (its article list is chunked).
Run: .venv/bin/python benchmarks/bench_identities.py
"""

from __future__ import annotations

import json
import platform
import random
import tempfile
import time
from pathlib import Path

from recoupe import language
from recoupe.config import Settings
from recoupe.language.analyse import analyse_many
from recoupe.language.identities import Resolver
from recoupe.model import Article, Identity
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "rpm2_fr_public" / "documents.jsonl"
RESULTS = Path(__file__).parent / "results" / "identities.json"
SIZES = (0, 10_000, 50_000)
_SYLLABLES = ["ba", "be", "bi", "bo", "bu", "ka", "ke", "ki", "ko", "ku", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "ra", "re", "ri", "ro", "ru", "ta", "te", "ti", "to", "tu"]


def made_up(n: int, seed: int = 1) -> list[Identity]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    out = []
    for i in range(n):
        kind = rng.choice(["PER", "PER", "ORG", "LOC"])
        name = f"{word()} {word()}" if kind == "PER" else word()
        out.append(Identity(f"x{i}", name, kind, (name,), (f"a{i}",)))
    return out


def main() -> None:
    if not CORPUS.exists():
        raise SystemExit(f"missing corpus {CORPUS}: put ../shared beside the project")
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()][:60]
    articles = [Article(id=r["doc_id"], input="bench", body=r["text"], content_hash=r["doc_id"], language="fr") for r in rows]
    analysed = list(zip([a.body for a in articles], analyse_many(articles, "fr"), strict=True))
    figures: dict[str, object] = {"articles": len(analysed), "python": platform.python_version(), "sizes": {}}
    for n in SIZES:
        existing = made_up(n)
        t0 = time.process_time()
        resolver = Resolver(existing)
        t1 = time.process_time()
        for body, analysis in analysed:
            resolver.link_roles(resolver.resolve(analysis, body))
        t2 = time.process_time()
        row = {"load_s": round(t1 - t0, 3), "ms_per_article": round(1000 * (t2 - t1) / len(analysed), 2)}
        figures["sizes"][str(n)] = row  # type: ignore[index]
        print(f"{n:>6} identities: resolver load {row['load_s']:.2f} s, {row['ms_per_article']:.2f} ms per article")
    sizes = figures["sizes"]
    first, last = sizes[str(SIZES[0])], sizes[str(SIZES[-1])]  # type: ignore[index]
    figures["ratio_last_vs_first"] = round(last["ms_per_article"] / max(first["ms_per_article"], 0.01), 2)
    print(f"cost per article at {SIZES[-1]:,} identities / at {SIZES[0]}: {figures['ratio_last_vs_first']}")
    figures["one_at_a_time"] = one_at_a_time(articles[:6], made_up(SIZES[-1]))
    figures["popular_identity"] = popular_identity(50_000)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def one_at_a_time(articles: list[Article], existing: list[Identity]) -> dict[str, float]:
    """Seconds of `language.update_store` per posted article, on a store holding `existing`."""
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "bench.db"))
        with store.transaction():
            for identity in existing:
                store_docs.put_identity(store, identity)
        times = []
        for article in articles:
            store.add_article(article)
            t0 = time.process_time()
            language.update_store(store, Settings())
            times.append(time.process_time() - t0)
        store.close()
    out = {"first_s": round(times[0], 3), "next_s_mean": round(sum(times[1:]) / len(times[1:]), 3)}
    print(f"one article at a time, {len(existing):,} identities stored: first run {out['first_s']:.2f} s"
          f" (reads every identity), next runs {out['next_s_mean']:.3f} s each")
    return out


def popular_identity(n: int, repeats: int = 50) -> dict[str, float]:
    """Milliseconds to store and to read (without its articles) an identity named by `n` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "bench.db"))
        head = Identity("loc-x", "Valmonde", "LOC", ("Valmonde",))
        store_docs.put_identity(store, head, added=[f"article-{i:08d}" for i in range(n)])
        t0 = time.process_time()
        for i in range(repeats):
            with store.transaction():
                store_docs.put_identity(store, head, added=[f"new-{i}"])
        t1 = time.process_time()
        for _ in range(repeats):
            store_docs.get_identity(store, head.id, articles=False)
        t2 = time.process_time()
        store.close()
    out = {"write_ms": round(1000 * (t1 - t0) / repeats, 3), "read_head_ms": round(1000 * (t2 - t1) / repeats, 3)}
    print(f"an identity named by {n:,} articles: one more stored in {out['write_ms']:.2f} ms,"
          f" read without its articles in {out['read_head_ms']:.2f} ms")
    return out


if __name__ == "__main__":
    main()
