"""Words of a text for alignment: folding, French stems, spelling-tolerant name keys."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

from recoupe.compare.text.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


def fold(word: str) -> str:
    """Lower case without accents: 'Kiev' and 'kiév' fold to the same key."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


def words(text: str) -> list[str]:
    """Words of `text`, elided articles removed (l'armée -> armée)."""
    return [_ELISION.sub("", w) for w in _WORD.findall(text)]


def stems(text: str) -> list[str]:
    """Content stems of `text`: French Snowball stems of the non-stopwords, folded (accent-free)."""
    out = []
    for w in words(text):
        low = w.lower()
        if len(low) < 3 or low in STOPWORDS or low.isdigit():
            continue
        out.append(_stem(low))
    return out


@lru_cache(maxsize=262_144)
def _stem(word: str) -> str:
    # The pure-Python Snowball stemmer costs ~0.1 ms a word; a news story repeats its words, so the
    # cache takes stemming from most of the comparison's time to a few percent.
    return fold(_stemmer().stemWord(word))


def name_key(word: str) -> str:
    """A spelling-tolerant key for names: Gontcharovka and Goncharovka give the same key."""
    key = fold(word)
    for a, b in (
        ("tch", "ch"),
        ("tsch", "ch"),
        ("sch", "ch"),
        ("dj", "j"),
        ("ou", "u"),
        ("y", "i"),
        ("w", "v"),
        ("k", "c"),
        ("h", ""),
    ):
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def names(text: str) -> set[str]:
    """Name keys of the capitalised words of `text` that do not start it (a cheap proper-noun guess)."""
    found = set()
    for i, w in enumerate(words(text)):
        if i > 0 and w[:1].isupper() and len(w) >= 4 and w.lower() not in STOPWORDS:
            found.add(name_key(w))
    return found
