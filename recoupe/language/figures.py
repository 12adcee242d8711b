"""Figures: numbers in digits or words, with what they count and who claims them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc
from text_to_num import text2num

from recoupe.model import Figure, Quote

_WORDS_FR = ["zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million", "millions", "milliard", "milliards"]
_WORDS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "millions", "billion", "billions"]
_word = "|".join(sorted(set(_WORDS_FR + _WORDS_EN), key=len, reverse=True))
_words = rf"(?:{_word})(?:(?:[\s-]|\s+et\s+|\s+and\s+)(?:{_word}))*"
_digits = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_qualifier = (
    r"(?:(?:un peu\s+)?plus\s+d[e'’]\s*|près\s+d[e'’]\s*|environ\s+|moins\s+d[e'’]\s*|au\s+moins\s+|"
    r"quelque\s+|presque\s+|more\s+than\s+|about\s+|nearly\s+|at\s+least\s+|almost\s+|over\s+)"
)
_FIGURE = re.compile(
    rf"(?<![\w:.,/-])(?P<q>{_qualifier})?(?P<n>{_digits}|{_words})(?P<half>\s+(?:heures?|hours?)\s+et\s+demie)?(?P<pct>\s*%)?(?![\w:/-]|[.,]\d)",
    re.IGNORECASE,
)
_MAGNITUDES = frozenset({"cent", "cents", "mille", "million", "millions", "milliard", "milliards",
                         "hundred", "thousand", "billion", "billions"})
# Words after which a noun is not what a figure counts.
_UNITS_SKIP = frozenset({"de", "d'", "des", "of"})


def _value(number: str, lang: str) -> float | None:
    cleaned = number.replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(" ", "")
    if re.fullmatch(r"[\d.,]+", cleaned):
        try:
            return float(cleaned.replace(",", "."))
        except ValueError:
            return None
    try:
        return float(text2num(cleaned.lower(), lang))
    except ValueError:
        return None


def _what(doc: Doc | None, text: str, end: int) -> str | None:
    """The noun (and its adjective or participle) right after a figure: "personnes blessées"."""
    if doc is not None:
        span = doc.char_span(end, min(len(text), end + 60), alignment_mode="expand")
        if span is None:
            return None
        words: list[str] = []
        for tok in span:
            if not words and tok.lower_ in _UNITS_SKIP:
                continue
            if not words:
                if tok.pos_ not in ("NOUN", "PROPN") or tok.is_punct:
                    return None
                words.append(tok.text)
            elif tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", [])):
                words.append(tok.text)
                break
            else:
                break
        return " ".join(words) or None
    m = re.match(r"\s+(?:(?:de|d'|of)\s*)?([^\W\d]{3,})", text[end : end + 40])
    return m.group(1) if m else None


def extract(
    text: str,
    doc: Doc | None,
    lang: str,
    exclude: Sequence[tuple[int, int]] = (),
    quotes: Sequence[Quote] = (),
) -> list[Figure]:
    """Every figure in `text`, skipping spans in `exclude` (dates) and parts of names (S-300).

    An elliptical figure ("28 drones ..., contre plus de 300") counts what the previous figure of
    the same sentence counts. The claimant is the speaker of the quote the figure sits in.
    """
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in exclude):
            continue
        number = m.group("n")
        if number.lower() in ("un", "une", "one") and not m.group("half"):
            continue  # an article, not a count
        if number.lower() in _MAGNITUDES:
            continue  # "des millions de morts": an order of magnitude, not a figure
        if re.fullmatch(r"(19|20)\d\d", number) and not m.group("q"):
            continue  # a year (dates are handled by timex)
        value = _value(number, lang)
        if value is None:
            continue
        if m.group("half"):
            value += 0.5
        what = "%" if m.group("pct") else None
        if m.group("half"):
            what = "heures"
        what = what or _what(doc, text, end)
        if what is None and out and _same_sentence(text, out[-1].end, start):
            what = out[-1].what
        claimant = next((q for q in quotes if q.start <= start and end <= q.end), None)
        out.append(
            Figure(
                text=m.group(0),
                value=value,
                what=what,
                start=start,
                end=end,
                claimant_id=claimant.speaker_id if claimant else None,
                claimant_name=claimant.speaker_name if claimant else None,
            )
        )
    return out


def _same_sentence(text: str, a: int, b: int) -> bool:
    return not re.search(r"[.!?\n]", text[a:b])
