"""The cleaner's pass: a page's text in; its body paragraphs, title, captions and debris out
(`clean`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from recoupe.article import furniture, langid
from recoupe.article.clean_text.captions import _mark_captions
from recoupe.article.clean_text.labels import _mark_author_bios, _mark_teasers, _unmark_share_bar_comments
from recoupe.article.clean_text.language import _article_language, _checked_stopwords, _mark_foreign
from recoupe.article.clean_text.prose import _code_like, _heading_like, _keep_inside, _norm
from recoupe.article.clean_text.run import (
    _best_run,
    _discount_comments,
    _drop_unrelated_sections,
    _end_cost,
    _intertitle,
    _list_after_colon,
    _opening_sentences,
    _weight,
)
from recoupe.article.clean_text.title import _title
from recoupe.article.clean_text.units import Unit, split_units


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What the cleaner made of a page: body paragraphs (units), title, captions and debris."""

    paragraphs: tuple[Unit, ...]
    title: str | None
    captions: tuple[str, ...]
    removed: tuple[str, ...]
    language: str | None
    header: tuple[str, ...]  # lines before the body, where datelines and bylines are read
    stopwords: frozenset[str]  # the article language's function words (empty when untrusted)
    lines: tuple[str, ...]  # every non-empty line, for metadata readers


# A page with no prose and at most this many lines is taken whole (less its furniture): a menu
# page has dozens of lines, a short note or a test page a handful.
TINY_PAGE = 6


def clean(text: str, language: str | None = None, title_hint: str | None = None) -> Cleaned:
    """Split a plain-text scrape into body paragraphs, title, captions and removed debris.

    Args:
        text: The decoded page text.
        language: The article's language when known (JSONL hint); detected otherwise.
        title_hint: A title the input declared; lines repeating it are not body.
    """
    units = split_units(text)
    if not units:
        return Cleaned((), None, (), (), language, (), frozenset(), ())
    language = language or _article_language(units)
    units = split_units(text, langid.stopwords(language))
    lines = tuple(u.text for u in units)
    stops = _checked_stopwords(units, language)
    labels: list[str | None] = [furniture.label(u.text) for u in units]
    _mark_foreign(units, labels, language, stops)
    captions = _mark_captions(units, labels)
    counts = Counter(_norm(u.text) for u in units)
    hint = _norm(title_hint) if title_hint else None
    for i, u in enumerate(units):
        key = _norm(u.text)
        if (
            labels[i] is None
            and key
            and (
                key == hint
                or counts[key] > 1
                and len(u.text) <= 160
                and not furniture.SENTENCE_END.search(u.text)
                and not _code_like(u.text)
            )
        ):
            labels[i] = "repeated"
    _mark_teasers(units, labels)
    _mark_author_bios(units, labels, lines, stops)
    weights = [_weight(u, labels[i], stops) for i, u in enumerate(units)]
    _unmark_share_bar_comments(units, labels, weights)
    _discount_comments(weights, labels)
    costs = [_end_cost(u, labels[i]) for i, u in enumerate(units)]
    first, last = _best_run(weights, costs)
    last = _list_after_colon(units, labels, last)
    first = _opening_sentences(units, labels, first, last)
    tiny = first > last and len(units) <= TINY_PAGE
    if tiny:
        # A page of a few lines and no prose (a test page, a note, a list): what is not furniture
        # is its text.
        kept_lines = [i for i, u in enumerate(units) if labels[i] is None and furniture.WORD.search(u.text)]
        if kept_lines:
            first, last = kept_lines[0], kept_lines[-1]
    _drop_unrelated_sections(units, labels, weights, first, last, stops)
    title = _title(units[:first], labels[:first], counts) if title_hint is None else title_hint
    if title is None and first < last and _heading_like(units[first].text) and labels[first] is None:
        title = units[first].text  # the headline opens the text (no header zone): it is not body
        labels[first] = "title"
        first += 1
    body: list[Unit] = []
    removed: list[str] = []
    for i, u in enumerate(units):
        keep = (
            first <= i <= last
            and labels[i] is None
            and (tiny or _keep_inside(u.text) or _intertitle(units, labels, weights, i, last))
        )
        if keep:
            body.append(u)
        elif labels[i] != "caption":
            removed.append(u.text)
    header = tuple(u.text for u in units[:first])
    kept_captions = tuple(dict.fromkeys(c for i, c in captions if i <= last + 1))
    return Cleaned(tuple(body), title, kept_captions, tuple(removed), language, header, stops, lines)
