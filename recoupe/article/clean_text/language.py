"""The article's language and its function words, and the lines written in another language."""

from __future__ import annotations

from recoupe.article import langid
from recoupe.article.clean_text.prose import _heading_like, _prose, _words, plainly_in
from recoupe.article.clean_text.units import Unit


def _article_language(units: list[Unit]) -> str | None:
    """Language of the longest lines (the article's prose, not its menus)."""
    longest = sorted(units, key=lambda u: len(u.text), reverse=True)[:8]
    sample = " ".join(u.text for u in longest)[:2000]
    return langid.detect(sample)


def _checked_stopwords(units: list[Unit], language: str | None) -> frozenset[str]:
    """The article language's function words, or none when they do not fit its prose.

    A language lingua does not know (Icelandic, Zulu, Latin filler text) is guessed as a neighbour
    whose list matches almost nothing; judging prose by it would drop the whole article, so prose
    is then judged on length and punctuation alone.
    """
    stops = langid.stopwords(language)
    longest = sorted(units, key=lambda u: len(u.text), reverse=True)[:8]
    # The median line decides, not the pooled words: one huge line of names or tags would
    # otherwise outvote the article's paragraphs.
    shares = sorted(sum(w in stops for w in ws) / len(ws) for u in longest if (ws := _words(u.text)))
    if not stops or not shares or shares[len(shares) // 2] < 0.15:
        return frozenset()
    return stops


def _mark_foreign(
    units: list[Unit], labels: list[str | None], language: str | None, stops: frozenset[str]
) -> None:
    """Label lines written in another language than the article's (lingua only where in doubt)."""
    if language is None or not stops:
        return  # without a trusted article language there is nothing to compare lines with
    for i, u in enumerate(units):
        if labels[i] is not None or langid.letters(u.text) < langid.MIN_LETTERS:
            continue
        if _prose(u.text, stops) <= 0 and not _heading_like(u.text):
            continue  # a menu item or a label is not body text whatever its language
        if plainly_in(u.text, stops):
            continue  # no need to ask lingua
        if langid.is_other_language(u.text, language):
            labels[i] = "foreign"
