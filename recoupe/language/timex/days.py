"""Day arithmetic shared by the resolvers: a day and month's nearest year, weekdays that pin a
year, a match's day, month ends and intervals."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from recoupe.model import TimeMention

# How far ahead of the anchor a day and month without year or tense may lie (else it is past).
_AHEAD_DAYS = 92
# How far before the anchor a day and month under a future verb may lie.
_SLACK_DAYS = 7


def _nearest_year(
    month: int,
    day: int,
    anchor: dt.date,
    tense: str | None = None,
    slack: bool = True,
    updated: dt.date | None = None,
) -> dt.date | None:
    """The date with this day and month nearest to `anchor`; on or before it (or before the day the
    page says it was updated) when the verb is in a past tense, on or after it when future, within
    _AHEAD_DAYS after it when no tense is known (news mostly report the past: "le 21 juin" in
    February)."""
    options = _around(month, day, anchor)
    # A week's slack for what is ahead: a text is often dated a day or two after the plans it tells
    # ("doit décoller le 2 avril" in a text dated 3 April is not next year's 2 April)
    ahead = dt.timedelta(days=_SLACK_DAYS if slack else 0)
    if tense == "past":
        options = [d for d in options if d <= max(anchor, updated or anchor)] or options
    elif tense == "future":
        options = [d for d in options if d >= anchor - ahead] or options
    else:
        # No tense: the past, unless the day comes within a season ("le 11 mars" read in September
        # is last March, not next; "le 2 janvier" read on 20 December is next month).
        options = [d for d in options if d <= anchor or (d - anchor).days <= _AHEAD_DAYS] or options
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _around(month: int, day: int, anchor: dt.date) -> list[dt.date]:
    """This day and month in the anchor's year and the years either side (when they exist)."""
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            continue
    return out


def _weekday_pins_year(month: int, day: int, weekday: int, reference: dt.date) -> dt.date | None:
    """The most recent date not after `reference`+1 year with this day, month and weekday."""
    for year in range(reference.year + 1, reference.year - 30, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and candidate <= reference + dt.timedelta(days=366):
            return candidate
    return None


def _full_year(year: str) -> int:
    """A year as written: four figures, or two for this century ("15/03/24")."""
    value = int(year)
    return 2000 + value if value < 100 else value


def _day_of(m: re.Match[str]) -> int:
    day = m["day"] if m["day"] is not None else m.groupdict().get("day2")
    assert day is not None
    return 1 if day.lower() == "1er" else int(day)


def _interval(base: TimeMention, start: dt.date, end: dt.date, src: str | None) -> TimeMention:
    return replace(base, start_date=start, end_date=end, resolved=True, kind="interval", anchor=src)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
