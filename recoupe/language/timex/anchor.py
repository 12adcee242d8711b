"""What relative expressions are read against: the anchor, the years a text dates things with,
an in-text anchor when the page has no date, and the day a page says it was updated."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from recoupe.language.timex.days import _day_of, _full_year, _weekday_pins_year
from recoupe.language.timex.patterns import _matches
from recoupe.language.timex.words import _MO, _WD

# Years the text itself dates something with: a day or a month of a year, not a bare year
# ("la loi votée en 2005"), which says little about when the article was written.
_DATING = ("daymonth", "monthday", "numeric", "daylist", "monthyear", "month", "season")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative expressions are resolved against: a day and where it came from."""

    day: dt.date
    source: str  # "published" or "text"
    # The last day the page says it was written on, when later than `day` ("Article mis à jour le 7
    # janvier 2020" under a page published in 2018): a day told in a past tense may lie up to it.
    updated: dt.date | None = None


def text_years(text: str) -> tuple[int, ...]:
    """The years the text dates a day or a month with ("le 2 juillet 2008", "en novembre 2007")."""
    return tuple(sorted({_full_year(m["year"]) for name, m in _matches(text) if name in _DATING and m["year"]}))


def _year_from_text(month: int, day: int, weekday: int, years: tuple[int, ...]) -> dt.date | None:
    """The day in the text's latest dated year, or the next one, that falls on `weekday`.

    An article is written on or after the latest date it names, and a date it gives without a year
    is near the time of writing; the weekday must agree (it cannot agree with two consecutive
    years, so the answer is unique). Nothing when the text dates nothing or the weekday disagrees.
    """
    if not years:
        return None
    for year in (years[-1], years[-1] + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


def find_anchor(text: str, reference: dt.date) -> dt.date | None:
    """An in-text anchor: the first "ce <weekday> <day> <month>" without a year (it pins one)."""
    years = text_years(text)
    for name, m in _matches(text):
        # Only "ce/cette <weekday> <day> <month>" speaks of the current week, i.e. the time of writing;
        # "vendredi 18 janvier" alone may be any earlier date and anchors nothing.
        if name == "daymonth" and m["wd"] and m["dem"] and not m["year"]:
            month, day, weekday = _MO[m["month"].lower()], _day_of(m), _WD[m["wd"].lower()]
            pinned = _year_from_text(month, day, weekday, years) or _weekday_pins_year(
                month, day, weekday, reference
            )
            if pinned:
                return pinned
    return None


# A page's update line before a full date: "Mis à jour le 7 janvier 2020 à 10h", "Actualisé le
# 3/04/2025", "Updated on March 2, 2024". (A "Publié le" line does not stand for an unknown
# publication date: where none is known, deictic expressions stay unresolved.)
_UPDATED_LINE = re.compile(
    r"[\W_]*(?:[^\W\d_]+\s+){0,2}(?:mise?\s+à\s+jour|actualisée?|modifiée?|updated)\s*(?:le|on|:)?\s*$",
    re.IGNORECASE,
)


def _dateline(text: str, line: re.Pattern[str]) -> dt.date | None:
    """The day of the first full date (day, month and year) that `line` introduces in the text: the
    day a page says it was updated. Not a day of the text's story ("le texte, modifié le 3 mars
    2020 par le Sénat"): the words must open a line and the date follow them."""
    for name, m in _matches(text):
        if name not in ("daymonth", "numeric", "monthday") or not m["year"]:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        if not line.match(text, start, m.start()):
            continue
        month = m.groupdict().get("month")
        try:
            return dt.date(_full_year(m["year"]), _MO[month.lower()] if month else int(m["mnum"]), _day_of(m))
        except (ValueError, KeyError):
            continue
    return None
