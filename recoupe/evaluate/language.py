"""Scorers for `recoupe eval quotes` and `recoupe eval dates` on gold annotated by reading.

Gold (gold/quotes_dates.jsonl) names each article by corpus and id; its text is read from the
shared corpora. A quote is a span of reported speech with its speaker; a predicted quote matches a
gold one when their character overlap is at least half their mean length (Dice >= 0.5), so that a
clause boundary one word off still counts but a whole paragraph does not. A date expression is
correct when the prediction overlapping it gives the same day, the same interval, a day inside the
gold interval, or (gold null: the text cannot pin it) leaves it unresolved.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from rapidfuzz.fuzz import token_set_ratio

from recoupe.errors import RecoupeError
from recoupe.evaluate import corpora
from recoupe.language.names import fold

# Least Dice overlap between a predicted and a gold quote span for a match.
MATCH_DICE = 0.5


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: Any = None


# Gold sets, all annotated by reading: "tuned" is the one the rules were first developed on; "dev"
# came later from other corpora (rules may be developed on it too); "heldout" and "blind2" (web
# pages and rpm2 articles chosen by a later fixed rule) are never read for tuning: they measure how
# the rules carry to articles nobody looked at, like "blind3", "blind4", "blind5", "blind6" and "blind7" later
# ("blind4-second": blind4's articles read again by another annotator, for agreement); "dev3" to "dev6"
# are later development sets; "all" is every French set. "en-dev" and
# "en-heldout" are English articles (each entry's "lang"; French when absent): rules may be
# developed on en-dev and en-dev2 (8 more articles, same rule further down the pools), en-heldout
# is never read for tuning.
GOLD_FILES = {"tuned": ("quotes_dates.jsonl",), "dev": ("quotes_dates_dev.jsonl",),
              "heldout": ("quotes_dates_heldout.jsonl",), "blind2": ("quotes_dates_blind2.jsonl",),
              "dev3": ("quotes_dates_dev3a.jsonl", "quotes_dates_dev3b.jsonl"),
              "dev4": ("quotes_dates_dev4.jsonl",),
              "dev5": ("quotes_dates_dev5a.jsonl", "quotes_dates_dev5b.jsonl"),
              "blind3": ("quotes_dates_blind3a.jsonl", "quotes_dates_blind3b.jsonl"),
              "dev6": ("quotes_dates_dev6a.jsonl", "quotes_dates_dev6b.jsonl"),
              "blind4": ("quotes_dates_blind4a.jsonl", "quotes_dates_blind4b.jsonl"),
              "blind4-second": ("quotes_dates_blind4a_second.jsonl", "quotes_dates_blind4b_second.jsonl"),
              "blind5": ("quotes_dates_blind5a.jsonl", "quotes_dates_blind5b.jsonl"),
              "blind6": ("quotes_dates_blind6a.jsonl", "quotes_dates_blind6b.jsonl"),
              "blind7": ("quotes_dates_blind7a.jsonl", "quotes_dates_blind7b.jsonl"),
              "all": ("quotes_dates.jsonl", "quotes_dates_dev.jsonl", "quotes_dates_heldout.jsonl",
                      "quotes_dates_blind2.jsonl", "quotes_dates_dev3a.jsonl", "quotes_dates_dev3b.jsonl",
                      "quotes_dates_dev4.jsonl", "quotes_dates_dev5a.jsonl", "quotes_dates_dev5b.jsonl",
                      "quotes_dates_blind3a.jsonl", "quotes_dates_blind3b.jsonl", "quotes_dates_dev6a.jsonl",
                      "quotes_dates_dev6b.jsonl", "quotes_dates_blind4a.jsonl", "quotes_dates_blind4b.jsonl",
                      "quotes_dates_blind5a.jsonl", "quotes_dates_blind5b.jsonl",
                      "quotes_dates_blind6a.jsonl", "quotes_dates_blind6b.jsonl",
                      "quotes_dates_blind7a.jsonl", "quotes_dates_blind7b.jsonl"),
              "en-dev": ("quotes_dates_en_dev.jsonl",),
              "en-heldout": ("quotes_dates_en_heldout.jsonl",),
              "en-dev2": ("quotes_dates_en_dev2.jsonl",)}  # fmt: skip

# textacy's direct_quotations needs part-of-speech tags and lemmas (a cue is a token tagged VERB
# whose lemma is a reporting verb); the only English pipeline offline is a blank tokenizer with a
# sentencizer, on which it finds nothing, so it is not a baseline there.
TEXTACY_LANGUAGES = ("fr",)
TEXTACY_NA = "no tagged English spaCy pipeline ships offline, and textacy needs POS tags and lemmas"


def gold_entries(gold: str = "tuned") -> list[dict[str, Any]]:
    """The annotated articles of a gold set (each file's first line describes it and is skipped)."""
    if gold not in GOLD_FILES:
        raise RecoupeError(f"unknown gold set {gold!r}: choose one of {', '.join(GOLD_FILES)}")
    rows = []
    for name in GOLD_FILES[gold]:
        text = resources.files("recoupe.evaluate").joinpath(f"gold/{name}").read_text("utf-8")
        rows += [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in rows if "corpus" in r]


def _locate(text: str, first: str, last: str, after: int = 0) -> tuple[int, int]:
    start = text.find(first, after)
    if start < 0:
        start = text.find(first)
    end = text.find(last, start) if start >= 0 else -1
    if start < 0 or end < 0:
        raise RecoupeError(f"gold span {first!r}..{last!r} not found in the article text; fix the gold file")
    return start, end + len(last)


def gold_quotes(entry: dict[str, Any], text: str) -> list[Span]:
    """An annotated article's quotes as spans of its text, labelled with their speaker (the gold
    gives each quote by its first and last words, in text order)."""
    spans, after = [], 0
    for q in entry["quotes"]:
        start, end = _locate(text, q["from"], q["to"], after)
        after = start
        spans.append(Span(start, end, q["speaker"]))
    return spans


def gold_dates(entry: dict[str, Any], text: str) -> list[Span]:
    """An annotated article's date expressions as spans of its text, labelled with the gold item."""
    spans, after = [], 0
    for item in entry["dates"]:
        start = text.find(item["text"], after)
        if start < 0:
            start = text.find(item["text"])
        if start < 0:
            raise RecoupeError(f"gold date {item['text']!r} not found in {entry['id']}; fix the gold file")
        after = start + 1
        spans.append(Span(start, start + len(item["text"]), item))
    return spans


def language(entry: dict[str, Any]) -> str:
    """The language of a gold entry: its "lang" field, French when absent."""
    return str(entry.get("lang") or "fr")


def _articles(root: Path, gold: str = "tuned") -> Iterator[tuple[dict[str, Any], corpora.CorpusText]]:
    for entry in gold_entries(gold):
        yield entry, corpora.load(entry["corpus"], entry["id"], root)


class Located(Protocol):
    """Anything with a character span: a gold or predicted quote, date or figure."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _dice(a: Located, b: Located) -> float:
    overlap = max(0, min(a.end, b.end) - max(a.start, b.start))
    return 2 * overlap / max(1, (a.end - a.start) + (b.end - b.start))


def match_spans(gold: Sequence[Located], pred: Sequence[Located]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one to one, best overlap first (Dice >= MATCH_DICE):
    the matching every language score uses (quotes here, figures, the speaker model's labels)."""
    pairs = sorted(
        ((_dice(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, gi, pi in pairs:
        if score < MATCH_DICE or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _same_speaker(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    if _acronym_of(gold, predicted) or _acronym_of(predicted, gold):
        return True
    g, p = fold(gold), fold(predicted)
    surname = g.split()[-1] if g.split() else g
    return g in p or p in g or (len(surname) > 3 and surname in p) or token_set_ratio(g, p) >= 80


_WITH_ACRONYM = re.compile(r"^(?P<full>.+?)\s*\((?P<short>[A-ZÉ][A-ZÉ0-9-]{1,9})\)\s*$")


def _acronym_of(full: str, short: str) -> bool:
    """ "Office fédéral de l'agriculture (OFAG)" and "l'OFAG" name one body: the acronym the full
    name gives in brackets is the other name (article aside), and it starts with the full name's
    first letter (so "Olivier Faure (PS)" is not "le PS")."""
    m = _WITH_ACRONYM.match(full.strip())
    if m is None:
        return False
    bare = re.sub(r"^(?:[Ll][ea]s?\s+|[Ll]['’]\s*)", "", short.strip())
    words = re.sub(r"^(?:[Ll][ea]s?\s+|[Ll]['’]\s*)", "", m["full"]).split()
    return bare == m["short"] and bool(words) and fold(words[0])[:1] == fold(m["short"])[:1]


def _match_quotes(gold: list[Span], pred: list[Span]) -> tuple[int, int]:
    """(matched pairs, of which speaker correct), one-to-one, best overlap first."""
    pairs = match_spans(gold, pred)
    return len(pairs), sum(_same_speaker(gold[gi].label, pred[pi].label) for gi, pi in pairs)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": n_gold, "predicted": n_pred, "matched": tp}  # fmt: skip


def _published(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime(day.year, day.month, day.day, 12) if day else None


def evaluate_quotes(
    root: Path = corpora.DEFAULT_CORPORA, gold_set: str = "tuned"
) -> dict[str, dict[str, float | int | str]]:
    """Quote precision/recall/F1 and speaker accuracy for recoupe and textacy, same texts, same run
    (textacy only on the articles in a language it can read with the pipelines shipped; "n/a" when none)."""
    from recoupe.language import nlp
    from recoupe.language.analyse import analyse
    from recoupe.model import Article

    totals = {"recoupe": [0, 0, 0, 0], "textacy": [0, 0, 0, 0]}  # matched, speaker ok, predicted, gold
    read = {"recoupe": 0, "textacy": 0}
    for entry, doc_text in _articles(root, gold_set):
        lang = language(entry)
        text = doc_text.text
        gold = gold_quotes(entry, text)
        article = Article(id=entry["id"], input=entry["corpus"], body=text, content_hash=entry["id"],
                          published=_published(doc_text.published), language=lang)  # fmt: skip
        analysis = analyse(article)
        runs = [("recoupe", [Span(q.start, q.end, q.speaker_name) for q in analysis.quotes])]
        if lang in TEXTACY_LANGUAGES:
            runs.append(("textacy", _textacy_quotes(nlp.load(lang)(text))))
        for name, pred in runs:
            matched, ok = _match_quotes(gold, pred)
            row = totals[name]
            row[0] += matched
            row[1] += ok
            row[2] += len(pred)
            row[3] += len(gold)
            read[name] += 1
    out: dict[str, dict[str, float | int | str]] = {}
    for name, (matched, ok, n_pred, n_gold) in totals.items():
        if not read[name]:
            out[name] = {"n/a": TEXTACY_NA}
            continue
        out[name] = {**_prf(matched, n_pred, n_gold), "speaker_accuracy": ok / matched if matched else 0.0,
                     "articles": read[name]}  # fmt: skip
    return out


def _textacy_quotes(doc: Any) -> list[Span]:
    """textacy's rule-based direct quotations (it has French reporting verbs); none if it gives up."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:  # pragma: no cover - dev extra
        raise RecoupeError(
            "the comparison needs textacy: pip install 'recoupe[dev]' (textacy==0.13.0)"
        ) from exc
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []  # textacy refuses texts with an odd number of quote marks
    return [
        Span(t.content.start_char, t.content.end_char, " ".join(tok.text for tok in t.speaker))
        for t in triples
    ]


def evaluate_dates(
    root: Path = corpora.DEFAULT_CORPORA, gold_set: str = "tuned"
) -> dict[str, dict[str, float | int]]:
    """Date accuracy for recoupe and plain dateparser.search_dates, same texts, same run."""
    from recoupe.language.analyse import analyse
    from recoupe.model import Article

    totals = {"recoupe": [0, 0, 0, 0], "dateparser": [0, 0, 0, 0]}  # correct, found, predicted, gold
    for entry, doc_text in _articles(root, gold_set):
        text = doc_text.text
        gold = gold_dates(entry, text)
        lang = language(entry)
        article = Article(id=entry["id"], input=entry["corpus"], body=text, content_hash=entry["id"],
                          published=_published(doc_text.published), language=lang)  # fmt: skip
        ours = [
            Span(t.start, t.end, (t.date, t.start_date, t.end_date) if t.resolved else (None, None, None))
            for t in analyse(article).time_mentions
            if t.kind != "duration"
        ]
        theirs = _dateparser_dates(text, doc_text.published, lang)
        for name, pred in (("recoupe", ours), ("dateparser", theirs)):
            correct, found = _score_dates(gold, pred)
            row = totals[name]
            row[0] += correct
            row[1] += found
            row[2] += len(pred)
            row[3] += len(gold)
    articles = len(gold_entries(gold_set))
    return {name: date_scores(c, f, p, g, articles) for name, (c, f, p, g) in totals.items()}


def date_scores(correct: int, found: int, predicted: int, gold: int, articles: int) -> dict[str, float | int]:
    """Date accuracy (right values over gold expressions) and detection recall and precision."""
    return {
        "accuracy": correct / gold if gold else 0.0,
        "detection_recall": found / gold if gold else 0.0,
        "detection_precision": found / predicted if predicted else 0.0,
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "articles": articles,
    }


def _score_dates(gold: list[Span], pred: list[Span]) -> tuple[int, int]:
    correct = found = 0
    used: set[int] = set()
    for g in gold:
        hits = [i for i, p in enumerate(pred) if i not in used and p.start < g.end and g.start < p.end]
        if not hits:
            continue
        i = hits[0]
        used.add(i)
        found += 1
        correct += _same_date(g.label, pred[i].label)
    return correct, found


def _same_date(gold: dict[str, Any], pred: tuple[dt.date | None, dt.date | None, dt.date | None]) -> bool:
    day, start, end = pred
    if gold.get("start_date"):
        lo, hi = dt.date.fromisoformat(gold["start_date"]), dt.date.fromisoformat(gold["end_date"])
        return (start, end) == (lo, hi) or (day is not None and lo <= day <= hi)
    if gold.get("date"):
        return day == dt.date.fromisoformat(gold["date"])
    return day is None and start is None  # the text cannot pin it: must stay unresolved


def _dateparser_dates(text: str, published: dt.date | None, lang: str = "fr") -> list[Span]:
    """Plain dateparser.search_dates in the article's language, with the publication day as base
    (today's date when unknown)."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "current_period"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day, 12)
    found = search_dates(text, languages=[lang], settings=settings) or []
    out, after = [], 0
    for surface, when in found:
        start = text.find(surface, after)
        if start < 0:
            continue
        after = start + len(surface)
        out.append(Span(start, start + len(surface), (when.date(), None, None)))
    return out
