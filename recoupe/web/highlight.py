"""Split an article body into runs of text, each with the kinds of spans covering it (for highlighting)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # entity, quote, date, figure, claim, claim-contradicted ...
    label: str = ""
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text covered by the same spans; `link` is the first linked span's target."""

    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]
    link: str | None = None


def runs(text: str, spans: Iterable[Span]) -> list[Run]:
    """Cut `text` at every span boundary; spans outside the text are clipped, empty ones dropped."""
    kept = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in kept), *(s.end for s in kept)})
    out: list[Run] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in kept if s.start <= start and end <= s.end]
        kinds = tuple(dict.fromkeys(s.kind for s in covering))
        labels = tuple(dict.fromkeys(s.label for s in covering if s.label))
        link = next((s.link for s in covering if s.link), None)
        out.append(Run(text[start:end], kinds, labels, link))
    return out


def marked(snippet: str, start_mark: str, end_mark: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, is_match) pieces, from the marks the index put around matches."""
    pieces: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        head, found, tail = rest.partition(start_mark)
        if head:
            pieces.append((head, False))
        if not found:
            break
        match, _, rest = tail.partition(end_mark)
        pieces.append((match, True))
    return pieces
