"""`recoupe eval extraction`: recoupe's HTML path against bare trafilatura and htmldate, same pages, same run.

Systems scored on each page:
- `recoupe`: `recoupe.article.html.from_html`, what `recoupe ingest` does with a page;
- `trafilatura`: bare `trafilatura.bare_extraction` with its defaults and metadata;
- `htmldate`: bare `htmldate.find_date` (original date), dates only;
- `cleaner`: the plain-text cleaner (`recoupe.article.text.from_text`) on the page rendered as a
  browser's select-all-and-copy (`recoupe.evaluate.render.page_text`), scored on the same gold.
Bodies are scored with shingles where the corpus has a full gold text, with snippets otherwise.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from recoupe.config import Settings
from recoupe.errors import RecoupeError
from recoupe.evaluate import scoring
from recoupe.evaluate.corpora import Page
from recoupe.model import RawDocument
from recoupe.progress import Progress, silent

SYSTEMS = ("recoupe", "trafilatura", "htmldate", "cleaner")


@dataclass(frozen=True, slots=True)
class Output:
    """What one system made of one page (None: the system does not give that field)."""

    body: str | None = None
    title: str | None = None
    authors: tuple[str, ...] | None = None
    date: str | datetime | date | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """Figures of one system on one group of pages (a corpus, or one language of a corpus)."""

    corpus: str
    lang: str
    system: str
    pages: int
    body: scoring.PRF | None = None
    body_kind: str = "shingles"
    title: float | None = None
    authors: float | None = None
    date: float | None = None
    errors: int = 0
    seconds: float = 0.0


@dataclass
class _Acc:
    body: list[scoring.Counts] = field(default_factory=list)
    snippets: list[scoring.SnippetCounts] = field(default_factory=list)
    title: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    pages: int = 0
    errors: int = 0
    seconds: float = 0.0


def recoupe_system(settings: Settings) -> Callable[[Page], Output]:
    """recoupe's HTML path on a page (a rejected page yields an empty body)."""
    from recoupe.article import html as html_path

    def run(page: Page) -> Output:
        raw = RawDocument(input=f"{page.corpus}/{page.id}", data=page.html.encode("utf-8"), kind="html", url=page.url)
        try:
            art = html_path.from_html(raw, page.html, settings)
        except RecoupeError as exc:
            return Output(body="", authors=(), error=str(exc))
        return Output(art.body, art.title, art.authors, art.published)

    return run


def trafilatura_system(page: Page) -> Output:
    """Bare trafilatura, defaults, metadata on."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return Output(body="", authors=())
    author = getattr(doc, "author", None) or ""
    return Output(
        getattr(doc, "text", None) or "",
        getattr(doc, "title", None),
        tuple(a.strip() for a in author.split(";") if a.strip()),
        getattr(doc, "date", None),
    )


def htmldate_system(page: Page) -> Output:
    """Bare htmldate: the original publication date."""
    from htmldate import find_date

    return Output(date=find_date(page.html, url=page.url, original_date=True))


def cleaner_system(settings: Settings) -> Callable[[Page], Output] | None:
    """The plain-text cleaner on the rendered page, or None while it is not written yet."""
    try:
        from recoupe.article import text as text_path
        from recoupe.evaluate.render import page_text
    except ImportError:
        return None
    probe = RawDocument(input="probe.txt", data=b"Probe.", kind="text")
    try:
        text_path.from_text(probe, "Une phrase assez longue pour servir de test au nettoyeur.", settings)
    except NotImplementedError:
        return None
    except RecoupeError:
        pass

    def run(page: Page) -> Output:
        rendered = page_text(page.html)
        raw = RawDocument(input=f"{page.corpus}/{page.id}.txt", data=rendered.encode("utf-8"), kind="text", url=page.url)
        try:
            art = text_path.from_text(raw, rendered, settings)
        except RecoupeError as exc:
            return Output(body="", authors=(), error=str(exc))
        return Output(art.body, art.title, art.authors, art.published)

    return run


def systems(settings: Settings, names: Sequence[str] = SYSTEMS) -> dict[str, Callable[[Page], Output]]:
    """The runnable systems among `names` (the cleaner is left out until it exists)."""
    out: dict[str, Callable[[Page], Output]] = {}
    for name in names:
        if name == "recoupe":
            out[name] = recoupe_system(settings)
        elif name == "trafilatura":
            out[name] = trafilatura_system
        elif name == "htmldate":
            out[name] = htmldate_system
        elif name == "cleaner":
            cleaner = cleaner_system(settings)
            if cleaner is not None:
                out[name] = cleaner
        else:
            raise ValueError(f"unknown system {name!r}; choose among {', '.join(SYSTEMS)}")
    return out


def _score_page(page: Page, out: Output, acc: _Acc) -> None:
    acc.pages += 1
    acc.errors += out.error is not None
    if out.body is not None:
        if page.gold_body is not None:
            acc.body.append(scoring.shingle_counts(page.gold_body, out.body))
        elif page.gold_with or page.gold_without:
            acc.snippets.append(scoring.snippet_counts(page.gold_with, page.gold_without, out.body))
    if page.title is not None and (out.body is not None or out.title is not None):
        acc.title.append(scoring.title_correct(page.title, out.title))
    if page.authors is not None and out.authors is not None:
        acc.authors.append(scoring.authors_correct(page.authors, out.authors))
    if page.date is not None:  # every system gives dates; None is a miss
        acc.date.append(scoring.date_correct(page.date, out.date))


def evaluate(
    pages: Iterable[Page],
    runners: dict[str, Callable[[Page], Output]],
    total: int | None = None,
    progress: Progress = silent,
) -> list[Score]:
    """Run every system on every page and score it, per corpus and per language of each corpus.

    Args:
        pages: Pages with gold (from `recoupe.evaluate.corpora`).
        runners: System name to function, from `systems`.
        total: Number of pages, for the progress display.
        progress: Progress callback.

    Returns:
        Scores for (corpus, "all") and (corpus, language) groups, for every system.
    """
    accs: dict[tuple[str, str, str], _Acc] = defaultdict(_Acc)
    for done, page in enumerate(pages, 1):
        for name, run in runners.items():
            started = time.perf_counter()
            try:
                out = run(page)
            except Exception as exc:  # a crash on one page is a scored failure, not the end of the run
                out = Output(body="", authors=(), error=f"{type(exc).__name__}: {exc}")
            spent = time.perf_counter() - started
            for lang in ("all", page.lang or "unknown"):
                acc = accs[(page.corpus, lang, name)]
                acc.seconds += spent
                _score_page(page, out, acc)
        progress("extraction", done, total)
    return [_finish(key, acc) for key, acc in sorted(accs.items(), key=_order)]


def _order(item: tuple[tuple[str, str, str], _Acc]) -> tuple[str, int, int, str, int]:
    (corpus, lang, system), acc = item
    rank = SYSTEMS.index(system) if system in SYSTEMS else len(SYSTEMS)
    return (corpus, lang != "all", -acc.pages, lang, rank)


def _finish(key: tuple[str, str, str], acc: _Acc) -> Score:
    corpus, lang, system = key
    body: scoring.PRF | None = None
    kind = "shingles"
    if acc.body:
        body = scoring.body_prf(acc.body)
    elif acc.snippets:
        body, kind = scoring.snippet_prf(acc.snippets), "snippets"
    return Score(
        corpus=corpus,
        lang=lang,
        system=system,
        pages=acc.pages,
        body=body,
        body_kind=kind,
        title=scoring.accuracy(acc.title),
        authors=scoring.accuracy(acc.authors),
        date=scoring.accuracy(acc.date),
        errors=acc.errors,
        seconds=acc.seconds,
    )


def figures(scores: Iterable[Score]) -> dict[str, dict[str, float]]:
    """Flat figures for floors and JSON: "corpus/lang/system" to {body_f1, title, ...}."""
    out: dict[str, dict[str, float]] = {}
    for s in scores:
        row: dict[str, float] = {"pages": s.pages}
        if s.body is not None:
            row.update(body_precision=s.body.precision, body_recall=s.body.recall, body_f1=s.body.f1)
        for name in ("title", "authors", "date"):
            value = getattr(s, name)
            if value is not None:
                row[name] = value
        out[f"{s.corpus}/{s.lang}/{s.system}"] = {k: round(v, 4) for k, v in row.items()}
    return out
