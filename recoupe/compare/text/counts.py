"""Counts written in a text, as a fallback when the language layer gave no figures."""

from __future__ import annotations

import re

from recoupe.compare.text.tokens import fold, words

_NUMBER_WORDS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "cent": 100,
    "mille": 1000,
}
# "les deux pays", "ces trois jours": a number word after a determiner names a known set, not a count.
_DETERMINERS = {"les", "des", "ces", "leurs", "nos", "vos", "aux"}
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u202f\u00a0.]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_DATE_CONTEXT = re.compile(
    r"^\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|h\b|heures?\b)",
    re.IGNORECASE,
)


def numbers(text: str) -> list[tuple[float, str]]:
    """(value, following word) of the counts written in `text`, skipping years and days of the month.

    A fallback for when the language layer gave no figures: '28 drones' -> (28.0, 'drones').
    """
    found: list[tuple[float, str]] = []
    for m in _NUMBER.finditer(text):
        after = text[m.end() :]
        if _DATE_CONTEXT.match(after):
            continue
        raw = re.sub(r"[ \u202f\u00a0]", "", m.group(1))
        raw = raw.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) else raw.replace(",", ".")
        value = float(raw)
        if 1900 <= value <= 2100 and value.is_integer():
            continue  # a year
        nxt = words(after[:40])
        found.append((value, fold(nxt[0]) if nxt else ""))
    for w_index, w in enumerate(words(text)):
        if w.lower() in _NUMBER_WORDS and not (w_index and words(text)[w_index - 1].lower() in _DETERMINERS):
            rest = words(text)[w_index + 1 : w_index + 2]
            found.append((float(_NUMBER_WORDS[w.lower()]), fold(rest[0]) if rest else ""))
    return found
