"""RSS/Atom feeds and XML sitemaps (urlset and sitemapindex): recognise them and list their entries."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from recoupe.errors import RejectedInput

# Content types and URL endings that announce a feed or sitemap: a body that is then not one is
# a broken feed (rejected), not a page.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
FEED_SUFFIXES = (".rss", ".atom", ".rdf")  # not ".xml": plenty of XML is neither

_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]")
_PROLOG = re.compile(rb"^(\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)
_KINDS = {
    b"rss": "feed",
    b"feed": "feed",
    b"RDF": "feed",
    b"urlset": "sitemap",
    b"sitemapindex": "sitemapindex",
}
_TAGS = re.compile(r"<[^>]+>")

# A feed entry whose own content has at least this many characters of text is taken as the full
# article (content:encoded of full-text feeds); shorter content is a teaser and the page is fetched.
FULL_TEXT_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed or one <url> of a sitemap."""

    link: str | None
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    content: str | None = None  # HTML of the entry when it carries the full text
    # A sitemap's <lastmod>: when the page last changed in any way (comments, layout), so it is
    # passed on as its own hint, not as the article's update time.
    lastmod: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A parsed feed or sitemap: its entries, and for a sitemap index the child sitemaps."""

    kind: str  # "feed", "sitemap" or "sitemapindex"
    title: str | None
    entries: tuple[Entry, ...] = ()
    sitemaps: tuple[str, ...] = ()


def sniff(data: bytes) -> str | None:
    """ "feed", "sitemap", "sitemapindex" from the root element of `data`, else None."""
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    prolog = _PROLOG.match(head)
    match = _ROOT.match(head, prolog.end() if prolog else 0)
    return _KINDS.get(match.group(2)) if match else None


def announced(content_type: str, location: str) -> bool:
    """True when the content type or the name says "feed or sitemap"."""
    content_type = content_type.lower()
    path = location.lower().split("?", 1)[0].split("#", 1)[0]
    return any(t in content_type for t in FEED_TYPES) or path.endswith(FEED_SUFFIXES)


def parse(data: bytes, kind: str) -> Listing:
    """Parse a feed or sitemap; RejectedInput with the parser's reason when it is not readable."""
    return _parse_feed(data) if kind == "feed" else _parse_sitemap(data)


def _parse_feed(data: bytes) -> Listing:
    import feedparser

    parsed: Any = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise RejectedInput(
            "not a readable feed: no entries" + (f" ({type(problem).__name__}: {problem})" if problem else "")
        )
    entries = tuple(_entry(e) for e in parsed.entries)
    return Listing(kind="feed", title=parsed.feed.get("title"), entries=entries)


def _entry(item: Any) -> Entry:
    content = None
    bodies = [c.get("value", "") for c in item.get("content", [])]
    full = max(bodies, key=len, default="")
    if len(_TAGS.sub("", full)) >= FULL_TEXT_CHARS:
        content = full
    elif not item.get("link"):
        content = full or item.get("summary") or None
    return Entry(
        link=item.get("link") or None,
        title=item.get("title") or None,
        published=_iso(item.get("published_parsed")) or item.get("published") or None,
        # dict.get: feedparser's own get() answers "updated" with the published date when absent.
        updated=_iso(dict.get(item, "updated_parsed")) or dict.get(item, "updated") or None,
        content=content,
    )


def _iso(parsed: Any) -> str | None:
    """feedparser's UTC struct_time as an ISO 8601 string with its offset."""
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()


def _parse_sitemap(data: bytes) -> Listing:
    # No entities, no network, no huge trees: a sitemap is untrusted XML.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise RejectedInput(f"not a readable sitemap: {exc}") from exc
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        locs = [_text(node, "loc") for node in root if _local(node) == "sitemap"]
        return Listing(kind="sitemapindex", title=None, sitemaps=tuple(u for u in locs if u))
    entries = []
    for node in root:
        if _local(node) != "url":
            continue
        loc = _text(node, "loc")
        if not loc:
            continue
        news = next((child for child in node if _local(child) == "news"), None)
        entries.append(
            Entry(
                link=loc,
                title=_text(news, "title") if news is not None else None,
                published=_text(news, "publication_date") if news is not None else None,
                lastmod=_text(node, "lastmod"),
            )
        )
    return Listing(kind="sitemap", title=None, entries=tuple(entries))


def _local(node: Any) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _text(node: Any, name: str) -> str | None:
    for child in node:
        if _local(child) == name and child.text and child.text.strip():
            return str(child.text.strip())
    return None
