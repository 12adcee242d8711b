"""Quotation-mark spans in every typographic form, paired per paragraph, tolerant of unbalanced marks."""

from __future__ import annotations

_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", '"': '"', "‹": "›"}


def _line_start(text: str, at: int) -> bool:
    """Whether only blanks come before `at` on its line."""
    i = at
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _whole_sentences(piece: str) -> bool:
    """A paragraph of speech (some words, ending like a sentence), not a stray mark before a word or two."""
    piece = piece.rstrip()
    return len(piece.split()) >= 8 and piece[-1:] in ".!?…"


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content between matching marks; the marks themselves are outside.

    A quote left open at the end of a paragraph continues when the next paragraph opens with the
    same mark (the French convention for quotes spanning paragraphs); otherwise the stray mark is
    ignored. Apostrophes (’ inside words) never close a ‘ quote.
    """
    out: list[tuple[int, int]] = []
    opener: str | None = None
    start = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n" and opener is not None:
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if j < n and text[j] == opener and opener != '"':
                i = j + 1  # continued in the next paragraph
                continue
            if opener == '"' and j < n and text[j] == '"' and text[i - 1 : i] != '"':
                pass  # a straight quote may wrap onto the next line of the same sentence
            elif opener in "«“" and _line_start(text, start - 1) and _whole_sentences(text[start:i]):
                # « opened a paragraph that ends without its closing mark, and the next paragraph is
                # no continuation (a testimony cut by a subheading): the quote ends with the paragraph
                end = i
                while end > start and text[end - 1] in " \t":
                    end -= 1
                out.append((start, end))
                opener = None
            elif "\n\n" in text[i : j + 1] or j >= n:
                opener = None  # unbalanced: forget the stray mark
        if opener is None:
            if c in _PAIRS and (c != "‘" or i == 0 or not text[i - 1].isalnum()):
                if c == '"' and i + 1 < n and text[i + 1] in " \n" and i > 0 and text[i - 1].isalnum():
                    i += 1
                    continue  # a closing straight quote with no opener
                opener, start = c, i + 1
        elif c == _PAIRS[opener] and not (c == "’" and i + 1 < n and text[i + 1].isalpha()):
            if i > start:
                out.append((start, i))
            opener = None
        elif c == opener and opener in "«“":
            inner = text.find(_PAIRS[opener], i + 1)
            outer = text.find(_PAIRS[opener], inner + 1) if inner > 0 else -1
            line_end = text.find("\n", i)
            line_end = n if line_end < 0 else line_end
            if 0 < inner - i <= 40 and 0 < outer < line_end:
                # “... de “fake news”, des ...”: a short quote nested in the open one, which goes on
                i = inner + 1
                continue
            start = i + 1  # a stray second opener: restart at the newer one
        i += 1
    return out


_CLOSE_AFTER = ",.;:!?)…"


def _opens_reversed(text: str, at: int) -> bool:
    """A » that opens a quote: at a line start or after a blank, a colon or a bracket, and followed
    by words."""
    before = text[at - 1] if at > 0 else "\n"
    j = at + 1
    while j < len(text) and text[j] in " \u00a0\u202f":
        j += 1
    return (before in " \u00a0\u202f\n(:[") and j < len(text) and text[j].isalnum()


def _closes_reversed(text: str, at: int) -> bool:
    """A « that closes a quote: punctuation follows it (after blanks), or the line ends after a
    sentence's final stop."""
    j = at + 1
    while j < len(text) and text[j] in " \u00a0\u202f":
        j += 1
    if j < len(text) and text[j] in _CLOSE_AFTER:
        return True
    i = at - 1
    while i >= 0 and text[i] in " \u00a0\u202f":
        i -= 1
    return (j >= len(text) or text[j] == "\n") and i >= 0 and text[i] in ".!?…"


def straighten(text: str) -> str:
    """`text` with reversed French marks (» ... «, which some sites print for « ... ») turned the
    right way, one character for one so that every offset stays: per line, a » that opens (words
    follow it) paired with the next mark when that is a « that closes (punctuation follows it).
    A » closing a quote of an earlier paragraph and German-style pairs inside a normal quote stay."""
    if "»" not in text or "«" not in text:
        return text
    chars = list(text)
    pos = 0
    for line in text.split("\n"):
        found = [(pos + i, c) for i, c in enumerate(line) if c in "«»"]
        opened = False
        k = 0
        while k < len(found):
            at, c = found[k]
            if c == "«":
                opened = True
            elif opened:
                opened = False  # the » of a normal pair
            elif (
                k + 1 < len(found)
                and found[k + 1][1] == "«"
                and _opens_reversed(text, at)
                and _closes_reversed(text, found[k + 1][0])
            ):
                chars[at], chars[found[k + 1][0]] = "«", "»"
                k += 1
            k += 1
        pos += len(line) + 1
    return "".join(chars)
