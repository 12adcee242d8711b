"""Name normalisation: accent folding, titles, and transliteration variants (Poutine = Putin)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Courtesy titles and functions written before a name ("M. Poutine", "le président Poutine").
_TITLE_WORDS = (
    """m. m mr. mr mrs. mrs ms. ms mme mme. mlle dr dr. pr. me sir lord président présidente
    president premier chancelier chancelière ministre minister secrétaire secretary général general
    sénateur sénatrice senator député députée gouverneur governor roi reine king queen pape pope
    prince princesse maréchal ông bà herr frau señor colonel lieutenant capitaine monsieur madame le la les l' the"""
)

# Spelling variants between French, English and German transliterations of Slavic names, applied
# in this order to a folded lowercase name (longest first so "tsch" is not read as "ts"+"ch").
_TRANSLIT = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("dj", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ou", "u"),
    ("yi", "i"),
    ("iy", "i"),
    ("ij", "i"),
    ("ie", "i"),
    ("y", "i"),
    ("w", "v"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without accents, apostrophes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


TITLES = frozenset(fold(w) for w in _TITLE_WORDS.split())
_ARTICLES = frozenset(["le", "la", "les", "the"])


def strip_titles(name: str) -> str:
    """The name without leading titles: "M. Vladimir Poutine" -> "Vladimir Poutine"."""
    words = name.replace("’", "'").split()
    while len(words) > 1 and fold(words[0]) in TITLES:
        if fold(words[0]) in _ARTICLES and words[0][0].isupper() and fold(words[1]) not in TITLES:
            break  # "Le Pen", "La Fontaine": a capitalised article before a name is part of it
        words = words[1:]
    if len(words) > 1 and fold(words[0]).startswith("l'"):
        words[0] = words[0][2:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A spelling-insensitive key for one word: Poutine/Putin -> "putin", Kiev/Kyiv -> "kiv"."""
    key = _NON_WORD.sub("", fold(word).replace("-", " ")).replace(" ", "")
    for src, dst in _TRANSLIT:
        key = key.replace(src, dst)
    key = _DOUBLE.sub(r"\1", key)
    # A final mute "e" is a French ending of a transliterated name (Poutine, Zelenske is rare).
    if len(key) > 4 and key.endswith("e"):
        key = key[:-1]
    return key


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as transliteration keys, titles removed."""
    words = strip_titles(name).replace("-", " ").split()
    return tuple(k for k in (translit_key(w) for w in words) if k)


def slug(name: str) -> str:
    """A readable id part: "Vladimir Poutine" -> "vladimir-poutine"."""
    return "-".join(_NON_WORD.sub(" ", fold(name)).split()) or "x"
