"""Outlet and authors read off page text: author-title lines, site credits, mastheads, bylines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from recoupe.article.metadata.credits import AGENCIES
from recoupe.article.metadata.dates import find_datetimes

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
