"""Quote variants aligned word by word against the first one, with their differences marked."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    kind: str  # same, changed (differs from the reference), reference


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _norm(token: str) -> str:
    # Typographic apostrophes and quotes vary between outlets without changing the words.
    return token.casefold().replace("’", "'").replace("«", '"').replace("»", '"')


def align(reference: str, variant: str) -> list[Piece]:
    """`variant` cut into pieces that are the same as in `reference` or differ from it.

    Pieces are slices of `variant` itself (spacing and punctuation as written), so joined they
    give the variant back exactly.
    """
    ref, var = _tokens(reference), _tokens(variant)
    matcher = difflib.SequenceMatcher(
        a=[_norm(t.group()) for t in ref], b=[_norm(t.group()) for t in var], autojunk=False
    )
    pieces: list[Piece] = []
    position = 0
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if j1 == j2:
            continue
        start, end = var[j1].start(), var[j2 - 1].end()
        if start > position:
            pieces.append(Piece(variant[position:start], "same"))
        pieces.append(Piece(variant[start:end], "same" if op == "equal" else "changed"))
        position = end
    if position < len(variant):
        pieces.append(Piece(variant[position:], "same"))
    return pieces


def similarity(reference: str, variant: str) -> float:
    """Share of words the two renderings have in common, 0..1."""
    ref = [_norm(t.group()) for t in _tokens(reference)]
    var = [_norm(t.group()) for t in _tokens(variant)]
    return difflib.SequenceMatcher(a=ref, b=var, autojunk=False).ratio() if ref or var else 1.0
