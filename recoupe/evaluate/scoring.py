"""Scorers for extraction: body text (shingles and snippets), title, authors and dates.

Body text is scored as the Article Extraction Benchmark (scrapinghub/article-extraction-benchmark,
evaluate.py) does: 4-word shingles of `\\w+` tokens, case kept (the benchmark's regex has
IGNORECASE but it does not lowercase, so "The" and "the" differ), TP/FP/FN counted per page with
multiplicity and normalised to sum to 1 so long pages weigh no more than short ones; precision is
averaged over pages with TP+FP > 0, recall over pages with TP+FN > 0, and F1 is computed from the
two averages (not averaged per page).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Counts:
    """Normalised true positives, false positives and false negatives of one page (sum 1 or 0)."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 over `n` scored items."""

    precision: float
    recall: float
    f1: float
    n: int


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of `n`-token shingles; a text shorter than `n` tokens is one shorter shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_counts(gold: str, predicted: str, n: int = 4) -> Counts:
    """TP/FP/FN of shingles of one page, normalised to sum to 1 (all zero when both are empty)."""
    g, p = shingles(gold, n), shingles(predicted, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return Counts(0.0, 0.0, 0.0)
    return Counts(tp / total, fp / total, fn / total)


def _precision(c: Counts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0


def _recall(c: Counts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0


def body_prf(pages: Sequence[Counts]) -> PRF:
    """Benchmark figures over pages: mean precision, mean recall, F1 of the two means."""
    precisions = [_precision(c) for c in pages if c.tp + c.fp > 0]
    recalls = [_recall(c) for c in pages if c.tp + c.fn > 0]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return PRF(p, r, _f1(p, r), len(pages))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Snippets of one page: `with` found (tp) or missed (fn), `without` found (fp)."""

    tp: int
    fn: int
    fp: int
    tn: int


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def snippet_counts(with_: Iterable[str], without: Iterable[str], predicted: str) -> SnippetCounts:
    """Trafilatura's own evaluation: which must-have and must-not-have snippets the text contains.

    Whitespace is collapsed on both sides, since extractors differ in how they join lines.
    """
    text = _squash(predicted or "")
    found_with = [(_squash(s) in text) for s in with_]
    found_without = [(_squash(s) in text) for s in without]
    return SnippetCounts(
        tp=sum(found_with),
        fn=len(found_with) - sum(found_with),
        fp=sum(found_without),
        tn=len(found_without) - sum(found_without),
    )


def snippet_prf(pages: Sequence[SnippetCounts]) -> PRF:
    """Precision and recall over all snippets of all pages (summed, as trafilatura's eval does)."""
    tp = sum(c.tp for c in pages)
    fn = sum(c.fn for c in pages)
    fp = sum(c.fp for c in pages)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return PRF(p, r, _f1(p, r), len(pages))


def norm_title(text: str | None) -> str:
    """Casefolded title with quotes, dashes and spaces unified."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`´]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb\u2033]", '"', text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.casefold().split())


def title_correct(gold: str, predicted: str | None) -> bool:
    """Same title once case, quotes, dashes and spacing are unified."""
    return norm_title(gold) == norm_title(predicted)


# Words that join names in bylines ("By A and B", "A (avec B et C)"); not part of any name.
_BYLINE_GLUE = {
    "by", "and", "with", "par", "et", "avec", "von", "und", "mit", "por", "y", "de", "da", "di", "e",
    "i", "o", "u", "the", "in",
}


def _name_tokens(names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for name in names:
        plain = unicodedata.normalize("NFKD", name.casefold())
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        out.update(t for t in _TOKEN.findall(plain) if t not in _BYLINE_GLUE and not t.isdigit())
    return out


def authors_correct(gold: Sequence[str], predicted: Sequence[str]) -> bool:
    """Same set of name words (accents, case, order and joining words ignored).

    An empty gold list is correct only when nothing is predicted.
    """
    return _name_tokens(gold) == _name_tokens(predicted)


def _parse(value: str | datetime | date | None) -> datetime | date | None:
    if value is None or isinstance(value, datetime | date):
        return value
    text = value.strip().replace(" ", "T", 1)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def date_correct(gold: str, predicted: str | datetime | date | None) -> bool:
    """Same calendar day. With both sides zoned, the prediction is read in the gold's zone."""
    g, p = _parse(gold), _parse(predicted)
    if g is None or p is None:
        return False
    if isinstance(g, datetime) and isinstance(p, datetime) and g.tzinfo and p.tzinfo:
        p = p.astimezone(g.tzinfo)
    g_day = g.date() if isinstance(g, datetime) else g
    p_day = p.date() if isinstance(p, datetime) else p
    return g_day == p_day


def accuracy(flags: Sequence[bool]) -> float | None:
    """Share of True; None when nothing was scored."""
    return sum(flags) / len(flags) if flags else None
