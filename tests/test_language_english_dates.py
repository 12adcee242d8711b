"""English dates on sentences written for the test: tense from the words of the clause (no parser),
abbreviated months, years after English prepositions, seasons with this/last/next."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, TimeMention

TUESDAY = dt.datetime(2027, 1, 12)  # a Tuesday


def _times(text: str, published: dt.datetime = TUESDAY) -> dict[str, TimeMention]:
    a = analyse(Article(id="t", input="t", body=text, content_hash="t", language="en", published=published))
    return {t.text: t for t in a.time_mentions}


def test_a_weekday_under_a_future_form_is_the_next_one_and_under_a_past_form_the_last() -> None:
    times = _times(
        "The harbour report on Thursday will show a fall in freight.\n\n"
        "The two unions met on Friday to compare their demands.\n\n"
        "The vote is set to take place Monday, officials said."
    )
    assert times["Thursday"].date == dt.date(2027, 1, 14)
    assert times["Friday"].date == dt.date(2027, 1, 8)
    assert times["Monday"].date == dt.date(2027, 1, 18)


def test_ahead_of_an_abbreviated_day_looks_forward() -> None:
    times = _times("The candidates debated for two hours ahead of the Feb. 3 runoff.")
    assert times["Feb. 3"].date == dt.date(2027, 2, 3)
    assert _times("Ballots were counted on Jan. 6, 2026.")["Jan. 6, 2026"].date == dt.date(2026, 1, 6)


def test_years_after_english_prepositions_but_not_counts() -> None:
    times = _times(
        "The plant must close by 2035. Output doubled between 2014 and 2019, the strike of 2009 aside. "
        "A convoy of 2000 trucks crossed the border."
    )
    span = {k: (v.start_date, v.end_date) for k, v in times.items()}
    assert span["by 2035"] == (dt.date(2035, 1, 1), dt.date(2035, 12, 31))
    assert span["between 2014"][0] == dt.date(2014, 1, 1) and span["and 2019"][1] == dt.date(2019, 12, 31)
    assert span["of 2009"][0] == dt.date(2009, 1, 1)
    assert not any("2000" in k for k in times)


def test_seasons_with_this_last_and_next() -> None:
    times = _times("The bridge opens this fall. Repairs began last winter and end next spring.")
    assert (times["this fall"].start_date, times["this fall"].end_date) == (
        dt.date(2027, 9, 1),
        dt.date(2027, 11, 30),
    )
    assert times["last winter"].start_date == dt.date(2025, 12, 1)
    assert times["next spring"].start_date == dt.date(2027, 3, 1)
