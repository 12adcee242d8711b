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


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _norm(token: str) -> str:
    # Typographic apostrophes and quotes vary between outlets without changing the words.
    return token.casefold().replace("’", "'").replace("«", '"').replace("»", '"')


def align(reference: str, variant: str) -> list[Piece]:
    """`variant` cut into pieces that are the same as in `reference` or differ from it."""
    ref, var = _tokens(reference), _tokens(variant)
    matcher = difflib.SequenceMatcher(a=[_norm(t) for t in ref], b=[_norm(t) for t in var], autojunk=False)
    pieces: list[Piece] = []
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if j1 == j2:
            continue
        pieces.append(Piece(" ".join(var[j1:j2]), "same" if op == "equal" else "changed"))
    return pieces


def similarity(reference: str, variant: str) -> float:
    """Share of words the two renderings have in common, 0..1."""
    ref, var = [_norm(t) for t in _tokens(reference)], [_norm(t) for t in _tokens(variant)]
    return difflib.SequenceMatcher(a=ref, b=var, autojunk=False).ratio() if ref or var else 1.0
