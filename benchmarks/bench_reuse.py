"""Benchmark of text reuse: recoupe's two-level LSH + alignment against plain datasketch MinHash LSH.

The stream: real articles (rpm2_fr_public texts and fundus_testdata bodies) in a fixed shuffled
order, with planted reuse of two kinds:
- duplicates: a copy of an earlier article, trimmed to 60-90% of its paragraphs, sometimes with a
  new opening line and a few words changed (what syndication does);
- passages: one or two paragraphs of an earlier article pasted into an article whose other text
  appears nowhere else in the stream (a rewrite that keeps a wire paragraph).
Recall counts planted pairs found (and with the right kind, for recoupe). Precision counts reported
pairs that really share a run of 15+ words, checked by exact alignment of that pair. The baseline
indexes whole documents at one Jaccard threshold (0.5), the usual near-duplicate setting.

    .venv/bin/python benchmarks/bench_reuse.py [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from difflib import SequenceMatcher
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from recoupe.evaluate.corpora import default_corpora_dir
from recoupe.stories.reuse import ReuseIndex
from recoupe.stories.shingles import shingles, tokenize

RESULTS = Path(__file__).parent / "results" / "reuse.json"


def base_texts(corpora: Path) -> list[str]:
    rows = [json.loads(x) for x in (corpora / "rpm2_fr_public" / "documents.jsonl").open()]
    texts = [r["text"] for r in rows]
    for line in (corpora / "fundus_testdata" / "articles.jsonl").open():
        body = json.loads(line).get("body_text") or ""
        if len(body.split()) > 150:
            texts.append(body)
    return texts


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def build_stream(texts: list[str], rng: random.Random) -> tuple[list[tuple[str, str]], dict[tuple[str, str], str]]:
    """(id, text) in stream order and the planted gold {(later, earlier): kind}."""
    rng.shuffle(texts)
    fillers = texts[-80:]  # text that appears only inside planted passage articles
    stream = [(f"a{i:04d}", t) for i, t in enumerate(texts[:-80])]
    gold: dict[tuple[str, str], str] = {}
    for n in range(80):
        src_id, src = stream[rng.randrange(len(stream))]
        if n % 2 == 0:
            paras = paragraphs(src)
            keep = max(1, int(len(paras) * rng.uniform(0.6, 0.9)))
            words = "\n".join(paras[:keep]).split(" ")
            for _ in range(3):  # a few edited words
                words[rng.randrange(len(words))] = "modifié"
            copy = ("Avec agences.\n" if n % 4 == 0 else "") + " ".join(words)
            kind = "duplicate"
        else:
            candidates = [p for p in paragraphs(src) if len(p.split()) >= 40] or [src[:600]]
            pasted = "\n".join(rng.sample(candidates, min(len(candidates), rng.choice([1, 2]))))
            filler = paragraphs(fillers[n // 2 % len(fillers)])
            cut = len(filler) // 2
            copy = "\n".join(filler[:cut] + [pasted] + filler[cut:])
            kind = "passage"
        new_id = f"p{n:03d}"
        position = rng.randrange(stream.index((src_id, src)) + 1, len(stream) + 1)
        stream.insert(position, (new_id, copy))
        gold[(new_id, src_id)] = kind
    return stream, gold


def really_shared(a: str, b: str) -> bool:
    """Ground truth for precision: a run of at least 15 identical words."""
    x, y = tokenize(a).words, tokenize(b).words
    return any(m.size >= 15 for m in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())


def run_recoupe(stream: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], str], float]:
    texts = dict(stream)
    index = ReuseIndex(texts.__getitem__)
    found: dict[tuple[str, str], str] = {}
    start = time.perf_counter()
    for aid, text in stream:
        for r in index.add(aid, text):
            if r.article_id == aid:
                found[(aid, r.other_id)] = r.kind
    return found, time.perf_counter() - start


def run_plain(stream: list[tuple[str, str]], threshold: float = 0.5) -> tuple[dict[tuple[str, str], str], float]:
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    found: dict[tuple[str, str], str] = {}
    start = time.perf_counter()
    for aid, text in stream:
        mh = MinHash(num_perm=128)
        mh.update_batch([s.encode("utf-8") for s in shingles(tokenize(text).words)])
        for other in lsh.query(mh):
            found[(aid, other)] = "duplicate"
        lsh.insert(aid, mh)
    return found, time.perf_counter() - start


def scores(
    found: dict[tuple[str, str], str], gold: dict[tuple[str, str], str], texts: dict[str, str], kinds: bool
) -> dict[str, float]:
    out: dict[str, float] = {}
    for kind in ("duplicate", "passage"):
        planted = [k for k, v in gold.items() if v == kind]
        hit = [k for k in planted if k in found and (not kinds or found[k] == kind)]
        out[f"{kind}_recall"] = round(len(hit) / len(planted), 3)
    true = sum(1 for (a, b) in found if (a, b) in gold or really_shared(texts[a], texts[b]))
    out["precision"] = round(true / len(found), 3) if found else 1.0
    out["pairs_reported"] = len(found)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    stream, gold = build_stream(base_texts(default_corpora_dir()), random.Random(args.seed))
    texts = dict(stream)
    ours, t_ours = run_recoupe(stream)
    plain, t_plain = run_plain(stream)
    result = {
        "articles": len(stream),
        "planted": {k: sum(1 for v in gold.values() if v == k) for k in ("duplicate", "passage")},
        "recoupe": scores(ours, gold, texts, kinds=True) | {"articles_per_s": round(len(stream) / t_ours, 1)},
        "plain_lsh_0.5": scores(plain, gold, texts, kinds=False) | {"articles_per_s": round(len(stream) / t_plain, 1)},
    }
    print(json.dumps(result, indent=2))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
