"""Publication and update dates read off page text: datelines, relative ages, declared dates.

Nothing is invented: a date that the page does not give stays None, a relative date ("3 heures",
"il y a 2 jours", "3 hours ago") is resolved only against the time the page was fetched, and a
datetime is time-zone aware only when the page states the zone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_MONTHS = {
    # French
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fév": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    # English
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "dec": 12,
    # Spanish, German (the corpora's other main languages)
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_TIME = r"(?P<H>\d{1,2})\s*(?::|h|H)\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
_ZONE = (
    r"(?P<zone>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|CEST|CET|BST|EST|EDT|CST|CDT|PST|PDT|MSK)"
)
# One pattern per way of writing a day; each may be followed or preceded by a time.
_DATE_FORMS = [
    # 2025-03-14, 2025-03-14T15:53:00+01:00
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]" + _TIME + r")?",
    # 14.03.2025 / 14/03/2025 / 14-03-2025 (day first: the European order of the pages read here)
    # (a digit may stand just before it only when it ends a glued time: "15:5314.03.2025")
    r"(?:(?<!\d)|(?<=:\d\d))(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})",
    # 14 mars 2025, 14. März 2025, 14 de marzo de 2025
    r"(?<!\d)(?P<d>\d{1,2})(?:er)?\.?\s+(?:de\s+)?(?P<mon>" + _MONTH_RE + r")\.?\s+(?:de\s+)?(?P<y>\d{4})",
    # March 14, 2025 / Nov. 18 2019
    r"(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})",
]
_YEAR = re.compile(r"\d{4}")
_DATE_RES = [re.compile(form, re.I) for form in _DATE_FORMS]
_TIME_RE = re.compile(r"(?<![\d.])" + _TIME + r"(?:\s*" + _ZONE + r")?")
_ZONE_RE = re.compile(r"^\s*,?\s*(?:à\s*|at\s*|um\s*|-\s*)?" + _ZONE)
_UPDATED_RE = re.compile(
    r"mis à jour|mise à jour|actualisé|modifié|updated?|aktualisiert|actualizad[oa]|last modified", re.I
)
_NAMED_ZONES = {
    "CET": 1,
    "CEST": 2,
    "BST": 1,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "PST": -8,
    "PDT": -7,
    "MSK": 3,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
}

_UNITS = {
    "sec": "seconds",
    "seconde": "seconds",
    "second": "seconds",
    "segundo": "seconds",
    "min": "minutes",
    "minute": "minutes",
    "minuto": "minutes",
    "h": "hours",
    "heure": "hours",
    "hour": "hours",
    "hora": "hours",
    "hr": "hours",
    "stunde": "hours",
    "jour": "days",
    "day": "days",
    "día": "days",
    "dia": "days",
    "tag": "days",
    "semaine": "weeks",
    "week": "weeks",
    "semana": "weeks",
}
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
# "3 heures", "il y a 2 jours", "3 hours ago", "hace 3 horas", "vor 2 Stunden": only as a whole
# (short) line, where a page shows when it was published; inside a sentence it is reporting.
_RELATIVE_RE = re.compile(
    r"^(?:publié\s+|published\s+|posted\s+)?(?:il y a|hace|vor)?\s*(?P<n>\d{1,3})\s*"
    r"(?P<unit>" + _UNIT_RE + r")[a-zé]*\.?\s*(?:ago)?\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Dates:
    """Publication and update times read off a page; None where the page does not give them."""

    published: datetime | None = None
    updated: datetime | None = None
    relative: str | None = None  # the relative expression seen ("3 heures"), resolved or not


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.replace(" ", "").upper()
    if text in _NAMED_ZONES:
        return timezone(timedelta(hours=_NAMED_ZONES[text]))
    m = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", text)
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
    return timezone(-delta if m.group(1) == "-" else delta)


def _build(y: int, mo: int, d: int, tm: re.Match[str] | None) -> datetime | None:
    hour = minute = second = 0
    tz = None
    if tm is not None:
        hour, minute, second = int(tm.group("H")), int(tm.group("M")), int(tm.group("S") or 0)
        ampm = (tm.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        tz = _zone(tm.groupdict().get("zone"))
    try:
        return datetime(y, mo, d, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def find_datetimes(line: str) -> list[tuple[int, int, datetime]]:
    """Every (start, end, datetime) written in `line`, glued forms included, in reading order.

    `14.03.2025, 15:5314.03.2025, 16:49` gives two datetimes; `19:0414/03/2025, Cuma` gives
    14 March 2025 at 19:04 (a time written just before a date belongs to it).
    """
    found: list[tuple[int, int, datetime]] = []
    taken: list[tuple[int, int]] = []
    if not _YEAR.search(line):
        return found  # every form carries a four-digit year
    for rx in _DATE_RES:
        for m in rx.finditer(line):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            gd = m.groupdict()
            mon = gd.get("mon")
            month = _MONTHS.get(mon.lower().rstrip(".")) if mon else int(gd["m"])
            if not month:
                continue
            start, end = m.start(), m.end()
            tm: re.Match[str] | None = None
            if gd.get("H"):
                tm = _TIME_RE.match(line, m.start("H"))
                end = max(end, tm.end()) if tm else end
            else:
                after = re.compile(r"[\s,]*(?:à|at|um|a las|-|,)?\s*").match(line, end)
                pos = after.end() if after else end
                tm = _TIME_RE.match(line, pos)
                if tm is None:
                    before = re.search(_TIME + r"\s*$", line[:start])
                    if before is not None:
                        tm = _TIME_RE.match(line, before.start())
                        start = before.start()
                else:
                    end = tm.end()
            if tm is not None and tm.groupdict().get("zone") is None:
                zm = _ZONE_RE.match(line, tm.end())
                if zm is not None:
                    tz = _zone(zm.group("zone"))
                    end = zm.end()
                    dt = _build(int(gd["y"]), month, int(gd["d"]), tm)
                    if dt is not None:
                        found.append((start, end, dt.replace(tzinfo=tz)))
                        taken.append((start, end))
                    continue
            dt = _build(int(gd["y"]), month, int(gd["d"]), tm)
            if dt is not None:
                found.append((start, end, dt))
                taken.append((start, end))
    return sorted(found, key=lambda f: f[0])


def is_date_line(line: str) -> bool:
    """A line that is a dateline (dates, a label, a name or a weekday), not a sentence citing a date."""
    line = line.strip()
    if not line or len(line) > 120:
        return False
    if relative_delta(line) is not None:
        return True
    dates = find_datetimes(line)
    if not dates:
        return False
    rest = line
    for start, end, _ in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    words = re.findall(r"\w+", rest)
    return len(words) <= 8 and not re.search(r"[.!?]\s*$", rest.strip())


def relative_delta(line: str) -> timedelta | None:
    """The age a short relative-date line gives (`3 heures`, `il y a 2 jours`, `3 hours ago`)."""
    m = _RELATIVE_RE.match(line.strip())
    if m is None:
        return None
    unit = m.group("unit").lower()
    return timedelta(**{_UNITS[unit]: int(m.group("n"))})


def read_dates(lines: Sequence[str], fetched_at: datetime | None = None) -> Dates:
    """Publication and update datetimes from the dateline among `lines` (header lines first).

    The first dateline wins. When it holds two datetimes, the later one is the update (also when a
    label such as "mis à jour" or "updated" stands before it). A relative line is resolved against
    `fetched_at`; without a fetch time it stays unresolved (published None): "now" is never used.
    """
    for line in lines:
        if not is_date_line(line):
            continue
        delta = relative_delta(line)
        if delta is not None:
            published = fetched_at - delta if fetched_at is not None else None
            return Dates(published=published, relative=line.strip())
        dts = find_datetimes(line)
        first = dts[0][2]
        updated = None
        for start, _, dt in dts[1:]:
            if dt != first and (_UPDATED_RE.search(line[:start]) or _later(dt, first)):
                updated = dt
                break
        if updated is None and _UPDATED_RE.search(line[: dts[0][0]]) and len(dts) == 1:
            continue  # "Mis à jour le ..." alone: not the publication date; keep looking
        return Dates(published=first, updated=updated)
    return Dates()


def _later(a: datetime, b: datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a > b


def hint_date(value: str | None) -> datetime | None:
    """A date the input declared (JSONL field, feed entry): ISO 8601, RFC 2822, or a date written out.

    A value that does not parse is ignored, never guessed.
    """
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        found = find_datetimes(value)
        return found[0][2] if found else None
