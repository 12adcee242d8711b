"""Sentence spans of a body: sentences and headings with their offsets, long sentences cut at clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … (maybe followed by a closing quote) before a capital, an opening quote
# or a digit. The lookbehind cannot see abbreviations, so `_is_abbreviation` filters them afterwards.
_INLINE_END = re.compile(r"[.!?…][\"»”’]?(?=\s+[«\"“A-ZÀ-ÖØ-Ý0-9])")
_BLANK = re.compile(r"\n[ \t]*\n")
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mlle",
    "dr",
    "st",
    "ste",
    "me",
    "mgr",
    "gén",
    "col",
    "cf",
    "etc",
    "p",
    "no",
}
_TERMINAL = re.compile(r"[.!?…:;][\"»”’)]?\s*$")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text with its offsets into the body it was cut from."""

    text: str
    start: int
    end: int
    block: int  # index of the paragraph (blank-line separated block) it belongs to
    heading: bool = False


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation (M., Mme.) or an initial (J. Vance)."""
    i = dot
    while i > 0 and (text[i - 1].isalpha()):
        i -= 1
    word = text[i:dot]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _line_breaks(block: str) -> list[int]:
    """Offsets (in `block`) where a single newline also ends a sentence or a heading line."""
    breaks: list[int] = []
    pos = 0
    lines = block.split("\n")
    for n, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[n + 1].lstrip()
        stripped = line.strip()
        if not stripped or not nxt or _TERMINAL.search(stripped) and not stripped.endswith(":"):
            breaks.append(pos)
        elif nxt[0].isupper() and len(stripped.split()) <= 14 and stripped[-1] not in ',(«"“-–':
            # A short line with no final punctuation before a capitalised line: a heading or a byline.
            breaks.append(pos)
    return breaks


# A participle of saying after a comma opens a second clause with its own content ("..., affirmant que
# des milliers de soldats sont encerclés"); so does a semicolon.
_CLAUSE = re.compile(
    r"(?:,\s+(?=(?:qualifiant|affirmant|ajoutant|soulignant|précisant|estimant|expliquant|assurant|"
    r"indiquant|déclarant|annonçant|estimant|rappelant)\b)|;\s+)"
)
# Clauses shorter than this stay with their sentence: they would not state anything alone.
_MIN_CLAUSE_WORDS = 6


# "Douze blessés selon les autorités, quinze selon les salariés": a second count of the same thing by
# another party opens its own clause, so the two figures can be set against each other. The clause
# after the comma starts with a number and names who gives it within a few words.
_COUNTER_FIGURE = re.compile(
    r",\s+(?=(?:\d[\d\u202f\u00a0 .,]*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)\b)\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:selon|d['’]après|according to)\b)",
    re.IGNORECASE,
)


def counter_figure_cut(text: str) -> int | None:
    """Offset of the clause giving another party's count ("..., quinze selon les salariés"), if any."""
    m = _COUNTER_FIGURE.search(text)
    if m is None or not re.search(r"\b(?:selon|d['’]après|according to)\b", text[: m.start()], re.IGNORECASE):
        return None
    return m.end()


def _clauses(span: Span, body: str) -> list[Span]:
    """Split a long sentence at its reporting participles and semicolons, keeping offsets."""
    if span.heading:
        return [span]
    raw = body[span.start : span.end]
    counter = counter_figure_cut(raw)
    if counter is not None:
        left = raw[:counter].rstrip().rstrip(",").rstrip()
        return [
            Span(" ".join(left.split()), span.start, span.start + len(left), span.block),
            Span(" ".join(raw[counter:].split()), span.start + counter, span.end, span.block),
        ]
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(raw)] + [len(raw)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    if len(pieces) == 1 or any(len(raw[a:b].split()) < _MIN_CLAUSE_WORDS for a, b in pieces):
        return [span]
    out = []
    for a, b in pieces:
        piece = raw[a:b].rstrip().rstrip(",;").rstrip()
        out.append(Span(" ".join(piece.split()), span.start + a, span.start + a + len(piece), span.block))
    return out


def sentences(body: str) -> list[Span]:
    """Cut `body` into sentences and headings, with offsets; page layout newlines inside a sentence are kept."""
    spans: list[Span] = []
    block_start = 0
    blocks = [*_BLANK.finditer(body), None]
    for block_no, sep in enumerate(blocks):
        block_end = sep.start() if sep is not None else len(body)
        block = body[block_start:block_end]
        cuts = {0, len(block), *_line_breaks(block)}
        for m in _INLINE_END.finditer(block):
            if block[m.start()] == "." and _is_abbreviation(block, m.start()):
                continue
            cuts.add(m.end())
        edges = sorted(cuts)
        for a, b in zip(edges, edges[1:], strict=False):
            piece = block[a:b]
            text = piece.strip()
            if not text:
                continue
            lead = len(piece) - len(piece.lstrip())
            start = block_start + a + lead
            whole_line = (start == 0 or body[start - 1] == "\n") and body[
                start + len(text) : start + len(text) + 1
            ] in ("", "\n")
            heading = (
                whole_line
                and not _TERMINAL.search(text)
                and text[-1] not in '»"”’'
                and len(text.split()) <= 14
            )
            spans.extend(
                _clauses(Span(" ".join(text.split()), start, start + len(text), block_no, heading), body)
            )
        if sep is not None:
            block_start = sep.end()
    return spans
