"""How far two careful readers of the same articles agree: `recoupe eval agreement`.

Some gold sets are annotated twice, independently ("blind4" and "blind4-second": the second reader
never saw the first one's file nor any system output). The first reading is the reference and the
second is scored against it exactly as recoupe is (quotes matched one to one by span overlap, the
same speaker test, the same date test), so the figures bound what any system can be expected to
score on that gold: a system scoring near the readers' agreement is as close to the gold as a
second reader is. No extractor runs here: agreement can be measured without looking at a blind
set's results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from recoupe.errors import RecoupeError
from recoupe.evaluate import corpora
from recoupe.evaluate.language import (
    GOLD_FILES,
    Span,
    _prf,
    _same_speaker,
    _score_dates,
    date_scores,
    gold_dates,
    gold_entries,
    gold_quotes,
    match_spans,
)

# The suffix naming a second reading of a gold set.
SECOND = "-second"


def second_readings() -> list[str]:
    """The gold sets that have a second, independent reading."""
    return [name for name in GOLD_FILES if f"{name}{SECOND}" in GOLD_FILES]


def _as_prediction(item: dict[str, Any]) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """A gold date item in the shape the date test gives a prediction (day, interval start, end)."""
    if item.get("start_date"):
        return None, dt.date.fromisoformat(item["start_date"]), dt.date.fromisoformat(item["end_date"])
    if item.get("date"):
        return dt.date.fromisoformat(item["date"]), None, None
    return None, None, None


def evaluate_agreement(
    root: Path = corpora.DEFAULT_CORPORA, gold_set: str = "blind4"
) -> dict[str, dict[str, float | int]]:
    """The second reading of `gold_set` scored against the first, on the articles both annotated."""
    if gold_set not in second_readings():
        raise RecoupeError(
            f"gold set {gold_set!r} has no second reading: choose one of {', '.join(second_readings()) or 'none'}"
        )
    first = {(e["corpus"], e["id"]): e for e in gold_entries(gold_set)}
    second = {(e["corpus"], e["id"]): e for e in gold_entries(f"{gold_set}{SECOND}")}
    readings = (
        (first[key], second[key], corpora.load(key[0], key[1], root).text) for key in first if key in second
    )
    return agreement(readings)


def agreement(
    readings: Iterable[tuple[dict[str, Any], dict[str, Any], str]],
) -> dict[str, dict[str, float | int]]:
    """Agreement over (first reading, second reading, article text) triples, one per article."""
    quotes = [0, 0, 0, 0, 0]  # matched, same speaker, same direct/indirect, second's count, first's count
    dates = [0, 0, 0, 0]  # same date, found, second's count, first's count
    articles = 0
    for a, b, text in readings:
        articles += 1
        ref, other = gold_quotes(a, text), gold_quotes(b, text)
        pairs = match_spans(ref, other)
        quotes[0] += len(pairs)
        quotes[1] += sum(_same_speaker(ref[i].label, other[j].label) for i, j in pairs)
        quotes[2] += sum(
            bool(a["quotes"][i].get("direct")) == bool(b["quotes"][j].get("direct")) for i, j in pairs
        )
        quotes[3] += len(other)
        quotes[4] += len(ref)
        theirs = [Span(s.start, s.end, _as_prediction(s.label)) for s in gold_dates(b, text)]
        ours = gold_dates(a, text)
        same, found = _score_dates(ours, theirs)
        dates[0] += same
        dates[1] += found
        dates[2] += len(theirs)
        dates[3] += len(ours)
    matched, speakers, direct, n_second, n_first = quotes
    same, found, d_second, d_first = dates
    return {
        "quotes": {
            **_prf(matched, n_second, n_first),
            "speaker_agreement": speakers / matched if matched else 0.0,
            "direct_agreement": direct / matched if matched else 0.0,
            "articles": articles,
        },
        "dates": date_scores(same, found, d_second, d_first, articles),
    }
