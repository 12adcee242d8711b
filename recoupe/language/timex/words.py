"""The calendar words of French and English (weekdays, months, seasons, numbers), the regex
fragments built from them, and which language a time word belongs to."""

from __future__ import annotations

import re

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WD = {w: i for i, w in enumerate(WEEKDAYS_FR)} | {w: i for i, w in enumerate(WEEKDAYS_EN)}
_MO = {m: i + 1 for i, m in enumerate(MONTHS_FR)} | {m: i + 1 for i, m in enumerate(MONTHS_EN)}
_MO |= {"fevrier": 2, "aout": 8, "decembre": 12, "sept.": 9, "janv.": 1, "févr.": 2, "déc.": 12}
_MO |= {"fév.": 2, "avr.": 4, "juil.": 7}  # French abbreviations of web datelines ("3 avr. 2024")
# English abbreviations ("Oct. 27", "Jan. 6, 2020")
_MO |= {"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "aug.": 8, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12}
# and without the dot ("PUTRAJAYA, Nov 22"): only those that are no French or English word
_MO |= {"jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "oct": 10, "nov": 11, "dec": 12}
_SEASONS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
_SEASONS |= {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NUMWORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "cent": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "thirty": 30,
}  # fmt: skip
# "onze" to "seize", and the compounds written with hyphens ("dix-sept", "vingt-sept", "trente-et-un"):
# "Vingt-sept ans plus tard" is no "sept ans plus tard"
_NUMWORDS |= {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "seize": 16}
_NUMWORDS |= {f"dix-{w}": 10 + _NUMWORDS[w] for w in ("sept", "huit", "neuf")}
_NUMWORDS |= {
    f"{tens}-{'et-' if unit == 'un' else ''}{unit}": _NUMWORDS[tens] + _NUMWORDS[unit]
    for tens in ("vingt", "trente")
    for unit in ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
}

_wd = "|".join(WEEKDAYS_FR + WEEKDAYS_EN)
_mo = "|".join(sorted(_MO, key=len, reverse=True)).replace(".", r"\.")
_num = "|".join(sorted(_NUMWORDS, key=len, reverse=True))
_day = r"(?P<day>1er|[12]\d|3[01]|0?[1-9])"
_part = r"(?:(?:au\s+petit\s+|le\s+|dans\s+la\s+|en\s+)?(?:matin|soir|soirée|nuit|après-midi|journée)\s+d[ue]\s+)"

# A year, or an older one (1500-1899: "en 1870", "en mars 1871", "entre 1850 et 1870") only where a
# clause goes on after it (a mark, a function word, a capitalised word): not a count ("tiré à 1500
# exemplaires", "1850 habitants", "1870 mètres").
_YEAR = (
    r"(?:(?:19|20)\d\d|1[5-8]\d\d(?=\s*[,.;:!?)\]»]|\s*$|\s+(?:et|à|au|aux|le|la|les|l['’]|un|une|il|elle|ils|elles"
    r"|on|par|pour|puis|quand|lorsque|alors|avec|dans|sur|lors|après|avant|déjà)\b|\s+(?-i:[A-ZÉÈ])))"
)

# Not a count: "entre 1900 et 2000 euros" holds no year.
# (nor "passé de 1999 à 2005 voix": a span of counts)
_COUNTED = (
    r"(?:€|\$|euros?|dollars?|francs?|personnes|habitants|manifestants|salariés|emplois|km|kilomètres|mètres|tonnes|kg|litres"
    r"|voix|votes|exemplaires|membres|adhérents|abonnés|élèves|visiteurs|spectateurs|participants|électeurs|victimes|morts)"
)
_NOT_COUNT = rf"(?!\s*{_COUNTED}\b)(?!\s+(?:à|au|et)\s+\d+\s*{_COUNTED}\b)"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else 1 if word.lower() in ("a", "an") else _NUMWORDS[word.lower()]


# The words that make a time expression French or English. An expression holding a word of the
# other language is not read ("Hier" in the German title of an English page is no "hier", "March
# 16, 2020" under an embedded English post in a French page no date of the French text); numbers,
# numeric dates and the words both languages share ("an", "mars" as a planet aside) decide nothing.
_FRENCH_WORDS = frozenset(
    [*WEEKDAYS_FR, *MONTHS_FR, "fevrier", "aout", "decembre", "janv", "fév", "févr", "avr", "juil", "sept",
     "oct", "nov", "déc",
     "hier", "avant-hier", "demain", "après-demain", "aujourd'hui", "aujourd’hui", "semaine", "semaines",
     "mois", "ans", "année", "années", "jour", "jours", "printemps", "été", "automne", "hiver", "noël",
     "dernier", "dernière", "prochain", "prochaine", "matin", "soir", "soirée", "nuit", "veille",
     "lendemain", "surlendemain", "suivant", "suivante", "précédent", "précédente", "début", "courant",
     "depuis", "dès", "heures", "heure", "plus", "tard", "tôt", "auparavant", "cette", "ce", "cet", "mi"]
)  # fmt: skip
_ENGLISH_WORDS = frozenset(
    [*WEEKDAYS_EN, *MONTHS_EN, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "yesterday", "today", "tomorrow", "tonight", "ago", "week", "weeks", "month", "months", "year",
     "years", "day", "days", "spring", "summer", "autumn", "fall", "winter", "last", "next", "this",
     "following", "previous", "preceding", "later", "earlier", "early", "late", "mid", "morning",
     "evening", "night", "hours", "hour", "since", "until", "through", "between", "from", "during"]
)  # fmt: skip
_OTHER_WORDS = {"fr": _ENGLISH_WORDS - _FRENCH_WORDS, "en": _FRENCH_WORDS - _ENGLISH_WORDS}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _foreign(expression: str, lang: str | None) -> bool:
    """Whether the expression holds a time word of another language than the text's (`lang`
    "fr" or "en"; None, or another language, reads both)."""
    other = _OTHER_WORDS.get(lang or "")
    if not other:
        return False
    for word in _WORD.findall(expression.lower()):
        if word in other or (word != "week-end" and any(p in other for p in re.split(r"[-'’]", word))):
            return True
    return False
