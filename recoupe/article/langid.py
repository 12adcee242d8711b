"""Language of an article and of its paragraphs, with lingua-language-detector.

One detector, built once per process and restricted to the languages news pages come in: fewer
candidates mean fewer wrong guesses on short lines and less memory. Low-accuracy mode (trigram
models only) is used on purpose: measured on this machine, all 28 languages preloaded cost 0.3 s
and about 40 MB, against 4 to 7 s and about 600 MB for the high-accuracy models, for the same
answers on lines of 15 characters or more (shorter lines are not judged at all).
"""

from __future__ import annotations

import importlib.util
import re
import runpy
from functools import lru_cache
from pathlib import Path

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# ISO 639-1 codes of the candidate languages.
LANGUAGES = (
    "fr",
    "en",
    "es",
    "de",
    "it",
    "pt",
    "nl",
    "tr",
    "vi",
    "ru",
    "uk",
    "ar",
    "pl",
    "ja",
    "ko",
    "zh",
    "sv",
    "da",
    "cs",
    "ro",
    "hu",
    "el",
    "fi",
    "nb",
    "id",
    "ca",
    "fa",
    "he",
)
_LETTER = re.compile(r"[^\W\d_]")
# Below this many letters a line says too little about its language to be judged.
MIN_LETTERS = 15
# Below this many letters a line is judged foreign only when lingua is nearly certain.
SHORT_LINE_LETTERS = 120


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The process-wide detector (built on first use)."""
    wanted = {code.upper() for code in LANGUAGES}
    languages = [lang for lang in Language.all() if lang.iso_code_639_1.name in wanted]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def letters(text: str) -> int:
    """Number of letters in `text` (what language detection has to go on)."""
    return len(_LETTER.findall(text))


def detect(text: str, min_confidence: float = 0.0) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when it is too short or unclear.

    Args:
        text: Any text; only its first 2,000 characters are read.
        min_confidence: Lowest lingua confidence (0 to 1) accepted for the best language.
    """
    sample = text[:2000]
    if letters(sample) < MIN_LETTERS:
        return None
    values = detector().compute_language_confidence_values(sample)
    if not values or values[0].value < min_confidence:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def confidence(text: str, language: str) -> float:
    """Lingua's confidence (0 to 1) that `text` is in `language` (an ISO 639-1 code)."""
    code = language.upper()
    lang = next((lang for lang in Language.all() if lang.iso_code_639_1.name == code), None)
    if lang is None:
        return 0.0
    return detector().compute_language_confidence(text[:2000], lang)


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Function words of `language` (lowercase), from spaCy's lists; empty when there is none.

    The list files are read directly rather than through ``import spacy``, which would cost about
    three seconds of start-up for a few word lists.
    """
    if not language or not language.isalpha():
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()
    try:
        words = runpy.run_path(str(path)).get("STOP_WORDS", set())
    except Exception:  # a list that does not load is the same as no list
        return frozenset()
    return frozenset(w.lower() for w in words)


def is_other_language(text: str, language: str, min_confidence: float = 0.5) -> bool:
    """Whether lingua is confident that `text` is in a language other than `language`.

    Confident means: the best other language reaches `min_confidence` and `language` itself stays
    under a fifth of it, so a short line that could be either is never called foreign.
    """
    n = letters(text)
    if n < MIN_LETTERS:
        return False
    if n < SHORT_LINE_LETTERS:
        # Trigram models misjudge short Latin-script lines (an English headline read as Spanish at
        # 0.87); only near certainty counts there, as for a Vietnamese line among French ones.
        min_confidence = max(min_confidence, 0.95)
    values = detector().compute_language_confidence_values(text[:2000])
    if not values:
        return False
    best = values[0]
    if best.language.iso_code_639_1.name.lower() == language or best.value < min_confidence:
        return False
    own = next((v.value for v in values if v.language.iso_code_639_1.name.lower() == language), 0.0)
    return own < best.value / 5
