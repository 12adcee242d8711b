"""Figures: numbers in digits or words, with what they count and who claims them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc
from text_to_num import text2num

from recoupe.language.timex.words import MONTHS_EN, MONTHS_FR
from recoupe.model import Figure, Quote

_WORDS_FR = ["zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million", "millions", "milliard", "milliards"]  # fmt: skip
_WORDS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "millions", "billion", "billions"]  # fmt: skip
_word = "|".join(sorted(set(_WORDS_FR + _WORDS_EN), key=len, reverse=True))
_words = rf"(?:{_word})(?:(?:[\s-]|\s+et\s+|\s+and\s+)(?:{_word}))*"
# Digits: thousands grouped by spaces, by dots (French: 200.000) or by commas (English: 12,000), then
# a decimal part; which separator groups thousands and which marks decimals is read per language.
_digits = (
    r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?"
)
# A qualifier ends with an apostrophe ("près d'") or a space, maybe after a quote mark ('au moins" six').
_QUALIFIER_APOS = r"(?:un\s+peu\s+)?plus\s+d['’]|près\s+d['’]|moins\s+d['’]"
_QUALIFIER_WORDS = (
    r"(?:un\s+peu\s+)?plus\s+de|près\s+de|environ|moins\s+de|au\s+moins|quelque|presque|more\s+than|"
    r"fewer\s+than|less\s+than|about|nearly|at\s+least|almost|over|some|around|roughly|approximately"
)
_qualifier = rf"(?:{_QUALIFIER_APOS})\s*|(?:{_QUALIFIER_WORDS})(?:\s*[\"«»“”])?\s+"
# Approximate number nouns with a value: "une centaine de" (100); "des centaines" has none.
_APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}  # fmt: skip
_SCALES = {"mille": 1e3, "thousand": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e9, "billions": 1e9}  # fmt: skip
# Units a half follows ("deux heures et demie", "2 ans et demi").
_HALF_UNITS = r"heures?|ans?|années?|mois|jours?|semaines?|minutes?|kilos?|kilomètres?|litres?|hours?|years?|months?|weeks?|days?"
# Units glued to their digits ("1g/l", "12km"), lowercase only ("5G" is a network, not grams).
_GLUED = r"(?-i:(?:km|cm|mm|m|kg|mg|µg|g|l|ml|cl|t|ha|kWh|MWh|GWh|kW|MW|GW)(?:/(?:l|h|km|m2|m²|an|j|kg))?)"
_FIGURE = re.compile(
    rf"(?<![\w:.,/-])(?P<q>{_qualifier})?"
    rf"(?P<n>(?P<approx>une?\s+(?:{'|'.join(a for a in _APPROX if a != 'quarantaine')}|quarantaine(?=\s*d[e'’])))"
    rf"|(?P<demi>une?\s+demi-(?:million|milliard))"
    rf"|(?P<d>{_digits})(?:\s+(?P<scale>{'|'.join(sorted(_SCALES, key=len, reverse=True))}))?(?P<glued>{_GLUED})?"
    rf"|{_words})"
    r"(?P<andhalf>(?:(?<=million)|(?<=millions)|(?<=milliard)|(?<=milliards))\s+et\s+demie?)?"
    rf"(?P<half>\s+(?P<hunit>{_HALF_UNITS})\s+et\s+demie?)?"
    r"(?P<pct>\s*(?:%|pour\s*cent\b|percent\b|per\s+cent\b))?"
    r"(?![\w:/-]|[.,]\d)",
    re.IGNORECASE,
)
_MAGNITUDES = frozenset(
    {"million", "millions", "milliard", "milliards", "hundred", "thousand", "billion", "billions"}
)
# Words after which a noun is not what a figure counts ("30 % des voix" counts voix).
_UNITS_SKIP = frozenset({"de", "d'", "d’", "des", "du", "of"})
# Adverbs of degree between a number and its adjective ("trois des plus grosses banques").
_DEGREE = frozenset({"plus", "moins", "très", "aussi", "si", "trop"})
# English adjectives the untagged reading passes over before the noun ("13 other states").
_ADJECTIVES_EN = frozenset(["other", "more", "main", "new", "major", "key", "additional", "separate", "different", "big", "large", "small", "young", "old", "former"])  # fmt: skip
# English words the untagged reading must not take for a counted noun.
_STOPWORDS_EN = frozenset(["the", "a", "an", "and", "or", "to", "in", "on", "at", "of", "for", "by", "with", "from", "than", "that", "this", "these", "those", "their", "its", "his", "her", "our", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "per"])  # fmt: skip
# A number right after these words names or numbers something ("article 49.3", "numéro 10", "n°58").
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:articles?|alinéas?|loi|décret|numéros?|num\.|chapitres?|pages?|p\.|sections?|paragraphes?|"
    r"tomes?|volumes?|épisodes?|saisons?|niveaux?|phases?|étapes?|rangs?|actes?|number|chapter|no\.)|n[°º]|\bNo)"
    r"\s*(?:[«\"“]\s*)?$",
    re.IGNORECASE,
)
# "les années 70", "the 90s": decades.
_DECADE_BEFORE = re.compile(r"\b(?:années|ann[ée]es)\s+$", re.IGNORECASE)
_MONTHS = [*MONTHS_FR, *MONTHS_EN]  # (the time layer's month names)
_MONTH_NEAR = re.compile(rf"\b(?:{'|'.join(_MONTHS)})\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(_MONTHS)})\b", re.IGNORECASE)
# Clock times the time layer reads as durations: "à 20 heures", "du 20 heures", "8 heures du soir".
_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:à|vers|dès|jusqu['’]à|avant|après|le|du|au|aux)|\bà\s+partir\s+de)\s+$", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(r"\s+(?:du\s+(?:soir|matin)|de\s+l['’]après-midi)\b", re.IGNORECASE)
# Phone numbers: "01 23 45 67 89", "+33 1 23 45 67 89".
_PHONE = re.compile(
    r"(?<![\d\w])(?:\+\d{2,3}[ .\u00a0]?\d(?:[ .\u00a0]?\d\d){4}|0\d(?:[ .\u00a0]?\d\d){4})(?!\d)"
)
# Durations a date expression holds ("il y a six ans", "dans deux semaines"): the count is a figure.
_DURATION_UNIT_AFTER = re.compile(
    r"\s+(?:jours|semaines|mois|ans|années|décennies|siècles|days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
_FRACTION_AFTER = re.compile(
    r"\s+(?:quarts?|tiers|cinquièmes|sixièmes|huitièmes|dixièmes|centièmes|millièmes)\b", re.IGNORECASE
)
# A noun phrase the tagger missed follows ("trois des plus grosses", "six plus grandes"): no ellipsis.
_PARTITIVE_AFTER = re.compile(r"\s+(?:des|plus|moins)\b", re.IGNORECASE)
_MULTIPLIER_BEFORE = re.compile(r"\b(?:multipli|divis)\w*\s+par\s+$", re.IGNORECASE)
_MULTIPLIER_AFTER = re.compile(
    r"\s+(?:fois|times)\s+(?:plus|moins|supérieure?s?|inférieure?s?|more|less|higher|lower|larger|bigger)\b",
    re.IGNORECASE,
)
_STREET_AFTER = re.compile(
    r"(?:\s*(?:bis|ter),?)?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours|street|"
    r"avenue|road)\b",
    re.IGNORECASE,
)
_SINGULAR_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la)\s+|\bl['’]\s*)$", re.IGNORECASE)
_WEEKDAYS_AND_MONTHS = frozenset(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", *_MONTHS]
)
_RANGE_BETWEEN = re.compile(r"\s*(?:et|ou|à|to|and|or|-|–)\s*", re.IGNORECASE)
_CLOCK_CHAIN = re.compile(r"\s*(?:\([^)]{0,40}\))?\s*(?:,|et|and)?\s*", re.IGNORECASE)


@dataclass
class _Found:
    start: int
    end: int
    text: str
    value: float
    what: str | None
    pct: bool
    big: bool = False  # told with a scale word ("40 milliards")


def _value(number: str, lang: str) -> float | None:
    cleaned = number.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(" ", "")
    if lang == "fr" and re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")  # "200.000": dots group thousands in French
    elif lang != "fr" and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", cleaned):
        cleaned = cleaned.replace(",", "")  # "12,000": commas group thousands in English
    if re.fullmatch(r"\d+(?:[.,]\d+)?", cleaned):
        return float(cleaned.replace(",", "."))
    try:
        return float(text2num(re.sub(r"\s+", " ", cleaned.lower()), lang))
    except ValueError:
        return None


def _what(doc: Doc | None, text: str, end: int) -> str | None:
    """The noun (and its adjective or participle) right after a figure: "personnes blessées"; one or
    two adjectives before the noun are passed over ("deux principales chaînes")."""
    if doc is not None:
        span = doc.char_span(end, min(len(text), end + 80), alignment_mode="expand")
        if span is None:
            return None
        words: list[str] = []
        adjectives = 0
        for tok in span:
            if "\n" in text[end : tok.idx + len(tok)]:
                break  # a line ends: what follows heads the next one ("3 milliards\nBNP Paribas : ...")
            if tok.is_space:
                continue
            if not words and tok.lower_ in _UNITS_SKIP:
                continue
            if not words:
                if tok.pos_ == "ADJ" and adjectives < 2 and not tok.is_punct:
                    adjectives += 1
                    continue
                if tok.lower_ in _DEGREE and adjectives == 0:
                    continue  # "les six plus grandes banques"
                if tok.lower_ == "pas":
                    return tok.text  # "10 000 pas": steps, whatever the tagger says
                if tok.pos_ not in ("NOUN", "PROPN") or tok.is_punct:
                    return None
                per = re.match(r"/[^\W\d]{1,3}\b", text[tok.idx + len(tok) : tok.idx + len(tok) + 5])
                if per is not None:
                    return tok.text + per.group()  # a rate: "km/h"
                words.append(tok.text)
            elif tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", [])):
                words.append(tok.text)
                break
            else:
                break
        return " ".join(words) or None
    # Untagged (English): the first word after, past "of (the)" and a few adjectives, on the same line.
    m = re.match(
        r"[^\S\n]+(?:(?:de|d'|of(?:[^\S\n]+the)?)[^\S\n]*)?([^\W\d]+(?:[^\S\n]+[^\W\d]+){0,2})",
        text[end : end + 60],
    )
    if m is None:
        return None
    words = m.group(1).split()
    while len(words) > 1 and words[0].lower() in _ADJECTIVES_EN:
        words.pop(0)
    word = words[0]
    return None if len(word) < 3 or word.lower() in _STOPWORDS_EN else word


def _plural_noun_after(doc: Doc | None, text: str, end: int) -> bool:
    """A plural common noun (not a month) right after `end`: "en juin 12 pesticides"."""
    if doc is None:
        return False
    span = doc.char_span(end, min(len(text), end + 40), alignment_mode="expand")
    toks = [t for t in span if not t.is_space] if span is not None else []
    if not toks or "\n" in text[end : toks[0].idx]:
        return False
    return (
        toks[0].pos_ == "NOUN" and "Plur" in toks[0].morph.get("Number", []) and toks[0].lower_ not in _MONTHS
    )


def _is_name_part(text: str, start: int, number: str) -> bool:
    """A bare integer right after a capitalised word names something: "CAC 40", "France 2", "RN 7"."""
    if not number.isdigit():
        return False
    window = text[max(0, start - 40) : start]
    m = re.search(r"(?<![\w'’])([\w-]*[A-ZÀ-Ý][\w-]*) $", window)
    if m is None:
        return False
    # A capital opening a sentence is no name ("Entre 200 et 300"), unless an acronym ("RN 7").
    opens = (
        not window[: m.start()].strip()
        and start - len(window) <= 0
        or bool(re.search(r"[.!?:\n«\"]\s*$", window[: m.start()]))
    )
    return not opens or (len(m.group(1)) >= 2 and m.group(1).isupper())


def extract(
    text: str,
    doc: Doc | None,
    lang: str,
    exclude: Sequence[tuple[int, int]] = (),
    quotes: Sequence[Quote] = (),
) -> list[Figure]:
    """Every figure in `text`, skipping spans in `exclude` (dates) and parts of names (S-300).

    An elliptical figure ("28 drones ..., contre plus de 300") counts what the previous figure of
    the same sentence counts; the first of a range ("entre 200 et 300 manifestants") what the
    second counts. The claimant is the speaker of the quote the figure sits in.
    """
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    found: list[_Found] = []
    clock_end = -1  # end of the last clock time read ("8 heures du soir, 8 minutes et 8 secondes")
    for m in _FIGURE.finditer(text):
        start, end = m.start(), m.end()
        before = text[max(0, start - 30) : start]
        after = text[end : end + 30]
        if any(s < end and start < e for s, e in phones):
            continue
        if any(s < end and start < e for s, e in exclude):
            # A count a date expression holds ("il y a six ans"), or a number a date read wrongly
            # ends on ("en juin 12 pesticides"), is still a figure.
            inside_ok = bool(_DURATION_UNIT_AFTER.match(after))
            ends_span = any(s < start and end == e for s, e in exclude)
            if not (inside_ok or (ends_span and m.group("d") and _plural_noun_after(doc, text, end))):
                continue
        if _no_figure(m, text, doc, before, after):
            continue
        hunit = m.group("hunit")
        hours = None
        if m.group("d") and not (hunit or m.group("q") or m.group("scale") or m.group("pct")):
            hours = re.match(r"\s+(?:heures?|hours?)\b", after, re.IGNORECASE)
        if hours is not None:
            word_end = end + hours.end()
            told = _CLOCK_AFTER.match(text, word_end)
            if told or (
                _CLOCK_BEFORE.search(before) and not re.match(r"\s+de\s", text[word_end : word_end + 5])
            ):
                clock_end = told.end() if told else word_end
                continue  # a clock time ("à 20 heures", "le 20 heures", "8 heures du soir")
        if clock_end >= 0 and _CLOCK_CHAIN.fullmatch(text[clock_end:start]):
            chained = re.match(r"\s+(?:minutes?|secondes?)\b", after, re.IGNORECASE)
            if chained is not None:
                clock_end = end + chained.end()
                continue  # "8 heures du soir, 8 minutes et 8 secondes": the same clock time
        value = _figure_value(m, lang)
        if value is None:
            continue
        what: str | None
        if m.group("glued"):
            what = m.group("glued")
        elif hunit:
            what = hunit if hunit.lower().endswith(("s", "x")) else hunit + "s"  # a half: plural
        elif m.group("pct"):
            what = _what(doc, text, end) if re.match(r"\s*(?:de|des|du|d['’]|of)\b", after, re.I) else None
            what = what or "%"
        elif sign := re.search(r"([$£€¥])\s*$", before) or re.match(r"[^\S\n]*([$£€¥])", after):
            what = sign.group(1)  # a currency sign: "$41.1 billion", "£200", "15 €"
        else:
            what = _what(doc, text, end)
        big = bool(re.search(r"milli(?:on|ard)|billion|thousand|mille", m.group(0), re.IGNORECASE))
        found.append(_Found(start, end, m.group(0), value, what, bool(m.group("pct")), big))
    _borrow_whats(text, found)
    out = []
    for f in found:
        claimant = next((q for q in quotes if q.start <= f.start and f.end <= q.end), None)
        out.append(
            Figure(
                text=f.text,
                value=f.value,
                what=f.what,
                start=f.start,
                end=f.end,
                claimant_id=claimant.speaker_id if claimant else None,
                claimant_name=claimant.speaker_name if claimant else None,
            )
        )
    return out


def _no_figure(m: re.Match[str], text: str, doc: Doc | None, before: str, after: str) -> bool:
    """A number that counts nothing: an article, a magnitude alone, a fraction, a multiplier, a street
    number, an identifier, a decade, a day, a rank, a list or note number, a label, a year, a name."""
    start, end = m.start(), m.end()
    number = m.group("n")
    lowered = number.lower()
    if lowered in ("un", "une", "one", "a") and not m.group("half"):
        return True  # an article, not a count
    if lowered in _MAGNITUDES:
        return True  # "des millions de morts": an order of magnitude, not a figure
    if _FRACTION_AFTER.match(after):
        return True  # "les trois quarts", "deux tiers": fractions are not annotated
    if _MULTIPLIER_BEFORE.search(before) or _MULTIPLIER_AFTER.match(after):
        return True  # "multipliée par cinq", "trois fois plus": multipliers are not annotated
    if not m.group("q") and _STREET_AFTER.match(after):
        return True  # a street number: "au 19 rue principale"
    if not m.group("q") and not m.group("pct"):
        if _IDENTIFIER_BEFORE.search(before) or _DECADE_BEFORE.search(before):
            return True
        if (
            m.group("d")
            and not m.group("scale")
            and (_MONTH_NEAR.search(before) or _MONTH_AFTER.match(after))
            and not _plural_noun_after(doc, text, end)
        ):
            return True  # a day of a month the time layer did not read ("March 16, 2020")
        if re.search(r"#\s*$", before):
            return True  # a rank or an issue number: "#10"
        if re.search(r"(?:^|\n)[^\S\n]*$", text[max(0, start - 5) : start]) and re.match(
            r"[.)](?:\s|$)", after
        ):
            return True  # list numbering at a line's start: "1. ", "2) "
        if re.search(r"[(\[]$", before) and re.match(r"[)\]]", after):
            return True  # a note or list number: "(1)"
        if re.search(r"[«\"“]\s*$", before) and re.match(r"\*?\s*[»\"”]", after):
            return True  # a number quoted alone is a label: "classées en « 1 »"
    if m.group("d") and re.fullmatch(r"(19|20)\d\d", number) and not m.group("q") and not m.group("pct"):
        # A year, unless it counts a noun ("2000 manifestants"); dates are handled by timex.
        if doc is None or re.search(
            r"\b(?:en|de|depuis|dès|in|since|of|an|année|années|le|l['’]|au|du|à)\s*$", before, re.I
        ):
            return True
        if not _plural_noun_after(doc, text, end):
            return True
    if (
        m.group("d")
        and not m.group("q")
        and not m.group("pct")
        and not m.group("scale")
        and not m.group("glued")
        and _is_name_part(text, start, number)
    ):
        own = _what(doc, text, end)
        if own is None or not own[:1].islower():
            return True
    if (
        m.group("d")
        and not (m.group("q") or m.group("pct") or m.group("scale") or m.group("glued"))
        and _SINGULAR_ARTICLE_BEFORE.search(before)
    ):
        own = _what(doc, text, end)
        if own is None or own.split()[0].lower() in _WEEKDAYS_AND_MONTHS:
            return (
                True  # "le 49.3", "le 8, symbole ...": a singular article names a number, it counts nothing
            )
    return False


def _figure_value(m: re.Match[str], lang: str) -> float | None:
    if m.group("approx"):
        return float(_APPROX[m.group("approx").split()[-1].lower()])
    if m.group("demi"):
        return 0.5 * (1e6 if "million" in m.group("demi").lower() else 1e9)
    if m.group("d"):
        value = _value(m.group("d"), lang)
        if value is not None and m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
    else:
        value = _value(m.group("n"), lang)
    if value is not None and m.group("half"):
        value += 0.5
    if value is not None and m.group("andhalf"):
        value *= 1.5  # "un million et demi"
    return value


def _borrow_whats(text: str, found: list[_Found]) -> None:
    """A figure without a noun takes the next one's in a range ("entre 200 et 300 manifestants",
    "trente ou quarante dernières années"), else the previous one's in its sentence (elliptical) when
    both are told alike (a sum in "milliards" does not count the "banques" of a small number before)."""
    for i in range(len(found) - 2, -1, -1):
        f, nxt = found[i], found[i + 1]
        if f.what is None and nxt.what is not None and _RANGE_BETWEEN.fullmatch(text[f.end : nxt.start]):
            f.what = nxt.what if not nxt.pct or f.pct or nxt.what != "%" else None
    for i in range(1, len(found)):
        f, prev = found[i], found[i - 1]
        if (
            f.what is None
            and prev.what is not None
            and not prev.pct
            and prev.big == f.big
            and _same_sentence(text, prev.end, f.start)
            and not _PARTITIVE_AFTER.match(text, f.end)
        ):
            f.what = prev.what


def _same_sentence(text: str, a: int, b: int) -> bool:
    return not re.search(r"[.!?\n]", text[a:b])
