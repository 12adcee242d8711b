"""Wire credits read off page text: the agencies a text is credited to, and credit lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.article.metadata.dates import is_date_line

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
