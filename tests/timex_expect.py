"""Shorthands for expected dates in the timex tests (a day, a year, a month, an interval), and the
two steps the whole-article tables share: a gold label in the evaluator's form and recoupe's dates
read through the public path (`analyse`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from recoupe.evaluate.language import Span, _score_dates
from recoupe.language.analyse import analyse
from recoupe.model import Article

# The day the tests pretend the pages were fetched (pins a year only where the text gives none).
FETCHED = dt.datetime(2026, 11, 22, 12)


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def Y(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def M(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def I(a: dt.date, b: dt.date) -> tuple[dt.date, dt.date]:  # noqa: E743
    return a, b


def gold_label(value: Any) -> dict[str, Any]:
    """An expected value (None, a day, or a (start, end) interval) as the evaluator's gold label."""
    if value is None:
        return {"date": None}
    if isinstance(value, tuple):
        return {"start_date": value[0].isoformat(), "end_date": value[1].isoformat()}
    return {"date": value.isoformat()}


def predicted_dates(name: str, published: dt.date | None, body: str, lang: str) -> list[Span]:
    """recoupe's dated time mentions of one written article (durations left out), as scored spans."""
    when = dt.datetime.combine(published, dt.time(12)) if published else None
    article = Article(id=name, input="catalogue", body=body, content_hash=name,
                      published=when, language=lang, fetched_at=FETCHED)  # fmt: skip
    return [
        Span(t.start, t.end, (t.date, t.start_date, t.end_date) if t.resolved else (None, None, None))
        for t in analyse(article).time_mentions
        if t.kind != "duration"
    ]


def print_misses(gold: list[Span], pred: list[Span], expected: tuple[tuple[str, Any], ...]) -> set[int]:
    """Print each expected date recoupe missed or read wrong; return the predictions matched."""
    used: set[int] = set()
    for gs, (surface, value) in zip(gold, expected, strict=True):
        hits = [i for i, q in enumerate(pred) if i not in used and q.start < gs.end and gs.start < q.end]
        got = pred[hits[0]].label if hits else "MISSED"
        if hits:
            used.add(hits[0])
        if not hits or not _score_dates([gs], [pred[hits[0]]])[0]:
            print(f"    {surface!r}: want {value}, got {got}")
    return used
