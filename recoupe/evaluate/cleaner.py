"""Score the plain-text cleaner on pages it was not written for.

Each HTML page of a corpus is rendered to plain text as a browser's select-all-and-copy gives it
(`render.page_text`: menus, footers and all), the text goes through `article.text.from_text` as a
`.txt` scrape would, and the body is scored against the corpus's gold: AEB shingle P/R/F1 where
the corpus has a full gold body, trafilatura's snippet scoring where it has snippets.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from recoupe import config
from recoupe.article.text import from_text
from recoupe.errors import RejectedInput
from recoupe.evaluate import render, scoring
from recoupe.evaluate.corpora import Page
from recoupe.model import RawDocument


def clean_page(page: Page, settings: config.Settings | None = None) -> str:
    """The body the cleaner gives for a page rendered to text ("" when it rejects the page)."""
    settings = settings or config.load(env={})
    text = render.page_text(page.html)
    raw = RawDocument(input=f"{page.corpus}/{page.id}", data=text.encode("utf-8"), kind="text")
    try:
        return from_text(raw, text, settings).body
    except RejectedInput:
        return ""


def evaluate_cleaner(pages: Iterable[Page], settings: config.Settings | None = None) -> dict[str, Any]:
    """Body scores of the text cleaner per corpus, and of the uncleaned rendered text for reference.

    Returns:
        ``{corpus: {"pages", "body_precision", "body_recall", "body_f1", "raw_f1", "rejected",
        "pages_per_second"}}`` for corpora with a gold body, and snippet figures
        (``"snippet_precision"``, ``"snippet_recall"``, ``"snippet_f1"``) for those with snippets.
    """
    settings = settings or config.load(env={})
    shingle: dict[str, list[scoring.Counts]] = defaultdict(list)
    raw_shingle: dict[str, list[scoring.Counts]] = defaultdict(list)
    snippets: dict[str, list[scoring.SnippetCounts]] = defaultdict(list)
    rejected: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for page in pages:
        if page.gold_body is None and not page.gold_with:
            continue
        started = time.perf_counter()
        text = render.page_text(page.html)
        raw = RawDocument(input=f"{page.corpus}/{page.id}", data=text.encode("utf-8"), kind="text")
        try:
            body = from_text(raw, text, settings).body
        except RejectedInput:
            body = ""
            rejected[page.corpus] += 1
        seconds[page.corpus] += time.perf_counter() - started
        count[page.corpus] += 1
        if page.gold_body is not None:
            shingle[page.corpus].append(scoring.shingle_counts(page.gold_body, body))
            raw_shingle[page.corpus].append(scoring.shingle_counts(page.gold_body, text))
        else:
            snippets[page.corpus].append(scoring.snippet_counts(page.gold_with, page.gold_without, body))
    results: dict[str, Any] = {}
    for corpus in count:
        row: dict[str, Any] = {
            "pages": count[corpus],
            "rejected": rejected[corpus],
            "pages_per_second": round(count[corpus] / seconds[corpus], 2) if seconds[corpus] else None,
        }
        if shingle[corpus]:
            prf = scoring.body_prf(shingle[corpus])
            row.update(
                body_precision=round(prf.precision, 4),
                body_recall=round(prf.recall, 4),
                body_f1=round(prf.f1, 4),
                raw_f1=round(scoring.body_prf(raw_shingle[corpus]).f1, 4),
            )
        if snippets[corpus]:
            prf = scoring.snippet_prf(snippets[corpus])
            row.update(
                snippet_precision=round(prf.precision, 4),
                snippet_recall=round(prf.recall, 4),
                snippet_f1=round(prf.f1, 4),
            )
        results[corpus] = row
    return results
