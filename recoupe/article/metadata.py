"""Metadata read off page text: dates, outlet, bylines and wire credits.

Plain functions over strings, so that the plain-text cleaner and the HTML extractor share them.
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
from urllib.parse import urlsplit

# --------------------------------------------------------------------------- dates

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


# --------------------------------------------------------------------------- wire credits

# Agencies a text can be credited to, keyed by how credits write them (lowercase).
AGENCIES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "reuters": "Reuters",
    "aa": "AA",
    "anadolu": "AA",
    "ats": "ATS",
    "sda": "SDA",
    "keystone-ats": "ATS",
    "keystone-sda": "SDA",
    "belga": "Belga",
    "dpa": "DPA",
    "ansa": "ANSA",
    "efe": "EFE",
    "xinhua": "Xinhua",
    "apa": "APA",
    "upi": "UPI",
    "kyodo": "Kyodo",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "pti": "PTI",
    "ani": "ANI",
    "yonhap": "Yonhap",
    "europa press": "Europa Press",
    "kna": "KNA",
    "epd": "EPD",
    "ana": "ANA",
    "cp": "CP",
    "aap": "AAP",
    "pap": "PAP",
    "ctk": "CTK",
    "mti": "MTI",
    "tt": "TT",
    "ntb": "NTB",
    "lusa": "Lusa",
    "agerpres": "Agerpres",
    "bernama": "Bernama",
    "mena": "MENA",
    "qna": "QNA",
    "wafa": "WAFA",
    "irna": "IRNA",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
}
_AGENCY_RE = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# "(jzs/ats)", "(AFP)", "(Reuters)", "(ats/afp)", "(dpa/AP)": parentheses holding only agency codes
# and the initials of the editor, at the start or end of a paragraph.
_PAREN_CREDIT = re.compile(r"\(((?:[a-z]{2,4}/)*(?:" + _AGENCY_RE + r")(?:\s*/\s*(?:[a-z]{2,4}))*)\)", re.I)
# "avec AFP", "Le Figaro avec AFP", "With Reuters", "Source : AFP", "Sources: AFP, Reuters", "- AFP"
_LINE_CREDIT = re.compile(
    r"^(?:.{0,40}\b(?:avec|with|mit|con)\b|(?:sources?|quelle|fuente)\s*:|[-–—]|©)?\s*"
    r"(?P<list>(?:l[’'])?(?:"
    + _AGENCY_RE
    + r")(?:\s*(?:,|/|et|and|und|y|&)\s*(?:l[’'])?(?:"
    + _AGENCY_RE
    + r"))*)"
    r"\s*\.?\)?$",
    re.I,
)
_PHOTO = re.compile(r"photo|image|foto|bild|crédit|credit|vid[ée]o|getty|©", re.I)


# "(mlr/apc)": an editor's initials, a slash, the agency's code (the Swiss and French wire style),
# credited even when the agency is not in the list above.
_SIGNATURE = re.compile(r"\((?:[a-z]{2,4}/)+([a-z]{2,6})\)")
# An agency code alone on a line: two to six capitals (`AA`, `APC`).
_LONE_CODE = re.compile(r"^[A-Z]{2,6}$")


def _agencies_in(text: str) -> list[str]:
    found = re.findall(r"(?<![\w-])(" + _AGENCY_RE + r")(?![\w-])", text, re.I)
    return [AGENCIES[f.lower()] for f in found]


def wire_credits(lines: Sequence[str], near_top: int = 8) -> tuple[str, ...]:
    """Agencies the text is credited to, in order of appearance, each once.

    A credit is a form that attributes the text itself: `(jzs/ats)` or `(AFP)` at the start or end
    of a paragraph, a short line such as `avec AFP` or `Sources : AFP, Reuters`, or an agency alone
    on a line near the dateline (the first `near_top` lines) or at the very end. An agency cited as
    a source inside a sentence (`a confirmé à l'AFP`, `selon l'agence Reuters`) or in a photo credit
    (`Crédit Photo : X / AFP`) is not a credit.
    """
    credits: list[str] = []
    content = [ln.strip() for ln in lines if ln.strip()]
    for i, line in enumerate(content):
        if _PHOTO.search(line) and len(line) < 200:
            continue
        for m in _PAREN_CREDIT.finditer(line):
            at_edge = m.end() >= len(line.rstrip(" .")) - 1 or m.start() <= 40
            if at_edge:
                credits.extend(_agencies_in(m.group(1)))
        signature = _SIGNATURE.search(line)
        if signature and signature.end() >= len(line.rstrip(" .")) - 1 and not _PAREN_CREDIT.search(line):
            code = signature.group(1).lower()
            credits.append(AGENCIES.get(code, code.upper()))
        if _LONE_CODE.match(line) and line.lower() not in AGENCIES and _beside_dateline(content, i):
            credits.append(line)
        if len(line) <= 60:
            lm = _LINE_CREDIT.match(line)
            if lm is not None:
                alone = lm.group("list").strip().lower() == line.strip(" .-–—()").lower()
                if not alone or i < near_top or i >= len(content) - 2:
                    credits.extend(_agencies_in(lm.group("list")))
    return tuple(dict.fromkeys(credits))


def _beside_dateline(lines: Sequence[str], i: int) -> bool:
    """Whether line `i` stands next to a dateline (where a lone agency code credits the text)."""
    return any(0 <= j < len(lines) and is_date_line(lines[j]) for j in (i - 1, i + 1))


def is_credit_line(line: str) -> bool:
    """A short line that only credits agencies (`AA`, `avec AFP`, `Source : Reuters`)."""
    line = line.strip()
    if _SIGNATURE.fullmatch(line):
        return True
    return len(line) <= 60 and not _PHOTO.search(line) and _LINE_CREDIT.match(line) is not None


def ends_with_credit(line: str) -> bool:
    """A paragraph closed by a wire credit such as `(jzs/ats)` or `(AFP)`: the article ends there."""
    ends = [m.end() for m in _PAREN_CREDIT.finditer(line)] + [m.end() for m in _SIGNATURE.finditer(line)]
    return bool(ends) and ends[-1] >= len(line.rstrip(" .")) - 1


# --------------------------------------------------------------------------- outlet and authors

_AUTHOR_TITLE = re.compile(
    r"^[-–•]?\s*(?:titre de l[’']auteur|author title|t[íi]tulo del autor)\s*,\s*(.+)$", re.I
)
# "Image: watson", "Video: watson": the site credited for its own picture ("Photo : X" names a
# photographer or an agency instead).
_SITE_CREDIT = re.compile(r"^(?:image|video|vidéo|bild)\s*:\s*(.{2,40})$", re.I)
_SOURCE_URL = re.compile(r"^(?:source|sources|quelle|fuente|fonte)\s*:\s*(https?://\S+)\s*$", re.I)
_BYLINE = re.compile(
    r"^(?i:par|by|von|por|di|door|av)\s+(?P<names>[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?"
    r"[A-ZÀ-Ý][\w'’.-]+){0,3}(?:\s*(?:,|et|and|und|y|&)\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})*)"
    r"\s*(?:[,|–—-].{0,60})?$"
)


def domain_outlet(url: str | None) -> str | None:
    """The site of a URL, as an outlet name of last resort (`https://www.thanhnien.vn/x` → `thanhnien.vn`)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet_from_lines(lines: Sequence[str]) -> str | None:
    """The outlet a page names: an author-title line, a site credit, a dateline naming it twice.

    Returns None when the page does not name one (a `Source : <url>` line is read by
    `source_url`, the fetch URL by `domain_outlet`).
    """
    for line in lines:
        line = line.strip()
        m = _AUTHOR_TITLE.match(line)
        if m:
            return m.group(1).strip()
    for line in lines:
        line = line.strip()
        m = _SITE_CREDIT.match(line)
        if m and m.group(1).strip().lower() not in AGENCIES and "/" not in m.group(1):
            return m.group(1).strip()
        dates = find_datetimes(line) if len(line) <= 120 else []
        if dates:
            prefix = line[: dates[0][0]].strip(" ,|-–")
            half = len(prefix) // 2
            if prefix and len(prefix) % 2 == 0 and prefix[:half] == prefix[half:]:
                return prefix[:half].strip()
    return masthead(lines)


def masthead(lines: Sequence[str]) -> str | None:
    """The site's name when the page opens with it above a menu (a name, then one-word links)."""
    content = [ln.strip() for ln in lines if ln.strip()]
    if len(content) < 3:
        return None
    first = content[0]
    words = re.findall(r"\w+", first)
    if not 1 <= len(words) <= 6 or re.search(r"[.!?:;,]$", first) or not first[0].isupper():
        return None
    menu = content[1:3]
    if all(len(re.findall(r"\w+", m)) <= 6 and not re.search(r"[.!?]$", m) for m in menu):
        return first
    return None


def source_url(lines: Sequence[str]) -> str | None:
    """The URL of a `Source : <url>` line (a page republishing another outlet's article)."""
    for line in lines:
        m = _SOURCE_URL.match(line.strip())
        if m:
            return m.group(1)
    return None


def authors_from_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """Names from byline lines (`Par Jean Dupont et Marie Curie`, `By Jane Doe`), each once."""
    names: list[str] = []
    for line in lines:
        line = line.strip()
        if len(line) > 120:
            continue
        m = _BYLINE.match(line)
        if m:
            parts = re.split(r"\s*(?:,|\bet\b|\band\b|\bund\b|\by\b|&)\s*", m.group("names"))
            names.extend(p.strip() for p in parts if p.strip() and p.strip().lower() not in AGENCIES)
    return tuple(dict.fromkeys(names))


def is_author_title(line: str) -> bool:
    """A line giving the author's title or outlet (`- Titre de l'auteur, BBC News Mundo`)."""
    return _AUTHOR_TITLE.match(line.strip()) is not None


def is_byline(line: str) -> bool:
    """A byline line (`Par X`, `By X`, `- Auteur, X`)."""
    line = line.strip()
    if len(line) > 120:
        return False
    return bool(_BYLINE.match(line) or re.match(r"^[-–•]?\s*(?:auteurs?|author|autor)\s*[,:]", line, re.I))


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
