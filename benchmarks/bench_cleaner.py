"""Benchmark of the plain-text cleaner on the public corpora rendered to text.

Every page with a gold body (AEB, fundus, readability) or gold snippets (trafilatura) is rendered
as a browser's select-all-and-copy would give it, cleaned with `article.text.from_text`, and scored
(AEB shingle P/R/F1; snippets for trafilatura_eval). Also scores the uncleaned rendered text, and
the fixed 40-page subset per corpus that `tests/test_cleaner_corpora.py` checks against
`floors/cleaner.json`. Prints the figures and writes benchmarks/results/cleaner.json.

    .venv/bin/python benchmarks/bench_cleaner.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from recoupe.article import langid
from recoupe.evaluate import corpora
from recoupe.evaluate.cleaner import evaluate_cleaner

NAMES = ("scrapinghub_aeb", "fundus_testdata", "readability_testpages", "trafilatura_eval")
SUBSET = 40


def main() -> None:
    base = corpora.default_corpora_dir()
    langid.detector()  # built once, not counted in the pages per second
    results: dict[str, dict[str, object]] = {"full": {}, f"subset_{SUBSET}": {}}
    for name in NAMES:
        pages = list(corpora.load_pages(base / name))
        started = time.perf_counter()
        results["full"].update(evaluate_cleaner(pages))
        print(name, f"{time.perf_counter() - started:.1f}s", results["full"][name])
        results[f"subset_{SUBSET}"].update(evaluate_cleaner(corpora.subset(pages, SUBSET)))
        print("  subset", results[f"subset_{SUBSET}"][name])
    out = Path(__file__).parent / "results" / "cleaner.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print("written", out)


if __name__ == "__main__":
    main()
