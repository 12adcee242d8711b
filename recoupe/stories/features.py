"""What the clustering compares: stemmed terms (TF-IDF), names, a multilingual embedding and dates.

Names come from the language layer's analysis when it is stored (entity names), otherwise from
capitalised words that do not open a sentence. Dates are the publication date and the dates the
text itself writes: resolved time mentions of the language layer, or a light French/English
day-month pattern when that layer has not run.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import numpy as np
import snowballstemmer

from recoupe.article import langid
from recoupe.model import Analysis, Article


def _mark_class() -> str:
    """A regex class of the combining marks of the Basic Multilingual Plane.

    Python's `\\w` leaves them out, which cuts the words of Indic scripts at every vowel sign
    ('सेबी' read as 'स', 'ब'): fragments shared by every page of that language.
    """
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


_LETTER = rf"[^\W\d_](?:[^\W\d_]|[{_mark_class()}])*"
_WORD = re.compile(rf"{_LETTER}(?:['’-]{_LETTER})*", re.UNICODE)
_NAME = re.compile(r"(?<![.!?:«\"]\s)(?<!^)\b([A-ZÀ-ÖØ-Þ][\w-]{2,})", re.MULTILINE)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "janvier january jan",
            "février fevrier february feb",
            "mars march mar",
            "avril april apr",
            "mai may",
            "juin june jun",
            "juillet july jul",
            "août aout august aug",
            "septembre september sept sep",
            "octobre october oct",
            "novembre november nov",
            "décembre decembre december dec",
        ]
    )
    for m in names.split()
}
_DAY_MONTH = re.compile(
    r"\b(1er|\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+(\d{4}))?\b",
    re.IGNORECASE,
)
# French and English function words are dropped whatever the article's language (mixed corpora).
_STOP = langid.stopwords("fr") | langid.stopwords("en")
# The embedding reads the title and the lead: the opening of a news article states its event.
EMBED_CHARS = 1500
# Title words count three times: a headline is a summary written by the outlet.
TITLE_WEIGHT = 3


def fold(text: str) -> str:
    """Lower case without accents (for matching names and terms across spellings)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _stemmer(language: str) -> snowballstemmer.Stemmer | None:
    name = {"fr": "french", "en": "english", "es": "spanish", "de": "german", "it": "italian"}.get(language)
    return snowballstemmer.stemmer(name) if name else None


def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list for `language` (read without importing spaCy), else empty."""
    return langid.stopwords({"no": "nb"}.get(language, language))


# Stems per (language, word): the pure-Python stemmer costs ~0.4 ms a word, and news vocabulary is
# Zipfian, so a bounded cache removes almost all of that cost.
_STEMS: dict[tuple[str, str], str] = {}
_STEMS_MAX = 200_000


def _stem(language: str, word: str) -> str:
    key = (language, word)
    stem = _STEMS.get(key)
    if stem is None:
        stemmer = _stemmer(language)
        stem = stemmer.stemWord(word) if stemmer is not None else word
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        _STEMS[key] = stem
    return stem


def terms(text: str, language: str | None) -> Counter[str]:
    """Stemmed, accent-folded content words (stop words and words under 3 letters dropped)."""
    lang = language or "fr"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w.split("'", 1)[1] if "'" in w[:3] else w for w in words]  # l'armée -> armée
    stop = _stop_words(lang)
    words = [w for w in words if len(w) > 2 and w not in _STOP and w not in stop]
    return Counter(fold(_stem(lang, w)) for w in words)


def names(article: Article, analysis: Analysis | None) -> frozenset[str]:
    """Folded name words: entity names from the analysis if present, else capitalised words."""
    if analysis is not None and analysis.entities:
        found = {fold(w) for e in analysis.entities for w in re.findall(r"\w{3,}", e.name)}
    else:
        text = f"{article.title or ''}\n{article.body}"
        found = {fold(m.group(1)) for m in _NAME.finditer(text)}
    stop = {fold(w) for w in _stop_words(article.language or "fr")}
    return frozenset(w for w in found if w not in _STOP and w not in stop and not w.isdigit())


def text_dates(article: Article, analysis: Analysis | None) -> tuple[date | tuple[int, int], ...]:
    """Dates written in the text: full dates when resolved, else (month, day) without a year."""
    if analysis is not None and analysis.time_mentions:
        out: list[date | tuple[int, int]] = []
        for tm in analysis.time_mentions:
            when = tm.date or tm.start_date
            if tm.resolved and when is not None:
                out.append(when)
        return tuple(out)
    found: list[date | tuple[int, int]] = []
    for m in _DAY_MONTH.finditer(article.body):
        day = 1 if m.group(1).lower() == "1er" else int(m.group(1))
        month = _MONTHS[m.group(2).lower()]
        if not 1 <= day <= 31:
            continue
        if m.group(3):
            try:
                found.append(date(int(m.group(3)), month, day))
            except ValueError:
                continue
        else:
            found.append((month, day))
    return tuple(found)


def day_of_year(value: date | tuple[int, int]) -> int:
    """Day in a 366-day year, for comparing dates whose year the text did not write."""
    month, day = (value.month, value.day) if isinstance(value, date) else value
    return (date(2000, month, 1).toordinal() - date(2000, 1, 1).toordinal()) + min(day, 28) + 1


def latest_day(values: tuple[date | tuple[int, int], ...], published: date | None) -> int | None:
    """The day (of the year) the text is about: a stand-in for, or a check on, the publication date.

    The most often written date wins (a report repeats the day of its event: "vendredi 14 mars",
    "le 14 mars"); ties go to the latest, since a follow-up recalls earlier days but not later ones.
    Dates after the publication date are announcements and are ignored.
    """
    days = [
        day_of_year(v)
        for v in values
        if not (published is not None and isinstance(v, date) and v > published)
    ]
    if not days:
        return day_of_year(published) if published is not None else None
    counts = Counter(days)
    return max(counts, key=lambda d: (counts[d], d))


@dataclass(frozen=True, slots=True)
class Features:
    """One article as the clustering sees it."""

    article_id: str
    title: str | None
    sort_key: tuple[str, str]
    terms: Counter[str]
    names: frozenset[str]
    embedding: np.ndarray
    published: date | None
    # Latest day of the year that the text speaks of (or its publication day), None if neither.
    day: int | None
    empty: bool


def sort_key(article: Article) -> tuple[str, str]:
    """Publication order; ties and undated articles ordered by content, never by arrival."""
    when = ""
    if article.published is not None:
        p = article.published
        if p.tzinfo is not None:
            from datetime import UTC

            p = p.astimezone(UTC).replace(tzinfo=None)
        when = p.isoformat()
    # Undated articles sort after every dated one ("~" > digits).
    return (when or "~", article.content_hash)


def build(article: Article, analysis: Analysis | None, embedding: np.ndarray) -> Features:
    """Features of one article; `embedding` comes from `embed_text(article)` through an Embedder."""
    counts = terms(article.body, article.language)
    for term, n in terms(article.title or "", article.language).items():
        counts[term] += TITLE_WEIGHT * n
    published = article.published.date() if article.published else None
    return Features(
        article_id=article.id,
        title=article.title,
        sort_key=sort_key(article),
        terms=counts,
        names=names(article, analysis),
        # An embedding of a script the encoder does not read says nothing: left out (zero).
        embedding=embedding if encoder_reads(embed_text(article)) else np.zeros_like(embedding),
        published=published,
        day=latest_day(text_dates(article, analysis), published),
        empty=not article.body.strip(),
    )


# Scripts the multilingual encoder (USE multilingual v3: 16 languages) was trained on: Latin,
# Cyrillic, Arabic, Thai, kana, CJK and Hangul. Text in other scripts (Devanagari, Gujarati, ...)
# comes out as nearly one vector whatever it says (cosine ~0.99 between unrelated pages).
_ENCODER_SCRIPTS = (
    (0x41, 0x24F),
    (0x1E00, 0x1EFF),
    (0x400, 0x52F),
    (0x600, 0x6FF),
    (0xE00, 0xE7F),
    (0x3040, 0x30FF),
    (0x4E00, 0x9FFF),
    (0x1100, 0x11FF),
    (0xAC00, 0xD7AF),
)


def encoder_reads(text: str) -> bool:
    """True when most letters of `text` are in a script the sentence encoder knows."""
    letters = [ord(c) for c in text if c.isalpha()]
    if not letters:
        return False
    known = sum(1 for cp in letters if any(lo <= cp <= hi for lo, hi in _ENCODER_SCRIPTS))
    return known >= len(letters) / 2


def embed_text(article: Article) -> str:
    """The text given to the embedder: the title and the lead."""
    return f"{article.title or ''}\n{article.body[:EMBED_CHARS]}".strip()


def smooth_idf(n: int, df: int) -> float:
    """Smoothed IDF of a key found in `df` of `n` documents."""
    return math.log((n + 1) / (df + 1)) + 1.0


class Vocabulary:
    """Online document frequencies, for IDF weights that follow the stream."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, keys: set[str] | frozenset[str]) -> None:
        self.n += 1
        self.df.update(keys)

    def idf(self, key: str) -> float:
        return smooth_idf(self.n, self.df.get(key, 0))

    def to_plain(self) -> dict[str, Any]:
        return {"n": self.n, "df": dict(self.df)}

    @classmethod
    def from_plain(cls, value: dict[str, Any]) -> Vocabulary:
        vocab = cls()
        vocab.n = int(value["n"])
        vocab.df = Counter({k: int(c) for k, c in value["df"].items()})
        return vocab

    def weigh(self, counts: Counter[str] | dict[str, float]) -> dict[str, float]:
        """Sublinear TF x IDF, L2-normalised."""
        vec = {k: (1.0 + math.log(c)) * self.idf(k) for k, c in counts.items() if c > 0}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {k: v / norm for k, v in vec.items()}
