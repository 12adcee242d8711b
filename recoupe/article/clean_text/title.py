"""The headline among the lines above the body."""

from __future__ import annotations

import re
from collections import Counter

from recoupe.article import furniture
from recoupe.article.clean_text.prose import _norm
from recoupe.article.clean_text.units import Unit

_SEPARATED = re.compile(r"\s[·|›>]\s")
# How many lines above the body the headline is looked for first.
TITLE_WINDOW = 10


def _title(header: list[Unit], labels: list[str | None], counts: Counter[str]) -> str | None:
    """The headline among header lines: heading-shaped, repeated if any is, else the longest."""
    best: tuple[tuple[int, int, int, int], str] | None = None
    for i, u in enumerate(header):
        if labels[i] not in (None, "repeated"):
            continue
        words = furniture.WORD.findall(u.text)
        question = 4 <= len(words) <= 30 and u.text.rstrip().endswith(("?", "!"))
        if not question and (
            not 4 <= len(words) <= 30
            or len(u.text) > 250
            or furniture.SENTENCE_END.search(u.text.rstrip('»"”'))
        ):
            continue
        if not (
            u.text[0].isupper() or u.text[0].isdigit() or furniture.OPENING.match(u.text)
        ) or u.text.endswith(":"):
            continue  # a label ("Sie befinden sich hier:") announces something, a headline does not
        if _SEPARATED.search(u.text):
            continue  # "Actu > Justice", "98.4 FM · Écouter le direct": menus and breadcrumbs
        # The headline stands just above the text (bylines and datelines may come between); menus
        # and teasers higher up lose to it. A headline shown twice is the strongest sign.
        near = len(header) - i <= TITLE_WINDOW
        score = (int(near), int(counts[_norm(u.text)] > 1), int(len(words) >= 6), -i)
        if best is None or score > best[0]:
            best = (score, u.text)
    return best[1] if best else None
