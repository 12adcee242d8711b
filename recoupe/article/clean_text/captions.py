"""Captions: labelled lines, and lines set beside an image marker or a photo credit."""

from __future__ import annotations

from collections import Counter

from recoupe.article import furniture
from recoupe.article.clean_text.prose import _norm
from recoupe.article.clean_text.units import Unit


def _mark_captions(units: list[Unit], labels: list[str | None]) -> list[tuple[int, str]]:
    """Label captions: explicitly labelled lines, and lines beside an image marker or credit."""
    captions: list[tuple[int, str]] = []

    def take(j: int) -> None:
        if 0 <= j < len(units) and labels[j] in (None, "repeated", "foreign") and len(units[j].text) <= 300:
            labels[j] = "caption"
            captions.append((j, furniture.CAPTION_LABEL.sub("", units[j].text).strip()))

    for i, u in enumerate(units):
        if furniture.CAPTION_LABEL.match(u.text) and labels[i] in (None, "credit", "cta"):
            labels[i] = None
            take(i)
    counts = Counter(_norm(u.text) for u in units)
    for i, u in enumerate(units):
        if labels[i] not in ("image", "credit"):
            continue
        before = i - 1 if i > 0 else None
        after = i + 1 if i + 1 < len(units) else None
        if (before is not None and labels[before] == "caption") or (
            after is not None and labels[after] == "caption"
        ):
            continue
        if before is not None and after is not None and _norm(units[before].text) == _norm(units[after].text):
            take(before)
            take(after)
        elif labels[i] == "image" and after is not None and _caption_like(units[after].text):
            take(after)
        elif labels[i] == "credit":
            # The caption is the line set right against the credit (no blank line between), before
            # it first, as most sites print caption then credit; a line shown twice on the page is
            # the headline, not a caption.
            touching = [before] if not u.blank_before else []
            if after is not None and not units[after].blank_before:
                touching.append(after)
            for j in touching:
                if (
                    j is not None
                    and labels[j] is None
                    and _caption_like(units[j].text)
                    and counts[_norm(units[j].text)] == 1
                ):
                    take(j)
                    break
    return captions


def _caption_like(text: str) -> bool:
    return 15 <= len(text) <= 250 and len(furniture.WORD.findall(text)) >= 3
