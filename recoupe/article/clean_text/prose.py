"""How much a line reads like prose: its words, its prose evidence, code lines, heading shapes,
plain language."""

from __future__ import annotations

import re
import unicodedata

from recoupe.article import furniture


def _norm(text: str) -> str:
    return " ".join(furniture.WORD.findall(unicodedata.normalize("NFC", text).lower()))


def _words(text: str) -> list[str]:
    return furniture.WORD.findall(text.lower())


# Most evidence an unpunctuated line gives: about one ordinary paragraph.
UNPUNCTUATED_CAP = 400.0
# Cost of a short line that is neither prose nor known furniture (menu item, label, list item).
SHORT_COST = 15.0


def _prose(text: str, stops: frozenset[str]) -> float:
    """How much `text` reads like article prose, in characters of evidence (negative for furniture-like)."""
    words = _words(text)
    n = len(text)
    if not words:
        return -20.0
    density = sum(w in stops for w in words) / len(words) if stops else 0.35
    sentence = bool(furniture.TERMINAL.search(text))
    if n >= 80 and sentence and density >= 0.2:
        return float(n)
    if n >= 150 and density >= 0.25:
        # Unpunctuated text: a paragraph whose point was lost, or a run of names, tags or links
        # glued in one line; it cannot outweigh a few real paragraphs however long it is.
        return min(float(n) * 0.8, UNPUNCTUATED_CAP)
    if n >= 50 and sentence and density >= 0.15:
        return float(n) * 0.5
    if len(words) >= 3 and density >= 0.2:
        return -2.0
    if _code_like(text):
        return -1.0  # a line of a code sample: part of a technical article, no reason to extend it  # a heading, a list item or a link title: kept inside the body, no reason to extend it
    return -SHORT_COST


# A line of program code: ends on a brace, a semicolon or an open bracket, opens on a closing brace
# or a comment, or calls a function (`name(` or `.name(`). Menu items and labels never look so.
_CODE = re.compile(
    r"[{};\[(]\s*$|^\s*(?:[})\]]|//|/\*|#include|<\?|\$ )|\w[.\w]*\((?:[^()]*)\)|\s(?:=|==|=>|->|:=)\s"
)


def _code_like(text: str) -> bool:
    return bool(_CODE.search(text))


def plainly_in(text: str, stops: frozenset[str]) -> bool:
    """Whether `text` is plainly in the language of `stops` (enough of its function words)."""
    words = _words(text)
    hits = sum(w in stops for w in words)
    return hits >= 2 and hits / max(1, len(words)) >= 0.15


def _keep_inside(text: str) -> bool:
    """Inside the body, a one-word line without punctuation is a leftover label, not text."""
    words = furniture.WORD.findall(text)
    return len(words) >= 2 or bool(furniture.SENTENCE_END.search(text))


def _heading_like(text: str) -> bool:
    words = furniture.WORD.findall(text)
    return (
        4 <= len(words) <= 30
        and len(text) <= 200
        and not furniture.TERMINAL.search(text)
        and text[0].isupper()
    )
