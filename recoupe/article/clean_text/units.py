"""Units: a page's non-empty lines, with lines broken mid-sentence joined back into paragraph
candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from recoupe.article import furniture, metadata


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph candidate: one line, or lines joined because a sentence ran over them.

    `start`/`end` index the input text; `text` is the lines joined with single spaces.
    """

    start: int
    end: int
    text: str
    blank_before: bool


def split_units(text: str, stops: frozenset[str] = frozenset()) -> list[Unit]:
    """Non-empty lines, with lines broken mid-sentence joined back (only where no blank line parts them).

    `stops` (the article language's function words) tells a line left open on `de` or `the`, which
    a quotation carries on, from a heading, which a quoted paragraph merely follows.
    """
    units: list[Unit] = []
    pos = 0
    blank = True
    for raw_line in text.splitlines(keepends=True):
        start = pos
        pos += len(raw_line)
        line = raw_line.strip()
        if not line:
            blank = True
            continue
        lead = len(raw_line) - len(raw_line.lstrip())
        s, e = start + lead, start + lead + len(line)
        # The line after a "read also" marker is a link title, complete in itself.
        after_teaser = (
            len(units) >= 2 and bool(furniture.TEASER.search(units[-2].text)) and len(units[-2].text) <= 80
        )
        if units and not blank and not after_teaser and _continues(units[-1].text, line, stops):
            prev = units[-1]
            units[-1] = Unit(prev.start, e, f"{prev.text} {line}", prev.blank_before)
        else:
            units.append(Unit(s, e, line, blank))
        blank = False
    return units


def _continues(prev: str, line: str, stops: frozenset[str]) -> bool:
    """Whether `line` carries on the sentence `prev` left open (`... de` + `"très bonnes".`)."""
    if furniture.SENTENCE_END.search(prev) or len(prev) < 2 or metadata.is_date_line(line):
        return False
    first = line[0]
    if first.islower():
        return bool(re.search(r"[\w,;:\"»”’)]$", prev)) and not furniture.HASHTAG.match(line)
    if furniture.OPENING.match(line):
        words = furniture.WORD.findall(prev.lower())
        return len(words) >= 2 and (prev.endswith((",", ":", ";")) or words[-1] in stops)
    return False
