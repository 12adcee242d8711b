"""Scorer for `recoupe eval figures` on gold annotated by reading (gold/figures_*.jsonl).

A gold figure is an exact substring of the article text (`text`, from its qualifier through the
number: `plus de 300`, `1,5 million`, `30 %`), its value as written and the head noun of what it
counts (`what`, null when the text names nothing). Items are listed in text order; each is located
as the first occurrence after the previous item (so a repeated string is found in order).

A predicted figure matches a gold one when their character spans overlap with Dice >= 0.5, one to
one, best overlap first (the same rule as quotes). On matched pairs, the value is right when it is
within 1% of the gold value, and `what` is right when the gold head noun, accent- and case-folded,
occurs as a word in the predicted `what` (scored only where the gold `what` is not null).

The peer is plain number spotting: `text_to_num.alpha2digit` over the text, then every run of
digits, its value read from the digits and nothing counted (what = null).
"""

from __future__ import annotations

import bisect
import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from recoupe.errors import RecoupeError
from recoupe.evaluate import corpora
from recoupe.evaluate.language import _published, language, match_spans
from recoupe.language.names import fold

# Gold sets: "dev" (rules may be developed on it); "heldout" is never read for tuning.
GOLD_FILES = {"dev": ("figures_dev.jsonl",), "heldout": ("figures_heldout.jsonl",)}

# Largest relative difference between a predicted and the gold value for a right value.
VALUE_TOLERANCE = 0.01

SYSTEMS = ("recoupe", "alpha2digit")


@dataclass(frozen=True, slots=True)
class Item:
    """One figure on the article text: gold or predicted."""

    start: int
    end: int
    value: float | None
    what: str | None
    text: str = ""


def gold_entries(gold: str = "dev") -> list[dict[str, Any]]:
    """The annotated articles of a figures gold set (a file's `_about` line is skipped)."""
    if gold not in GOLD_FILES:
        raise RecoupeError(f"unknown figures gold set {gold!r}: choose one of {', '.join(GOLD_FILES)}")
    rows: list[dict[str, Any]] = []
    for name in GOLD_FILES[gold]:
        path = resources.files("recoupe.evaluate").joinpath(f"gold/{name}")
        if not path.is_file():
            raise RecoupeError(f"no gold file {name} yet: the {gold!r} figures gold is not written")
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in rows if "corpus" in r]


def locate(text: str, figures: Sequence[dict[str, Any]], article_id: str = "") -> list[Item]:
    """Gold items on the text, in order: each at its first occurrence after the previous item's
    end (or, failing that, at or after the previous item's start)."""
    out: list[Item] = []
    prev_start = prev_end = 0
    for f in figures:
        surface = f["text"]
        start = text.find(surface, prev_end)
        if start < 0:
            start = text.find(surface, prev_start)
        if start < 0 or not surface:
            raise RecoupeError(
                f"gold figure {surface!r} of {article_id} not found in order in the article text; fix the gold file"
            )
        end = start + len(surface)
        value = f.get("value")
        out.append(Item(start, end, None if value is None else float(value), f.get("what"), surface))
        prev_start, prev_end = start, end
    return out


def match(gold: Sequence[Item], pred: Sequence[Item]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs in gold order: the language scores' one-to-one matching."""
    return sorted(match_spans(gold, pred))


def same_value(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return False
    if gold == 0:
        return pred == 0
    return abs(pred - gold) <= VALUE_TOLERANCE * abs(gold)


def same_what(gold: str, pred: str | None) -> bool:
    """The gold head noun, folded, occurs as a word (or words) in the predicted `what`."""
    if not pred:
        return False
    g = fold(gold).strip()
    return bool(g) and re.search(rf"(?<!\w){re.escape(g)}(?!\w)", fold(pred)) is not None


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value_correct: int = 0
    what_scored: int = 0
    what_correct: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "matched", "value_correct", "what_scored", "what_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "value_accuracy": self.value_correct / self.matched if self.matched else 0.0,
            "value_correct": self.value_correct,
            "what_accuracy": self.what_correct / self.what_scored if self.what_scored else 0.0,
            "what_scored": self.what_scored,
            "what_correct": self.what_correct,
        }


def score(gold: Sequence[Item], pred: Sequence[Item]) -> Counts:
    """Detection, value and what counts of one article's predictions against its gold."""
    c = Counts(gold=len(gold), predicted=len(pred))
    for gi, pi in match(gold, pred):
        g, p = gold[gi], pred[pi]
        c.matched += 1
        c.value_correct += same_value(g.value, p.value)
        if g.what:
            c.what_scored += 1
            c.what_correct += same_what(g.what, p.what)
    return c


# The peer's digits: thousands grouped by spaces, dots or commas, then decimals.
_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _digits_value(number: str) -> float | None:
    cleaned = re.sub(r"[ \u00a0\u202f]", "", number).replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def number_spotting(text: str, lang: str) -> list[Item]:
    """The peer: `alpha2digit` over the text, then every digit run, mapped back onto the text."""
    from text_to_num import alpha2digit

    converted = alpha2digit(text, lang)
    src = list(_TOKEN.finditer(text))
    dst = list(_TOKEN.finditer(converted))
    # Each converted token's span on the original text (a rewritten run maps to the whole run).
    spans: list[tuple[int, int]] = [(0, 0)] * len(dst)
    matcher = difflib.SequenceMatcher(
        None, [t.group() for t in src], [t.group() for t in dst], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2):
            if op == "equal":
                spans[j] = (src[i1 + j - j1].start(), src[i1 + j - j1].end())
            elif i2 > i1:
                spans[j] = (src[i1].start(), src[i2 - 1].end())
            else:  # an inserted token: place it where the run stands
                at = src[i1].start() if i1 < len(src) else len(text)
                spans[j] = (at, at)
    starts = [t.start() for t in dst]
    out = []
    for m in _DIGITS.finditer(converted):
        first = bisect.bisect_right(starts, m.start()) - 1
        last = bisect.bisect_right(starts, m.end() - 1) - 1
        if first < 0 or last < 0:
            continue
        start, end = spans[first][0], spans[last][1]
        if end <= start:
            continue
        out.append(Item(start, end, _digits_value(m.group()), None, text[start:end]))
    return out


def _recoupe_items(entry: dict[str, Any], doc_text: corpora.CorpusText) -> list[Item]:
    from recoupe.language.analyse import analyse
    from recoupe.model import Article

    article = Article(id=entry["id"], input=entry["corpus"], body=doc_text.text, content_hash=entry["id"],
                      published=_published(doc_text.published), language=language(entry))  # fmt: skip
    return [Item(f.start, f.end, f.value, f.what, f.text) for f in analyse(article).figures]


def evaluate_figures(
    root: Path = corpora.DEFAULT_CORPORA, gold_set: str = "dev", per_article: bool = False
) -> dict[str, Any]:
    """Figure detection P/R/F1, value and what accuracy for recoupe and plain number spotting
    (same texts, same run); with `per_article`, each article's scores under "articles"."""
    totals = {name: Counts() for name in SYSTEMS}
    rows: list[dict[str, Any]] = []
    entries = gold_entries(gold_set)
    for entry in entries:
        doc_text = corpora.load(entry["corpus"], entry["id"], root)
        text = doc_text.text
        gold = locate(text, entry["figures"], entry["id"])
        runs = {
            "recoupe": _recoupe_items(entry, doc_text),
            "alpha2digit": number_spotting(text, language(entry)),
        }
        row: dict[str, Any] = {"corpus": entry["corpus"], "id": entry["id"]}
        for name, pred in runs.items():
            counts = score(gold, pred)
            totals[name].add(counts)
            row[name] = counts.scores()
        rows.append(row)
    out: dict[str, Any] = {name: {**c.scores(), "articles": len(entries)} for name, c in totals.items()}
    if per_article:
        out["articles"] = rows
    return out
