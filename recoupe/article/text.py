"""Plain-text scrapes to articles: the cleaner's paragraphs plus the metadata read off the page."""

from __future__ import annotations

from recoupe.article import clean_text, langid, metadata
from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.model import Article, Paragraph, RawDocument

# Fewer letters than this in the cleaned body is not an article (a menu, an error page).
MIN_BODY_LETTERS = 40


def from_text(raw: RawDocument, text: str, settings: Settings) -> Article:
    """Clean a plain-text scrape and read its metadata.

    Args:
        raw: The document as read (its hints, URL and fetch time are used).
        text: Its decoded text.
        settings: `default_language` is used when detection is not confident.

    Returns:
        The article: body paragraphs joined by blank lines, with offsets and language per paragraph.

    Raises:
        RejectedInput: When no article text is left after cleaning.
    """
    hints = raw.hints or {}
    hinted_lang = (hints.get("lang") or "").replace("_", "-").split("-")[0].lower() or None  # "fr-FR" -> "fr"
    cleaned = clean_text.clean(text, language=hinted_lang, title_hint=hints.get("title"))
    if not cleaned.paragraphs or sum(langid.letters(u.text) for u in cleaned.paragraphs) < MIN_BODY_LETTERS:
        raise RejectedInput(
            "no article text left after cleaning: the page holds only navigation, links or too little "
            f"text ({len(text)} characters read); give the article's own page or its HTML"
        )
    body, paragraphs = _assemble([u.text for u in cleaned.paragraphs])
    language = hinted_lang or cleaned.language or langid.detect(body) or settings.default_language
    dates = metadata.read_dates(cleaned.header + cleaned.lines, raw.fetched_at)
    published = metadata.hint_date(hints.get("published")) or dates.published
    url = raw.url or hints.get("url")  # where the document came from; a "Source :" line only names the outlet
    outlet = (
        hints.get("outlet")
        or metadata.outlet_from_lines(cleaned.lines)
        or metadata.domain_outlet(metadata.source_url(cleaned.lines))
        or metadata.domain_outlet(raw.url or hints.get("url"))
    )
    from recoupe.article import content_hash, stable_id

    return Article(
        id=stable_id(raw),
        input=raw.input,
        body=body,
        content_hash=content_hash(raw.data),
        title=hints.get("title") or cleaned.title,
        url=url,
        outlet=outlet,
        published=published,
        updated=dates.updated,
        language=language,
        captions=cleaned.captions,
        authors=metadata.authors_from_lines(cleaned.lines),
        wire_credits=metadata.wire_credits(cleaned.lines),
        paragraphs=tuple(
            Paragraph(start, end, _paragraph_language(body[start:end], language, cleaned.stopwords))
            for start, end in paragraphs
        ),
        removed=cleaned.removed,
        fetched_at=raw.fetched_at,
        extractor="text",
    )


def _paragraph_language(text: str, language: str, stops: frozenset[str]) -> str:
    """A paragraph's language: the article's when its function words say so, else lingua's guess."""
    if clean_text.plainly_in(text, stops):
        return language
    return langid.detect(text, 0.5) or language


def _assemble(texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join paragraphs with blank lines; return the body and each paragraph's (start, end)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 2
    return "\n\n".join(texts), spans
