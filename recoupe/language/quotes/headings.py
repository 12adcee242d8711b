"""Quoted headings and pull quotes are not quotes.

Web pages and papers set quoted words in a paragraph of their own between two paragraphs of the
body: an intertitle (« Négligence sur fond d'infraction ... ») or a pull quote (a sentence of the
body repeated in large type). Such a line has no cue and no speaker of its own, and the gold of
the recent development sets leaves it out. It is told from a quote going on over paragraphs (the
same speaker goes on, no cue) by its title form: the quoted words end without a full stop, a
question or an exclamation mark, inside or after the closing mark, and the line is short.

`drop_headings` is a pure function over the text and the quotes found: it returns the quotes kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.language import marks
from recoupe.model import Quote

_MAX_WORDS = 25  # an intertitle or a pull quote is a line, not a statement quoted at length
_OPEN = '«“"‘'
_CLOSE = '»”"’'
_BLANK = " \t\u00a0\u202f"
_END = re.compile(r"[.!?…]\W*$")  # a sentence's end, brackets or marks after it aside


def drop_headings(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of `quotes` that are not a quoted heading or pull quote of `text`.

    A quote is a heading when it is direct with no cue, stands alone in its paragraph (only its
    marks around it), has at most `_MAX_WORDS` words and ends with no final punctuation inside or
    after its closing mark; unless a colon ends the paragraph before it (the quote is announced),
    the next paragraph goes on with its sentence (a lower-case word or punctuation first), or
    another quote found reports the same words in quote marks (a pull quote of a speaker's words,
    which the gold of the first set, tuned, counts as the speaker's).
    """
    return [q for q in quotes if not _heading(text, q, quotes)]


def _heading(text: str, q: Quote, quotes: Sequence[Quote]) -> bool:
    if not q.direct or q.cue is not None:
        return False
    words = text[q.start : q.end]
    if "\n" in words or not words.strip() or len(words.split()) > _MAX_WORDS or _END.search(words.strip()):
        return False
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    before, after = text[start : q.start].strip(_BLANK), text[q.end : end].strip(_BLANK)
    if len(before) != 1 or before not in _OPEN or len(after) != 1 or after not in _CLOSE:
        return False  # not a paragraph of its own: words or punctuation beside the quote
    previous = text[:start].rstrip()
    following = text[end:].lstrip()
    if previous.endswith(":") or (following and (following[0].islower() or following[0] in ",;:)–—-")):
        return False  # announced by a colon, or a sentence that goes on in the next paragraph
    return not _reported_again(text, q, quotes)


def _fold(words: str) -> str:
    return " ".join(re.findall(r"\w+", words.casefold()))


def _reported_again(text: str, q: Quote, quotes: Sequence[Quote]) -> bool:
    """Another quote found reports the heading's words again, in quote marks (a pull quote of a
    speaker's words; not a phrase the article merely sets in marks, such as a charge's wording, nor
    the journalist's own sentence)."""
    own = f" {_fold(text[q.start : q.end])} "
    others = [p for p in quotes if not (p.start < q.end and q.start < p.end)]
    return any(
        own in f" {_fold(text[s:e])} "
        for s, e in marks.spans(text)
        if any(p.start - 2 <= s and e <= p.end + 2 for p in others)
    )
