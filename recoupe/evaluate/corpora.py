"""The shared corpora in ../shared/corpora: HTML pages with their gold, and texts by (corpus, id).

- `load_pages` / `load_all`: every page of the extraction corpora as one frozen `Page` (HTML and
  whatever gold its corpus gives), for `recoupe eval extraction` and the cleaner's evaluation.
- `load`: the text and day of one document by (corpus, id), as gold annotation files refer to them.
"""

from __future__ import annotations

import ast
import datetime as dt
import gzip
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import lxml.html

from recoupe.errors import NotFound
from recoupe.evaluate.render import decode_page as _decode

CORPORA = ("fundus_testdata", "trafilatura_eval", "htmldate_eval", "readability_testpages", "scrapinghub_aeb")


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML page with whatever gold its corpus gives.

    A gold field is None when the corpus says nothing about it (not scored); an empty tuple of
    authors means the corpus says the page names no author. `date` is ISO 8601 as the corpus
    gives it (a day `YYYY-MM-DD`, or a full timestamp with its offset).
    """

    corpus: str
    id: str
    html: str
    url: str | None = None
    lang: str | None = None
    gold_body: str | None = None
    gold_with: tuple[str, ...] = ()
    gold_without: tuple[str, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] | None = None
    date: str | None = None


def default_corpora_dir(root: Path | None = None) -> Path:
    """`RECOUPE_CORPORA` if set, else ../shared/corpora beside the project root."""
    import os

    env = os.environ.get("RECOUPE_CORPORA")
    if env:
        return Path(env)
    root = root or Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "corpora"


def load_pages(path: Path, limit: int | None = None) -> Iterator[Page]:
    """Pages of one corpus folder, in a stable order; its name (the folder's) picks the loader."""
    name = path.name
    if name not in LOADERS:
        raise ValueError(
            f"{path} is not a known corpus folder; expected one named {', '.join(CORPORA)}"
        )
    for i, page in enumerate(LOADERS[name](path)):
        if limit is not None and i >= limit:
            return
        yield page


def load_all(base: Path, names: tuple[str, ...] = CORPORA, limit: int | None = None) -> Iterator[Page]:
    """Pages of several corpora under `base`, corpus by corpus."""
    for name in names:
        yield from load_pages(base / name, limit)


def subset(pages: list[Page], n: int) -> list[Page]:
    """`n` pages spread evenly over the list (deterministic), for quick checks and tests."""
    if n >= len(pages):
        return list(pages)
    step = len(pages) / n
    return [pages[int(i * step)] for i in range(n)]


def html_to_text(html: str) -> str:
    """Visible text of a (gold) HTML fragment, one block element per line. An XML declaration
    (`<?xml version="1.0" encoding="..."?>`, XHTML pages) is dropped: the text is already decoded,
    and lxml refuses a str that still declares an encoding."""
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html or "")
    root = lxml.html.fromstring(html or "<div></div>")
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() == "br":
                continue
            el.text = "\n" + (el.text or "")
    text = root.text_content()
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "td", "th", "section", "article", "figure", "figcaption", "header", "footer", "dd",
    "dt", "dl", "hr", "aside", "main", "nav",
}
_HTML_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _lang(declared: str | None, data: bytes) -> str | None:
    """Two-letter language: the corpus' own label, else the page's `<html lang>`."""
    if declared:
        return declared.split("-")[0].split("_")[0].lower()[:2]
    found = _HTML_LANG.search(data[:5000])
    return found.group(1).decode().lower()[:2] if found else None


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _str(value: object) -> str | None:
    """A gold string, with the empty string meaning "not given"."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def _snippets(value: object) -> tuple[str, ...]:
    # The JSONL keeps some lists as their Python repr ("['a', 'b']").
    if isinstance(value, str):
        value = ast.literal_eval(value) if value.startswith("[") else [value]
    return tuple(s for s in value if isinstance(s, str) and s.strip()) if isinstance(value, list) else ()


def _fundus(path: Path) -> Iterator[Page]:
    for rec in _jsonl(path / "articles.jsonl"):
        data = _read(path / str(rec["html_file"]))
        authors = rec.get("authors")
        yield Page(
            corpus=path.name,
            id=str(rec["id"]),
            html=_decode(data),
            url=_str(rec.get("url")),
            lang=_lang(_str(rec.get("html_lang")), data),
            gold_body=str(rec.get("body_text") or ""),
            title=_str(rec.get("title")),
            authors=tuple(str(a) for a in authors) if isinstance(authors, list) else None,
            date=_str(rec.get("publishing_date")),
        )


def _trafilatura(path: Path) -> Iterator[Page]:
    for rec in _jsonl(path / "evaldata_fr_es_en.jsonl"):
        data = _read(path / str(rec["html_file"]))
        author = _str(rec.get("author"))
        yield Page(
            corpus=path.name,
            id=Path(str(rec["html_file"])).name.removesuffix(".gz").removesuffix(".html"),
            html=_decode(data),
            url=_str(rec.get("url")),
            lang=_lang(_str(rec.get("lang_guess")), data),
            gold_with=_snippets(rec.get("with")),
            gold_without=_snippets(rec.get("without")),
            title=_str(rec.get("title")),
            # An empty author in this corpus means "not annotated", not "no author".
            authors=tuple(a.strip() for a in author.split(";")) if author else None,
            date=_str(rec.get("date")),
        )


def _htmldate(path: Path) -> Iterator[Page]:
    for rec in _jsonl(path / "dates.jsonl"):
        data = _read(path / str(rec["html_file"]))
        yield Page(
            corpus=path.name,
            id=Path(str(rec["html_file"])).name.removesuffix(".gz").removesuffix(".html"),
            html=_decode(data),
            url=_str(rec.get("url")),
            lang=_lang(_str(rec.get("html_lang")), data),
            date=_str(rec.get("gold_date")),
        )


def _readability(path: Path) -> Iterator[Page]:
    for rec in _jsonl(path / "index.jsonl"):
        folder = path / "pages" / str(rec["page"])
        data = _read(folder / "source.html")
        byline = _str(rec.get("byline"))
        yield Page(
            corpus=path.name,
            id=str(rec["page"]),
            html=_decode(data),
            lang=_lang(_str(rec.get("lang")), data),
            gold_body=html_to_text(_decode(_read(folder / "expected.html"))),
            title=_str(rec.get("title")),
            authors=(byline,) if byline else None,
            date=_str(rec.get("publishedTime")),
        )


def _aeb(path: Path) -> Iterator[Page]:
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        data = _read(path / "html" / f"{key}.html.gz")
        yield Page(
            corpus=path.name,
            id=key,
            html=_decode(data),
            url=_str(truth[key].get("url")),
            lang=_lang(None, data),
            gold_body=str(truth[key].get("articleBody") or ""),
        )


LOADERS: dict[str, Callable[[Path], Iterator[Page]]] = {
    "fundus_testdata": _fundus,
    "trafilatura_eval": _trafilatura,
    "htmldate_eval": _htmldate,
    "readability_testpages": _readability,
    "scrapinghub_aeb": _aeb,
}


# Texts of single documents by (corpus, id), for gold annotation files (they store ids, not text).
DEFAULT_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


@dataclass(frozen=True, slots=True)
class CorpusText:
    corpus: str
    id: str
    text: str
    published: dt.date | None


@cache
def _jsonl_rows(path: Path) -> tuple[dict[str, object], ...]:
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def load(corpus: str, doc_id: str, root: Path = DEFAULT_CORPORA) -> CorpusText:
    """The text and publication day of one corpus document; raises NotFound with the fix."""
    base = root / corpus
    if not base.exists():
        raise NotFound(f"{base} is missing: the gold data reads the corpora in ../shared/corpora")
    if corpus == "rpm2_fr_public":
        for row in _jsonl_rows(base / "documents.jsonl"):
            if row["doc_id"] == doc_id:
                return CorpusText(corpus, doc_id, str(row["text"]), None)  # the corpus has no dates
    elif corpus == "fundus_testdata":
        for row in _jsonl_rows(base / "articles.jsonl"):
            if row["id"] == doc_id:
                published = dt.date.fromisoformat(str(row["publishing_date"])[:10])
                return CorpusText(corpus, doc_id, str(row["body_text"]), published)
    elif corpus == "htmldate_eval":
        for row in _jsonl_rows(base / "dates.jsonl"):
            if row["html_file"] == doc_id:
                return CorpusText(corpus, doc_id, _extract(base / doc_id), dt.date.fromisoformat(str(row["gold_date"])))
    elif corpus == "trafilatura_eval":
        for row in _jsonl_rows(base / "evaldata_fr_es_en.jsonl"):
            if row["html_file"] == doc_id:
                date = row.get("date")
                day = dt.date.fromisoformat(str(date)[:10]) if date else None
                return CorpusText(corpus, doc_id, _extract(base / doc_id), day)
    elif corpus == "readability_testpages":
        for row in _jsonl_rows(base / "index.jsonl"):
            if row["page"] == doc_id:
                when = row.get("publishedTime")
                day = dt.date.fromisoformat(str(when)[:10]) if when else None
                return CorpusText(corpus, doc_id, _extract(base / "pages" / doc_id / "source.html"), day)
    raise NotFound(f"no document {doc_id!r} in corpus {corpus!r}")


@cache
def _extract(path: Path) -> str:
    import trafilatura

    data = path.read_bytes()
    html = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", errors="replace")
    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""
