"""One expression resolved against the anchor: days and months, weekdays, relative days, periods,
months, seasons, feasts, years (the rules are in the package's docstring)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from recoupe.language.timex.anchor import Anchor, _year_from_text
from recoupe.language.timex.days import (
    _AHEAD_DAYS,
    _SLACK_DAYS,
    _around,
    _day_of,
    _full_year,
    _interval,
    _month_end,
    _nearest_year,
    _weekday_pins_year,
)
from recoupe.language.timex.words import _MO, _SEASONS, _WD, _number
from recoupe.model import TimeMention


def _resolve(
    name: str,
    m: re.Match[str],
    anchor: Anchor | None,
    reference: dt.date,
    tense: str | None,
    years: tuple[int, ...] = (),
) -> TimeMention | None:
    future = tense == "future"
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    src = anchor.source if anchor else None
    a = anchor.day if anchor else None
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    if name in ("daymonth", "monthday", "numeric", "daylist", "holiday", "numday"):
        month = _MO[g["month"]] if g.get("month") else int(g.get("mnum") or g["mnum2"])
        try:
            day = _day_of(m)
            year = g.get("year") or g.get("cyear")
            if year:
                return replace(base, date=dt.date(_full_year(year), month, day), resolved=True, anchor="text")
        except ValueError:
            return None
        if g.get("wd") and a is None:
            # No publication date and no anchor: only a year the text gives can pin it.
            pinned = _year_from_text(month, day, _WD[g["wd"]], years)
            if pinned:
                return replace(base, date=pinned, resolved=True, anchor="text")
        if g.get("wd") and src == "text" and a is not None:
            pinned = _weekday_pins_year(month, day, _WD[g["wd"]], a)
            if pinned:
                return replace(base, date=pinned, resolved=True, anchor="text")
        if a is None:
            return replace(base, resolved=False)
        if g.get("wd"):
            # "lundi 6 novembre": the year where that day is that weekday, nearest the anchor, whatever
            # the tense says
            fits = [c for c in _around(month, day, a) if c.weekday() == _WD[g["wd"]]]
            if fits:
                near = min(fits, key=lambda c: abs((c - a).days))
                return replace(base, date=near, resolved=True, anchor=src)
        # "le 5 août dernier" is past, "le 30 juin prochain" ahead, whatever the verb
        given = g.get("ddir") or g.get("ldir")
        direction = {"dernier": "past", "prochain": "future"}.get(given or "", tense)
        updated = anchor.updated if anchor and not given else None  # "le 5 août dernier": before the anchor
        d = _nearest_year(month, day, a, direction, slack=not given, updated=updated)
        return replace(base, date=d, resolved=d is not None, anchor=src)
    if name == "duration":
        return replace(base, kind="duration", resolved=False)
    if name == "eventrel":
        return replace(base, kind="interval", resolved=False)
    if name == "clock":
        return replace(base, kind="time", resolved=False)
    if name == "ahead":
        if a is None:
            return replace(base, resolved=False)
        return replace(base, date=_shift(a, g["unit"][0], _number(g["n"])), resolved=True, anchor=src)
    if name == "ago":
        n = _number(g["n"] or g["n2"])
        unit = (g["unit"] or g["unit2"])[0]
        if a is None:
            return replace(base, resolved=False)
        return replace(base, date=_shift(a, unit, -n), resolved=True, anchor=src)
    if name in ("relday", "tonight"):
        if a is None:
            return replace(base, resolved=False)
        rel = g.get("rel") or ""
        shift = {"avant-hier": -2, "hier": -1, "yesterday": -1, "demain": 1, "tomorrow": 1, "après-demain": 2}
        offset = shift.get(rel, 0)
        if name == "tonight" and ("last" in m.group(0).lower() or "dernière" in m.group(0).lower()):
            offset = -1
        return replace(base, date=a + dt.timedelta(days=offset), resolved=True, anchor=src)
    if name == "relperiod":
        if a is None:
            return replace(base, resolved=False, kind="interval")
        word = m.group(0).lower()
        step = 1 if ("proch" in word or "next" in word) else -1
        if g.get("this"):
            step = 0
        if "semaine" in word or "week" in word:
            monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=7 * step)
            return _interval(base, monday, monday + dt.timedelta(days=6), src)
        if "mois" in word or "month" in word:
            y, mo = divmod(a.year * 12 + a.month - 1 + step, 12)
            return _interval(base, dt.date(y, mo + 1, 1), _month_end(y, mo + 1), src)
        return _interval(base, dt.date(a.year + step, 1, 1), dt.date(a.year + step, 12, 31), src)
    if name == "season":
        first, last = _SEASONS[g["season"]]
        if g.get("year"):
            year = int(g["year"])
        elif a is None:
            return replace(base, resolved=False, kind="interval")
        else:
            # "l'hiver dernier": the last one over before the anchor; "l'été prochain": the next one
            # to begin after it (winter runs into the next year)
            spans = [
                (y, dt.date(y, first, 1), _month_end(y + (last < first), last))
                for y in range(a.year - 2, a.year + 2)
            ]
            if g["dir"] == "dernier":
                year = max(y for y, _, end in spans if end < a)
            else:
                year = min(y for y, start, _ in spans if start > a)
        end_year = year + 1 if last < first else year
        return _interval(
            base, dt.date(year, first, 1), _month_end(end_year, last), "text" if g.get("year") else src
        )
    if name == "bareseason":
        # "d'ici l'été", "annoncée pour le printemps": a season ahead (unless the verb is past)
        ahead = (g.get("prep") or "").startswith(("d'ici", "d’ici")) or (
            g.get("prep") == "pour" and tense != "past"
        )
        return _bare_season(base, g, anchor, future or ahead)
    if name in ("month", "monthyear", "monthword"):
        month = _MO[g["month"]]
        if g.get("year"):
            year = int(g["year"])
            return _interval(base, dt.date(year, month, 1), _month_end(year, month), "text")
        if a is None:
            return replace(base, resolved=False, kind="interval")
        if g.get("dir") in ("prochain", "next"):
            year = a.year if month > a.month else a.year + 1
        elif g.get("dir") in ("dernier", "last"):
            year = a.year if month < a.month else a.year - 1
        else:
            year = a.year if month <= a.month else a.year - 1
            year = a.year + 1 if future and month < a.month else a.year if future else year
        return _interval(base, dt.date(year, month, 1), _month_end(year, month), src)
    if name == "yearpart":
        if g.get("year"):
            year = int(g["year"])
            return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), "text")
        if a is None:
            return replace(base, resolved=False, kind="interval")
        year = a.year + (1 if g.get("dir") == "prochaine" else -1 if g.get("dir") else 0)
        if not g.get("dir"):
            # "s'est achevé en fin d'année" read in March: last year's end; "reprendra en début
            # d'année" read in November: next year's start
            if g["part"] == "fin" and tense == "past" and a.month <= 6:
                year -= 1
            elif g["part"] == "début" and future and a.month >= 7:
                year += 1
        return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), src)
    if name == "wdday":
        # the day of the month, within six weeks of the anchor, that falls on that weekday (the
        # past one unless the verb looks ahead)
        if a is None:
            return replace(base, resolved=False)
        day, wd = _day_of(m), _WD[g["wd"]]
        fits = [a + dt.timedelta(days=k) for k in range(-45, 46)]
        fits = [d for d in fits if d.day == day and d.weekday() == wd]
        if not fits:
            return replace(base, resolved=False)
        ahead = [d for d in fits if d >= a]
        behind = [d for d in fits if d <= a]
        pick = min(ahead) if ahead and future else max(behind) if behind else min(ahead)
        return replace(base, date=pick, resolved=True, anchor=src)
    if name == "weekday":
        return _weekday(base, g, anchor, future, tense == "present")
    if name == "weekpart":
        return _week_part(base, g, anchor, future)
    if name == "feast":
        return _feast(base, g, anchor, future, tense == "past")
    if name == "year":
        year = int(g["year"])
        return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), "text")
    return None


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """`day` moved by n units (the unit's first letter, French or English): days and weeks by their
    days, months and years on the calendar ("il y a un an" on 22 November 2024 is 22 November 2023,
    not 365 days before across a 29 February; the 31st falls back to the month's last day)."""
    if unit in "jdsw":
        return day + dt.timedelta(days=n * (7 if unit in "sw" else 1))
    year, month = divmod(day.year * 12 + day.month - 1 + n * (12 if unit in "ay" else 1), 12)
    return dt.date(year, month + 1, min(day.day, _month_end(year, month + 1).day))


def _weekday(
    base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool, present: bool = False
) -> TimeMention:
    if anchor is None:
        return replace(base, resolved=False)
    a = anchor.day
    wd = _WD[str(g["wd"])]
    dem, direction = g.get("dem"), g.get("dir")
    if dem in ("ce", "cette", "this") or anchor.source == "text":
        # The anchor's own week, Monday to Sunday.
        day = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=wd)
    elif direction == "prochain" or dem == "next" or future:
        day = a + dt.timedelta(days=(wd - a.weekday()) % 7)
        if direction == "prochain" or dem == "next":
            day = day if day != a else a + dt.timedelta(days=7)
    elif present and not (dem or direction in ("dernier", "prochain")):
        # the news present ("le ministre présente jeudi son plan"): the nearest such day, either way
        back, ahead = (a.weekday() - wd) % 7, (wd - a.weekday()) % 7
        day = a - dt.timedelta(days=back) if back <= ahead else a + dt.timedelta(days=ahead)
    else:
        day = a - dt.timedelta(days=(a.weekday() - wd) % 7)
        if direction == "dernier" or dem == "last":
            day = day if day != a else a - dt.timedelta(days=7)
    return replace(base, date=day, resolved=True, anchor=anchor.source)


def _week_part(
    base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool
) -> TimeMention:
    """ "en début de semaine" (Monday-Tuesday), "en fin de semaine" (Thursday-Sunday) of the anchor's
    week; "le week-end" (Saturday-Sunday): the one under way, else the last one (the next one when
    the tense looks forward or with "prochain")."""
    if anchor is None:
        return replace(base, resolved=False, kind="interval")
    a = anchor.day
    monday = a - dt.timedelta(days=a.weekday())
    part = str(g["part"])
    direction = (g.get("dir") or "").strip()
    direction = (
        "prochain" if direction.startswith("proch") else "dernier" if direction.startswith("derni") else ""
    )
    if part.startswith(("début", "fin")):
        # "en début de semaine prochaine": the next week's; "la fin de la semaine dernière": the last one's
        monday += dt.timedelta(days=7 if direction == "prochain" else -7 if direction == "dernier" else 0)
        if part.startswith("début"):
            return _interval(base, monday, monday + dt.timedelta(days=1), anchor.source)
        return _interval(base, monday + dt.timedelta(days=3), monday + dt.timedelta(days=6), anchor.source)
    saturday = monday + dt.timedelta(days=5)
    if direction == "prochain" or (future and not g.get("dem") and a < saturday):
        saturday = saturday if a < saturday else saturday + dt.timedelta(days=7)
    elif direction == "dernier" or (not future and not g.get("dem") and a < saturday):
        saturday -= dt.timedelta(days=7)
    return _interval(base, saturday, saturday + dt.timedelta(days=1), anchor.source)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast_day(feast: str, year: int) -> dt.date:
    """The day of a feast in a year."""
    if "lundi" in feast:
        return _easter(year) + dt.timedelta(days=1)
    if "gras" in feast:
        return _easter(year) - dt.timedelta(days=47)
    if "vendredi" in feast:
        return _easter(year) - dt.timedelta(days=2)
    if "ascension" in feast:
        return _easter(year) + dt.timedelta(days=39)
    if "pâques" in feast:
        return _easter(year)
    if "pentecôte" in feast:
        return _easter(year) + dt.timedelta(days=49)
    fixed = {
        "sylvestre": (12, 31),
        "réveillon": (12, 24),
        "toussaint": (11, 1),
        "valentin": (2, 14),
        "chandeleur": (2, 2),
    }
    fixed |= {"l'an": (1, 1), "l’an": (1, 1), "nouvel an": (1, 1)}
    month, day = next((md for key, md in fixed.items() if key in feast), (12, 25))
    return dt.date(year, month, day)


def _feast(
    base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool, past: bool = False
) -> TimeMention:
    """Christmas, New Year's Eve, All Saints, Easter (and its Monday), Pentecost, New Year's Day,
    Valentine's Day, Shrove Tuesday, Good Friday, Ascension Day: the year given, else the one of the
    anchor's year that the tense allows (the last one past, the next one when looking forward; with
    no tense, this year's when it comes within a season, as a day and month without a year)."""
    feast = str(g["feast"]).lower()
    if g.get("year"):
        return replace(base, date=_feast_day(feast, int(str(g["year"]))), resolved=True, anchor="text")
    if anchor is None:
        return replace(base, resolved=False)
    a = anchor.day
    d = _feast_day(feast, a.year)
    if d > a and not future and (past or (d - a).days > _AHEAD_DAYS):
        d = _feast_day(feast, a.year - 1)
    elif d < a - dt.timedelta(days=_SLACK_DAYS) and future:
        d = _feast_day(feast, a.year + 1)
    return replace(base, date=d, resolved=True, anchor=anchor.source)


def _bare_season(
    base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool
) -> TimeMention:
    """A season without year: the one under way ("cet été"), else the last one begun, or the next
    one not over when the tense looks forward ("ne redémarrera pas avant l'été")."""
    if anchor is None:
        return replace(base, resolved=False, kind="interval")
    a = anchor.day
    first, last = _SEASONS[str(g["season"])]
    spans = [
        (dt.date(y, first, 1), _month_end(y + (last < first), last)) for y in range(a.year - 2, a.year + 2)
    ]
    current = [s for s in spans if s[0] <= a <= s[1]]
    if g.get("dir") == "last":
        start, end = max(s for s in spans if s[1] < a)
    elif g.get("dir") == "next":
        start, end = min(s for s in spans if s[0] > a)
    elif g.get("dem") and current:
        start, end = current[0]
    elif g.get("dem") == "this":  # "this fall" said in January: the fall of the anchor's year
        start, end = next(s for s in spans if s[0].year == a.year)
    elif future:
        start, end = min(s for s in spans if s[1] >= a)
    else:
        start, end = max(s for s in spans if s[0] <= a)
    return _interval(base, start, end, anchor.source)
