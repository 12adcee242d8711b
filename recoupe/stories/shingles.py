"""Word tokens with their offsets, word shingles, and the passage windows used for reuse detection."""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)

# Word 5-grams: long enough that two unrelated French articles rarely share one by chance
# ("a déclaré le président de" is the typical accidental 5-gram), short enough that a copied
# passage with one edited word every ten still shares most of its shingles.
SHINGLE = 5
# Passage windows of 40 words moving by 20: the size of a news paragraph, independent of how
# the scrape broke lines (seed 001 puts each quote on its own line).
WINDOW = 40
STEP = 20


@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised words of a text and the character span of each in the original text.

    Compact, since the reuse index keeps thousands of them: words are interned (one string per
    distinct word, shared by every text) and offsets are machine integers (`array`).
    """

    words: tuple[str, ...]
    starts: Sequence[int]
    ends: Sequence[int]

    def __len__(self) -> int:
        return len(self.words)


def _fold(word: str) -> str:
    """Lower case, apostrophes unified; accents kept (they separate French words: à/a, où/ou)."""
    return unicodedata.normalize("NFC", word.lower().replace("’", "'"))


def tokenize(text: str) -> Tokens:
    """Words of `text` with their offsets."""
    words, starts, ends = [], array("l"), array("l")
    for m in _WORD.finditer(text):
        words.append(sys.intern(_fold(m.group())))
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(tuple(words), starts, ends)


def shingles(words: tuple[str, ...] | list[str], size: int = SHINGLE) -> set[str]:
    """Set of word `size`-grams; a text shorter than `size` gives its whole text as one shingle."""
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def windows(n_words: int, size: int = WINDOW, step: int = STEP) -> list[tuple[int, int]]:
    """Word ranges [start, end) of overlapping passage windows covering `n_words` words."""
    if n_words <= size:
        return [(0, n_words)] if n_words else []
    out = [(i, i + size) for i in range(0, n_words - size + 1, step)]
    if out[-1][1] < n_words:
        out.append((n_words - size, n_words))
    return out
