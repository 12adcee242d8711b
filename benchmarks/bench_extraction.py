"""Benchmark: pages per second of recoupe's HTML extraction against bare trafilatura, same pages.

recoupe runs `article.html.from_html` (two trafilatura runs, the page's declared metadata, its
fixes, language); bare trafilatura runs `bare_extraction(..., with_metadata=True)` once. Both get
the same pages (PER_CORPUS spread evenly over each corpus), best of ROUNDS timings. Prints the
figures and writes benchmarks/results/extraction.json. Not a test: nothing is asserted.

    .venv/bin/python benchmarks/bench_extraction.py
"""

from __future__ import annotations

import contextlib
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from recoupe.article import html, langid
from recoupe.config import Settings
from recoupe.errors import RecoupeError
from recoupe.evaluate import corpora
from recoupe.model import RawDocument

PER_CORPUS = 30
ROUNDS = 2
OUT = Path(__file__).resolve().parent / "results" / "extraction.json"


def _recoupe(settings: Settings) -> Callable[[corpora.Page], None]:
    def run(page: corpora.Page) -> None:
        raw = RawDocument(input=page.id, data=page.html.encode("utf-8"), kind="html", url=page.url)
        with contextlib.suppress(RecoupeError):  # a rejected page costs its time too
            html.from_html(raw, page.html, settings)

    return run


def _trafilatura(page: corpora.Page) -> None:
    trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)


def _best_seconds(run: Callable[[corpora.Page], None], pages: list[corpora.Page]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for page in pages:
            run(page)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    base = corpora.default_corpora_dir()
    pages: list[corpora.Page] = []
    for name in corpora.CORPORA:
        pages.extend(corpora.subset(list(corpora.load_pages(base / name)), PER_CORPUS))
    langid.detector()  # built once per process, not counted
    settings = Settings()
    ours = _best_seconds(_recoupe(settings), pages)
    theirs = _best_seconds(_trafilatura, pages)
    result = {
        "pages": len(pages),
        "megabytes": round(sum(len(p.html.encode("utf-8")) for p in pages) / 1e6, 1),
        "recoupe_pages_per_second": round(len(pages) / ours, 2),
        "trafilatura_pages_per_second": round(len(pages) / theirs, 2),
        "recoupe_to_trafilatura_time_ratio": round(ours / theirs, 2),
        "rounds": ROUNDS,
        "python": platform.python_version(),
        "trafilatura": trafilatura.__version__,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key:36} {value}")


if __name__ == "__main__":
    main()
