"""Expressions read against the times the text named before them: month spans, a month named
again, a bare day, the eve or the day after, "the following year", a clock time's day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from recoupe.language.timex.anchor import Anchor
from recoupe.language.timex.days import _day_of, _interval, _month_end, _nearest_year
from recoupe.language.timex.words import _MO, _WD, MONTHS_EN, MONTHS_FR, WEEKDAYS_EN, WEEKDAYS_FR, _number
from recoupe.model import TimeMention

# (with the English abbreviations a wire writes, "Oct. 20", capitalised: "dec" or "nov" alone is no month)
_MONTH_IN = re.compile(
    rf"\b(?:mi-)?(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))}|(?-i:Jan|Feb|Apr|Jun|Jul|Aug|Oct|Nov|Dec)(?=\.))\b",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_WD_IN = re.compile(rf"\b(?:{'|'.join(WEEKDAYS_FR + WEEKDAYS_EN)})\b", re.IGNORECASE)


def _spans(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """Two months of one span ("entre la mi-novembre 2007 et la mi-janvier", "de novembre 2007 à
    janvier", "entre décembre et février 2009"): the one without a year takes the other's, or the
    year after (before) when its month comes earlier (later) in the year; of two months without a
    year joined as a span ("fin mai-début juin", "de mai à juin"), the second follows the first."""
    out = list(out)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        between = text[a.end : b.start].strip().lower()
        joined = between == "" and re.match(r"(?:à|au|et|jusqu)\b", b.text.lower()) is not None
        if between not in ("et", "à", "au", "-", "jusqu'", "jusqu’") and not joined:
            continue
        ma, mb = _MONTH_IN.search(a.text), _MONTH_IN.search(b.text)
        ya, yb = _YEAR_IN.search(a.text), _YEAR_IN.search(b.text)
        if ma is None or mb is None:
            continue
        mo_a, mo_b = _MO[ma["month"].lower()], _MO[mb["month"].lower()]
        start = a.date or a.start_date
        if ya is None and yb is None and between != "et" and not joined and start is not None and a.resolved:
            # "fin mai-début juin", "de mai à juin" without a year: the second month follows the first
            out[i] = _in_year(b, start.year + (1 if mo_b < mo_a else 0), mo_b)
            continue
        if (ya is None) == (yb is None):
            continue
        if ya is not None:
            year = int(ya.group(0)) + (1 if mo_b < mo_a else 0)
            out[i] = _in_year(b, year, mo_b)
        else:
            assert yb is not None
            year = int(yb.group(0)) - (1 if mo_a > mo_b else 0)
            out[i - 1] = _in_year(a, year, mo_a)
    return out


def _month_named_again(
    text: str, out: list[TimeMention], ahead: frozenset[int] = frozenset()
) -> list[TimeMention]:
    """A month without a year, or a day of it, right after the same month with its year in the same
    paragraph ("En septembre 2019, le journal révèle ... Plus tôt en septembre, ...", "en mars 2015
    ... le 12 mars"): the text speaks of that month again, in that year; not a day a future verb
    puts ahead (`ahead`: the starts of those) when that year is earlier ("son plus haut depuis
    février 2022. Les résultats seront publiés le 12 février")."""
    out = list(out)
    for i in range(1, len(out)):
        t = out[i]
        if (
            t.kind not in ("date", "interval")
            or _YEAR_IN.search(t.text)
            or not (m := _MONTH_IN.search(t.text))
        ):
            continue
        if re.search(r"\b(?:derni|proch|passé|last|next)", t.text, re.IGNORECASE):
            continue  # "en mars dernier" is deictic
        prev = next((p for p in reversed(out[:i]) if p.kind in ("date", "interval")), None)
        if prev is None or "\n" in text[prev.end : t.start]:
            continue
        pm, py = _MONTH_IN.search(prev.text), _YEAR_IN.search(prev.text)
        if pm is None or py is None or pm["month"].lower() != m["month"].lower():
            continue
        when = t.date or t.start_date
        if t.start in ahead and when is not None and int(py.group(0)) < when.year:
            continue
        out[i] = _in_year(t, int(py.group(0)), _MO[m["month"].lower()])
    return out


def _in_year(t: TimeMention, year: int, month: int) -> TimeMention:
    """A month (or a day of it) of a span, in the year the span gives it."""
    if t.kind == "date":
        day = (t.date or dt.date(2000, month, 1)).day if t.date else None
        if day is None:
            found = re.search(r"\b(1er|\d{1,2})\b", t.text)
            day = 1 if found is None or found.group(1) == "1er" else int(found.group(1))
        try:
            return replace(t, date=dt.date(year, month, day), resolved=True, anchor="text")
        except ValueError:
            return t
    return _interval(t, dt.date(year, month, 1), _month_end(year, month), "text")


def _bare_day(m: re.Match[str], before: list[TimeMention]) -> TimeMention | None:
    """ ", le 12, ": the day of the month of the last day the text named (nothing without one, or
    when that day is not in the same month)."""
    days = [t for t in before if t.kind == "date" and t.date is not None]
    ref = days[-1].date if days else None
    if ref is None:
        return None
    if m.groupdict().get("eos") is not None and (
        re.search(r"[.!?\n]", m.string[days[-1].end : m.start()]) or _day_of(m) <= ref.day
    ):
        return None  # "... le 30." only after a day of its month in the same sentence, and later
    try:
        day = ref.replace(day=_day_of(m))
    except ValueError:
        return None
    return TimeMention(
        text=m.group(0), start=m.start(), end=m.end(), date=day, resolved=True, anchor=days[-1].anchor
    )


def _eve(m: re.Match[str], before: list[TimeMention], anchor: Anchor | None) -> TimeMention:
    """ "la veille" / "le lendemain": one day before or after the last time the text named when
    that is a day, else the anchor day when the text named no time before; unresolved otherwise
    (the last time named is a month, a year or a day without a known date: "en mars 2008 ... La
    veille" is no day after an older "le 22 avril 2005")."""
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    times = [t for t in before if t.kind in ("date", "interval")]
    if times:
        last = times[-1]
        ref, src = (last.date, last.anchor) if last.kind == "date" and last.date is not None else (None, None)
    else:
        ref, src = None, None  # the day before or after what? The text has not said.
    if ref is None:
        return replace(base, resolved=False)
    word = m["eve"].lower()
    step = (-2 if "avant" in word else -1) if "veille" in word else (2 if "sur" in word else 1)
    return replace(base, date=ref + dt.timedelta(days=step), resolved=True, anchor=src)


def _weekday_from(m: re.Match[str], before: list[TimeMention]) -> TimeMention:
    """ "le jeudi suivant", "le lundi précédent": the first such weekday after (before) the day the
    text named last; unresolved when the last time named is no day."""
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    times = [t for t in before if t.kind in ("date", "interval")]
    if not times or times[-1].kind != "date" or times[-1].date is None:
        return base
    ref, wd = times[-1].date, _WD[m["wd"].lower()]
    if m["dir"].lower() == "suivant":
        day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    else:
        day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
    return replace(base, date=day, resolved=True, anchor=times[-1].anchor)


_UNITS = {"j": "day", "d": "day", "s": "week", "w": "week", "m": "month", "a": "year", "y": "year"}


def _after(m: re.Match[str], before: list[TimeMention]) -> TimeMention:
    """A time relative to the last one the text named: "le mois suivant", "l'année précédente",
    "the following year", "deux ans plus tard". It is unresolved when the text named no time
    before, when that time was itself unresolved, or when it is coarser than the unit ("le mois
    suivant" after "en 2005")."""
    g = m.groupdict()
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end(), kind="interval")
    unit = _UNITS[
        next(g[k] for k in ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9") if g.get(k)).lower()[0]
    ]
    direction = next((g[k] for k in ("d1", "d2", "d3", "d4") if g.get(k)), "").lower()
    back = direction.startswith(
        ("préc", "prev", "d'avant", "d’avant", "plus tôt", "auparavant", "earlier", "avant")
    )
    n = _number(g["n"]) if g.get("n") else 1 if direction else 0  # "la même année": no step
    n = -n if back else n
    if unit == "day" and not g.get("n"):
        base = replace(base, kind="date")
    # (a time after "depuis" bounds a state up to now, it is not a moment of the story: "Une première
    # depuis le 3 avril 2021. [...] La semaine précédente" counts from the match, not from 2021)
    times = [t for t in before if t.kind in ("date", "interval") and not _since_bound(m.string, t)]
    ref = times[-1] if times else None
    if ref is None or not ref.resolved:
        return base
    day = ref.date or ref.start_date
    assert day is not None
    span = 0 if ref.date else ((ref.end_date or day) - day).days
    if unit == "year":
        return _interval(base, dt.date(day.year + n, 1, 1), dt.date(day.year + n, 12, 31), ref.anchor)
    if unit == "month":
        if span > 31:
            return base
        y, mo = divmod(day.year * 12 + day.month - 1 + n, 12)
        return _interval(base, dt.date(y, mo + 1, 1), _month_end(y, mo + 1), ref.anchor)
    if span > 0:
        # a day or week after a month or a year: not pinned, unless a day was named before it in the
        # same paragraph ("Le 31 décembre, il promet « une année 2022 ». Quatre jours plus tard")
        days = [t for t in times if t.kind == "date" and t.date is not None and t.resolved]
        if not (g.get("n") and days and "\n" not in m.string[days[-1].end : m.start()]):
            return base
        day, ref = days[-1].date, days[-1]
        assert day is not None
    if unit == "week" and not g.get("n"):
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * n)
        return _interval(base, monday, monday + dt.timedelta(days=6), ref.anchor)
    shift = dt.timedelta(days=n * (7 if unit == "week" else 1))
    return replace(base, kind="date", date=day + shift, resolved=True, anchor=ref.anchor)


def _since_bound(text: str, t: TimeMention) -> bool:
    """Whether a time is the start of a state up to now ("depuis le 3 avril 2021", "since 2019")."""
    return bool(_SINCE.search(t.text) or _SINCE_BEFORE.search(text, max(0, t.start - 12), t.start))


def _same_evening(m: re.Match[str], before: list[TimeMention]) -> TimeMention | None:
    """ "le soir même", "le matin même": the day named last in the same paragraph; nothing without one
    ("on l'avait appris le matin même" names no day)."""
    days = [t for t in before if t.kind == "date" and t.date is not None and t.resolved]
    if not days or "\n" in m.string[days[-1].end : m.start()]:
        return None
    return TimeMention(
        text=m.group(0),
        start=m.start(),
        end=m.end(),
        date=days[-1].date,
        resolved=True,
        anchor=days[-1].anchor,
    )


def _clock_day(text: str, clock: TimeMention, before: list[TimeMention]) -> TimeMention:
    """A clock time takes the day of a date just before it in the same sentence ("samedi à 8
    heures"); alone, its day is unknown and it stays unresolved."""
    prev = before[-1] if before else None
    if prev is None or prev.kind != "date" or prev.date is None or clock.start - prev.end > 40:
        return clock
    if re.search(r"[.!?\n]", text[prev.end : clock.start]):
        return clock
    return replace(clock, date=prev.date, resolved=True, anchor=prev.anchor)


# A fronted time with its year opening a sentence or a line ("En 2017, ...", "Au printemps 2016, ...",
# "En janvier 2020, ...", "2018 : ..."): at most two words before it since the sentence began.
_FRONTED = re.compile(r"(?:^|[.!?:;\n«\"“])\s*(?:[^\W\d_]+['’]?\s*){0,2}$")
_DEICTIC = re.compile(r"\b(?:derni|proch|passé|last|next|ce|cet|cette|this)\w*", re.IGNORECASE)
# "Il y a un an, ...", "Il y a deux ans, ...": a fronted time that names a year as surely as a figure
_YEARS_AGO = re.compile(r"il\s+y\s+a\s+\S+\s+ans?", re.IGNORECASE)
_DAY_IN = re.compile(r"\b(1er|[12]\d|3[01]|0?[1-9])\b")
_SINCE = re.compile(r"^(?:depuis|since)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+$", re.IGNORECASE)


def _narrative_year(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """A day or a month without a year told after a fronted time with its year, in the same
    paragraph ("En 2017, l'entreprise ouvre une usine. Le 4 décembre, ...", "2018 : le 12 mai,
    ...", "En janvier 2020, ... Le 3 février, ..."): the story's year, not the publication's. After
    a year, a month or a season the day is the first such day from its start ("En novembre 2019 ...
    Le 3 février" is February 2020); after a full date, the same year. Deictic words ("le 4 mars
    dernier", "ce 3 juin") and weekdays that disagree keep their reading."""
    out = list(out)
    for i in range(1, len(out)):
        t = out[i]
        if t.kind not in ("date", "interval") or t.anchor == "text" or _YEAR_IN.search(t.text):
            continue
        month_m = _MONTH_IN.search(t.text)
        if month_m is None or _DEICTIC.search(t.text):
            continue
        # (the first day of a list, "du 10 au 11 mai", is no time before the second: read past it)
        prev = next(
            (p for p in reversed(out[:i]) if p.kind in ("date", "interval") and not _list_head(text, p, t)),
            None,
        )
        if prev is None or not prev.resolved or "\n" in text[prev.end : t.start]:
            continue
        if not _YEAR_IN.search(prev.text) and not (prev.date and _YEARS_AGO.fullmatch(prev.text)):
            continue
        if not _FRONTED.search(text, max(0, prev.start - 40), prev.start):
            continue
        if _SINCE.search(prev.text) or _SINCE_BEFORE.search(text, max(0, prev.start - 12), prev.start):
            continue  # "Depuis le 1er mars 2022, ... depuis janvier": a time up to now frames no story
        start = prev.date or prev.start_date
        if start is None:  # (a resolved date or interval has its day; never trust that blindly)
            continue
        month = _MO[month_m["month"].lower()]
        day_m = _DAY_IN.search(t.text[: month_m.start()])
        if t.kind == "date" and day_m is None:
            continue
        day = (1 if day_m.group(1) == "1er" else int(day_m.group(1))) if day_m else 1
        year = start.year
        if prev.date is None and (month, day) < (start.month, start.day):
            year += 1
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        weekday = _WD_IN.search(t.text)
        if weekday is not None and when.weekday() != _WD[weekday.group(0).lower()]:
            continue
        out[i] = (
            _in_year(t, year, month)
            if t.kind == "interval" or day_m is None
            else replace(t, date=when, resolved=True, anchor="text")
        )
    return out


_LIST_JOIN = re.compile(rf"\s*(?:et|au|à)\s+(?:le\s+)?(?:(?:{'|'.join(WEEKDAYS_FR)})\s+)?", re.IGNORECASE)


def _list_head(text: str, a: TimeMention, b: TimeMention) -> bool:
    """Whether `a` is the first day of a list or span whose month `b` gives ("du 10 au 11 mai")."""
    return (
        a.kind == "date"
        and not _MONTH_IN.search(a.text)
        and _LIST_JOIN.fullmatch(text[a.end : b.start]) is not None
    )


def _day_lists(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """The first day of a list or a span without its month ("les 29 et 30 juin", "du 10 au 11 mai",
    "du vendredi 6 au dimanche 8 décembre") is in the month and year its second day ends up in,
    after the story's year and the dateline have been read (it holds no month for them to read)."""
    out = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.kind != "date" or b.date is None or not _MONTH_IN.search(b.text) or not _list_head(text, a, b):
            continue
        day_m = _DAY_IN.search(a.text)
        if day_m is None:
            continue
        day = 1 if day_m.group(1) == "1er" else int(day_m.group(1))
        if day >= b.date.day or (
            a.date is not None and (a.date.year, a.date.month) == (b.date.year, b.date.month)
        ):
            continue
        when = b.date.replace(day=day)
        weekday = _WD_IN.search(a.text)
        if weekday is not None and when.weekday() != _WD[weekday.group(0).lower()]:
            continue
        out[i] = replace(a, date=when, resolved=True, anchor=b.anchor)
    return out


# A wire dateline opening a text: "PARIS, 3 mars 2021 (AFP) -", "3 mars 2021 -", "Lyon, le 3 mars 2021".
_DATELINE_BEFORE = re.compile(r"\A\s*(?:[^\W\d_][^\n,]{0,40},\s*)?$")


def _dateline_year(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """On a page with no publication day, a full date opening the text as a dateline ("PARIS, 3 mars
    2021 (AFP) - ...") is the time of writing the text states: a later day or month without a year
    and without a deictic word takes the year that puts it nearest that date (a past day, unless
    within a season ahead), anywhere in the text; deictic expressions ("hier", "mercredi") stay
    unresolved (the gold convention)."""
    first = next((t for t in out if t.kind in ("date", "interval")), None)
    if first is None or first.kind != "date" or first.date is None or not _YEAR_IN.search(first.text):
        return out
    if "\n" in text[: first.start].strip() or not _DATELINE_BEFORE.match(text[: first.start]):
        return out
    out = list(out)
    for i, t in enumerate(out):
        if (
            t.start <= first.start
            or t.resolved
            or t.kind not in ("date", "interval")
            or _YEAR_IN.search(t.text)
        ):
            continue
        month_m = _MONTH_IN.search(t.text)
        if month_m is None or _DEICTIC.search(t.text):
            continue
        month = _MO[month_m["month"].lower()]
        # (the day before its month in French, after it in English: "Oct. 20")
        day_m = _DAY_IN.search(t.text[: month_m.start()]) or _DAY_IN.search(t.text[month_m.end() :])
        if t.kind == "interval" or day_m is None:
            if t.kind == "date":
                continue
            out[i] = _in_year(t, first.date.year - (1 if month > first.date.month else 0), month)
            continue
        when = _nearest_year(month, 1 if day_m.group(1) == "1er" else int(day_m.group(1)), first.date)
        weekday = _WD_IN.search(t.text)
        if when is None or (weekday is not None and when.weekday() != _WD[weekday.group(0).lower()]):
            continue
        out[i] = replace(t, date=when, resolved=True, anchor="text")
    return out
