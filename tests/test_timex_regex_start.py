"""The first-character guard of the time patterns keeps every match and leaves unknown shapes alone."""

from __future__ import annotations

import re

import pytest

from recoupe.language.timex import patterns
from recoupe.language.timex.regex_start import guarded


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (r"\b(?:le\s+)?(?P<day>\d\d?)\s+mars", r"(?=[l\d])"),  # an optional word, then digits
        (r"(?:(?<=dès )|(?<=d'ici ))(?P<m>mai|juin)\b", r"(?=[mj])"),  # lookbehinds are zero-width
        (r"(?:au|à)\s+\d+", r"(?=[aà])"),
        (r"\s+(?:hier|demain)", r"(?=[\s])"),
    ],
)
def test_known_starts_are_guarded(pattern: str, guard: str) -> None:
    assert guarded(pattern, re.IGNORECASE) == guard + "(?:" + pattern + ")"


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?m)^Et\s+\d{4}",  # global flags must stay first
        r"(?:le\s+)?",  # can match the empty string
        r".+ans",  # any character
        r"\w+\s+dernier",  # a word class: too wide
        r"[^\d]+",  # a negated class
    ],
)
def test_unknown_starts_are_left_alone(pattern: str) -> None:
    assert guarded(pattern, re.IGNORECASE) == pattern


def test_the_guard_changes_no_match() -> None:
    text = (
        "Le 3 mars, dès mai et d'ici juin, AU 12 rue, À 5 h ; Dès Mai 2024. Mardi 4 juin 2024, "
        "il y a trois ans, le lendemain, en 2019 et (2014), vendredi dernier, à Noël, la semaine suivante."
    )
    for pattern in (
        r"\b(?:le\s+)?(?P<day>\d\d?)\s+mars",
        r"(?:(?<=dès )|(?<=d'ici ))(?P<m>mai|juin)\b",
        r"(?:au|à)\s+\d+",
    ):
        plain = re.compile(pattern, re.IGNORECASE)
        fast = re.compile(guarded(pattern, re.IGNORECASE), re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert sum(p.pattern.startswith("(?=[") for _, p in patterns._PATTERNS) >= len(patterns._PATTERNS) // 2
