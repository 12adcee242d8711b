"""HTML pages to articles: trafilatura for the main text, the page's declared metadata, recoupe's fixes.

The body comes from two trafilatura runs, one favouring precision and one plain (comments left
out in both); the precise one is kept unless it lost most of the text (see `_choose`). Then the
fixes of `recoupe.article.html_fixes` remove the furniture trafilatura lets through. Metadata is
taken, in order, from the input's own hints (JSONL fields, feed entries), what the page declares
(JSON-LD, <meta>), then trafilatura's and htmldate's guesses; unknown stays None.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from recoupe.article import content_hash, html_fixes, html_meta, metadata, stable_id
from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.model import Article, Paragraph, RawDocument

# The precise run drops whole sections on some pages (a third of the text or more on 4% of the
# benchmark pages); below this share of the plain run's length it is not trusted. Measured on the
# four corpora with gold text: 0.3 is best on three and second on the fourth (docs/extraction.md).
PRECISE_MIN_SHARE = 0.3
# A line the precise run dropped between two lines it kept comes back from the plain run when it
# is at least this long (prose, not a label or a link); 100 measured best against 50 and 200.
MIDDLE_PROSE_CHARS = 100
# A precise line shorter than this (in words) is not matched with a fuller plain line: too short
# to tell which plain line it was cut from.
FULLER_MIN_WORDS = 6
# Longest run of words the precise run may have cut from inside a line for the plain line to count
# as its fuller version: a link's text is a few words; a longer run is another sentence.
FULLER_MAX_GAP = 5
# The article's tail comes back only as prose: lines of at least TAIL_PROSE_CHARS, adding up to
# TAIL_MIN_CHARS (a paragraph or two, not a stray label).
TAIL_PROSE_CHARS = 60
TAIL_MIN_CHARS = 200
# Fewer letters than this, when even the precise run found nothing, means the page holds no article
# (what is left is menu labels). Short pages that the precise run does find ("abc def") are kept.
MIN_LETTERS = 25
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True, slots=True)
class Body:
    """Main text of a page as paragraphs, and the lines recoupe's fixes removed from it."""

    paragraphs: tuple[str, ...]
    removed: tuple[str, ...]


def from_html(raw: RawDocument, html: str, settings: Settings) -> Article:
    """Extract the main text and metadata of a page; raise RejectedInput when no article is found.

    Args:
        raw: The input as read (its `hints` override what the page says).
        html: The page decoded to text.
        settings: recoupe settings (default language).

    Raises:
        RejectedInput: the HTML cannot be parsed or holds no article text.
    """
    tree = parse(html)
    declared = html_meta.read(tree)
    url = raw.url or raw.hints.get("url")
    plain = trafilatura.bare_extraction(
        html, url=url, include_comments=False, with_metadata=True, output_format="python"
    )
    plain_text = str(getattr(plain, "text", "") or "")
    precise = _precise(html, url, plain_text)
    guessed_title = _str(getattr(plain, "title", None))
    title = raw.hints.get("title") or html_meta.headline(declared, guessed_title, _host(url))
    titles = [t for t in (title, declared.headline, declared.title, guessed_title) if t]
    body = clean_body(
        _choose(precise, plain_text, tree), titles, tree, declared.description, captions=declared.captions
    )
    text = "\n\n".join(body.paragraphs)
    letters = sum(ch.isalpha() for ch in text)
    if not any(ch.isalnum() for ch in text) or (letters < MIN_LETTERS and not precise.strip()):
        raise RejectedInput(
            "no article text found in the HTML page (trafilatura kept "
            f"{len(plain_text)} characters); if this page is an article, ingest its text as .txt"
        )
    language = raw.hints.get("lang") or declared.lang or _detect(text) or settings.default_language
    authors = declared.authors or _split_authors(_str(getattr(plain, "author", None))) or declared.byline
    return Article(
        id=stable_id(raw),
        input=raw.input,
        body=text,
        content_hash=content_hash(raw.data),
        title=title,
        url=url,
        outlet=raw.hints.get("outlet")
        or declared.outlet
        or _str(getattr(plain, "sitename", None))
        or _host(url),
        published=metadata.hint_date(raw.hints.get("published")) or published_date(html, declared, plain),
        updated=metadata.hint_date(raw.hints.get("updated"))
        or html_meta.local_form(declared.updated, html)
        or declared.shown_updated,
        language=language,
        captions=declared.captions,
        authors=authors,
        wire_credits=_wire_credits(authors, body.paragraphs),
        paragraphs=_offsets(body.paragraphs, language),
        removed=body.removed,
        fetched_at=raw.fetched_at,
        extractor="html",
    )


# trafilatura's backup extractors (readability, jusText) change its precise run only on pages where
# its own extraction came out short: below this share of the plain run's length the precise run is
# done again with them. Measured on 200 pages: every page where the fast run differed from the full
# one was under 0.5; the fast run alone cut a fifth of recoupe's time.
PRECISE_FAST_SHARE = 0.6


def _precise(html: str, url: str | None, plain_text: str) -> str:
    """The precision-favouring trafilatura run, without its backup extractors unless it came out short."""
    fast = trafilatura.extract(html, url=url, include_comments=False, favor_precision=True, fast=True) or ""
    if len(fast) >= PRECISE_FAST_SHARE * len(plain_text) and fast.strip():
        return fast
    return trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or ""


def parse(html: str) -> etree._Element:
    """The page as an lxml tree; RejectedInput when it is not HTML at all."""
    # lxml refuses text that still carries an XML encoding declaration; the text is decoded already.
    html = _XML_DECL.sub("", html, count=1)
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise RejectedInput(
            f"malformed HTML that cannot be parsed ({exc}); check the file is a web page"
        ) from exc
    return tree


def _choose(precise: str, plain: str, tree: etree._Element | None = None) -> str:
    """The precise run's text, with the long paragraphs it dropped between its own put back.

    The precise run mostly cuts furniture at the edges of the text; what it drops in the
    middle is mostly prose (measured: +0.001 to +0.002 F1 on three corpora, neutral on the fourth).
    """
    if len(precise) < PRECISE_MIN_SHARE * len(plain):
        return plain
    plain_lines = [line.strip() for line in plain.split("\n") if line.strip()]
    precise_lines = [line.strip() for line in precise.split("\n") if line.strip()]
    plain_keys = {html_fixes.norm(line) for line in plain_lines}
    precise_lines = _fuller_lines(precise_lines, plain_lines)
    keys = {html_fixes.norm(line) for line in precise_lines}
    if any(k not in plain_keys for k in keys):
        return "\n".join(precise_lines)  # the two runs split the text differently: no safe merge
    kept = [i for i, line in enumerate(plain_lines) if html_fixes.norm(line) in keys]
    if len(kept) < 2:
        return precise
    first, last = kept[0], kept[-1]
    inside = [html_fixes.norm(line) in keys for line in plain_lines]
    headings = _headings(tree) if tree is not None else set()
    back = [
        first < i < last
        and (len(line) >= MIDDLE_PROSE_CHARS or _lone_heading(plain_lines, inside, i, headings))
        for i, line in enumerate(plain_lines)
    ]
    tail = _article_tail(plain_lines[last + 1 :], plain_lines[last], tree) if tree is not None else []
    return "\n".join([*(line for i, line in enumerate(plain_lines) if inside[i] or back[i]), *tail])


def _article_tail(lines: Sequence[str], last_kept: str, tree: etree._Element) -> list[str]:
    """The prose the precise run cut after its last line, when the page's one `<article>` holds it.

    Pages whose last section follows a heading or sits in a bare `<div>` lose it in the precise
    run. Lines come back in order while the article's own text (asides, navigation, footers and
    blocks named like comments or related links left out) holds them, up to the last line of
    prose, and only when they add at least TAIL_MIN_CHARS of it.
    """
    articles = tree.xpath("//article")
    if len(articles) != 1 or not lines:
        return []
    own = copy.deepcopy(articles[0])
    for el in list(own.iter()):
        if el.getparent() is not None and isinstance(el.tag, str) and html_fixes.is_furniture_box(el):
            el.getparent().remove(el)
    text = html_fixes.norm(own.text_content())
    if html_fixes.norm(last_kept) not in text:
        return []
    taken: list[str] = []
    for line in lines:
        key = html_fixes.norm(line)
        # A list at the end of the article is mostly its related links ("- Headline Teaser").
        if not key or key not in text or line.startswith("- ") or html_fixes.looks_like_furniture(line):
            break
        taken.append(line)
    while taken and len(taken[-1]) < TAIL_PROSE_CHARS:
        taken.pop()
    return taken if sum(len(x) for x in taken if len(x) >= TAIL_PROSE_CHARS) >= TAIL_MIN_CHARS else []


def _fuller_lines(precise: Sequence[str], plain: Sequence[str]) -> list[str]:
    """Each precise line, or the plain run's version of it when the precise run cut words out of it.

    The precise run drops some inline elements (links named like furniture) from inside a
    paragraph, leaving "disponible en Bolivia" where the page says "Twitter Lite ahora estará
    disponible en Bolivia". The plain line is taken when it holds every word of the precise line,
    in order, with no run of more than FULLER_MAX_GAP words added, and is less than twice as long.
    """
    plain_words = [html_fixes.norm(line).split() for line in plain]
    plain_keys = {" ".join(w) for w in plain_words}
    out: list[str] = []
    start = 0
    for line in precise:
        words = html_fixes.norm(line).split()
        if " ".join(words) in plain_keys or len(words) < FULLER_MIN_WORDS:
            out.append(line)
            continue
        for j in range(start, len(plain)):
            if len(words) < len(plain_words[j]) < 2 * len(words) and _subsequence(words, plain_words[j]):
                out.append(plain[j])
                start = j + 1
                break
        else:
            out.append(line)
    return out


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """`short` is `long` with runs of at most FULLER_MAX_GAP words (a link's text) cut out."""
    at = 0
    for word in short:
        gap = 0
        while at < len(long) and long[at] != word:
            at += 1
            gap += 1
        if at == len(long) or gap > FULLER_MAX_GAP:
            return False
        at += 1
    return len(long) - at <= FULLER_MAX_GAP


def _lone_heading(lines: Sequence[str], inside: Sequence[bool], i: int, headings: set[str]) -> bool:
    """A short line the precise run dropped alone between two lines it kept, that the page marks
    as a heading or a list item (an intertitle of the article), unless it reads like furniture."""
    if not (0 < i < len(lines) - 1 and inside[i - 1] and inside[i + 1]):
        return False
    return html_fixes.norm(lines[i]) in headings and not html_fixes.looks_like_furniture(lines[i])


def _headings(tree: etree._Element) -> set[str]:
    """Keys of the page's headings and list items (captions and credits are neither)."""
    tags = ("h2", "h3", "h4", "h5", "h6", "li", "dt")
    return {html_fixes.norm(el.text_content()) for el in tree.iter(*tags)}  # type: ignore[attr-defined]


FIXES: tuple[Callable[[Sequence[str]], tuple[list[str], list[str]]], ...] = (
    html_fixes.drop_head_dateline,
    html_fixes.drop_read_also,
    html_fixes.drop_teasers,
    html_fixes.drop_tail_furniture,
)


def clean_body(
    text: str,
    titles: Sequence[str],
    tree: etree._Element | None = None,
    description: str | None = None,
    lead: bool = True,
    posts: bool = True,
    sections: bool = True,
    captions: Sequence[str] = (),
) -> Body:
    """Split trafilatura's text into paragraphs and apply recoupe's fixes.

    Args:
        text: trafilatura's text, one paragraph per line.
        titles: Known forms of the headline (removed where the body repeats them).
        tree: The parsed page, to put back what trafilatura dropped (standfirst, embedded posts).
        description: The page's declared description (the standfirst, when the page shows it).
        lead: Put back the standfirst.
        posts: Put back embedded posts.
        sections: Put back sections split off in sibling containers.
        captions: Figure captions of the page, kept out of the body.
    """
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    lines, removed = html_fixes.drop_title(lines, titles)
    lines, dropped = html_fixes.drop_captions(lines, captions)
    removed += dropped
    if tree is not None:
        lines, dropped = html_fixes.drop_labels(lines, html_fixes.page_labels(tree))
        removed += dropped
    for fix in FIXES:
        lines, dropped = fix(lines)
        removed += dropped
    if tree is not None:
        if sections:
            lines = html_fixes.add_sibling_sections(lines, tree)
        if posts:
            lines = html_fixes.add_embedded_posts(lines, tree)
        if lead:
            lines = html_fixes.keep_lead(lines, description, tree)
    return Body(tuple(lines), tuple(removed))


def published_date(html: str, declared: html_meta.Declared, plain: object) -> datetime | None:
    """Publication time: the page's declaration (with its zone), else htmldate's original date."""
    if declared.published is not None:
        return html_meta.local_form(declared.published, html)
    shown = declared.shown_published
    guessed = _str(getattr(plain, "date", None))
    try:
        day = datetime.fromisoformat(guessed) if guessed else None
    except ValueError:
        day = None
    # The article's own <time datetime> gives the time and zone htmldate's day lacks; it is
    # trusted only when htmldate reads the same day (or nothing), so a teaser's time never wins.
    if shown is not None and (day is None or shown.date() == day.date()):
        return shown
    return day


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(a.strip() for a in value.split(";") if a.strip()))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _detect(text: str) -> str | None:
    from recoupe.article import langid

    return langid.detect(text)


def _wire_credits(authors: Sequence[str], paragraphs: Sequence[str]) -> tuple[str, ...]:
    """Agencies credited in the byline ("Le Figaro et AFP") or in the text ("(jzs/ats)", "avec AFP").

    The text's credits are read by the plain-text cleaner's reader, so both paths agree on what
    a credit is (an agency cited as a source inside a sentence is not one).
    """

    found: list[str] = []
    for name in authors:
        for part in _BYLINE_SPLIT.split(name):
            agency = metadata.AGENCIES.get(part.strip(" .").lower())
            if agency:
                found.append(agency)
    found.extend(metadata.wire_credits(paragraphs))
    return tuple(dict.fromkeys(found))


_BYLINE_SPLIT = re.compile(r"\s*(?:[,/&;]|\band\b|\bet\b|\bwith\b|\bavec\b|\bund\b|\by\b)\s*", re.I)


def _offsets(paragraphs: Sequence[str], language: str | None) -> tuple[Paragraph, ...]:
    """Offsets of each paragraph in the body joined with blank lines, and its language.

    A paragraph too short to judge takes the article's language; so does one that plainly uses the
    article language's function words (lingua is asked only about the others, as the plain-text
    path does: it was a fifth of the extraction time).
    """
    from recoupe.article import clean_text, langid

    stops = langid.stopwords(language)
    out: list[Paragraph] = []
    start = 0
    for p in paragraphs:
        same = bool(stops) and clean_text.plainly_in(p, stops)
        out.append(Paragraph(start, start + len(p), language if same else (_detect(p) or language)))
        start += len(p) + 2
    return tuple(out)
