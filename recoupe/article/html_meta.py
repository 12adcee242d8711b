"""What a page declares about itself: JSON-LD, <meta> tags, <html lang>, figure captions.

Declared metadata is usually more exact than anything read off the visible text (a JSON-LD
`datePublished` carries its time zone, an `author` list is already split), so `recoupe.article.html`
prefers it and falls back on trafilatura and htmldate where a page declares nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from lxml import etree

# schema.org types of a page's main article (NewsArticle and its many subtypes end in "Article").
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$")


@dataclass(frozen=True, slots=True)
class Declared:
    """Metadata a page declares. Every field is None (or empty) when the page says nothing."""

    headline: str | None = None
    title: str | None = None
    description: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    lang: str | None = None
    body: str | None = None
    captions: tuple[str, ...] = ()
    h1: str | None = None
    shown_published: datetime | None = None
    shown_updated: datetime | None = None
    byline: tuple[str, ...] = ()


def read(tree: etree._Element) -> Declared:
    """Read the declared metadata of a parsed page.

    Args:
        tree: The page parsed with lxml.html (not modified).
    """
    meta = _meta(tree)
    art = _main_article(list(_jsonld(tree)))
    publisher = art.get("publisher") if art else None
    return Declared(
        headline=_text(art.get("headline")) if art else None,
        title=_text(meta.get("og:title")) or _text(meta.get("twitter:title")) or _title_tag(tree),
        description=_text(meta.get("og:description")) or _text(meta.get("description")),
        published=_earliest(
            _date(art.get("datePublished") if art else None),
            _date(meta.get("article:published_time")),
            _date(meta.get("og:article:published_time")),
        )
        or _date(meta.get("date"))
        or _date(meta.get("dc.date.issued")),
        updated=_date(art.get("dateModified") if art else None) or _date(meta.get("article:modified_time")),
        authors=_person_authors(
            _authors(art.get("author") if art else None) or _meta_authors(meta), tree, meta, publisher
        ),
        outlet=_text(meta.get("og:site_name")) or _name(publisher),
        lang=_lang(tree, meta),
        body=_text(art.get("articleBody")) if art else None,
        captions=tuple(_captions(tree)),
        h1=_first_h1(tree),
        shown_published=_shown_time(tree, updated=False),
        shown_updated=_shown_time(tree, updated=True),
        byline=_byline(tree),
    )


# How a page marks which <time> is the update rather than the publication.
_UPDATED_MARK = re.compile(r"updat|modif|mis à jour|mise à jour|actualiz|aktualisiert|atualiz|aggiorn", re.I)


def _shown_time(tree: etree._Element, updated: bool) -> datetime | None:
    """The publication (or update) time a page shows in a `<time datetime>` inside its article.

    Only full timestamps (a time of day, its zone kept when given); the first `<time>` of the
    `<article>` (else `<main>`) that is not marked as an update, or the first marked as one.
    Times outside the article are left out: they date teasers and comments.
    """
    scope = next(iter(tree.xpath("//article[.//time[@datetime]]")), None)
    if scope is None:
        scope = next(iter(tree.xpath("//main[.//time[@datetime]]")), None)
    if scope is None:
        return None
    for el in scope.iter("time"):
        value = _date(el.get("datetime"))
        if value is None or "T" not in (el.get("datetime") or "").replace(" ", "T"):
            continue
        context = " ".join(
            f"{x.get('class') or ''} {x.get('itemprop') or ''}" for x in (el, el.getparent()) if x is not None
        )
        before = (el.getprevious().tail if el.getprevious() is not None else None) or (
            el.getparent().text or ""
        )  # type: ignore[union-attr]
        marked = bool(_UPDATED_MARK.search(f"{context} {before}"))
        if marked == updated:
            return value
    return None


_BYLINE_NAME = re.compile(r"byline|author|auteur|autor", re.I)
_BY = re.compile(r"^(by|par|de|von|por|di|door|av)\s+", re.I)
_AGENCY_TAIL = re.compile(r"\s+(avec|with|et|and|mit|con|com)\s+\S+$", re.I)


def _byline(tree: etree._Element) -> tuple[str, ...]:
    """Author names from the byline a page shows (`<p class="byline">Par Lucie Bertrand</p>`).

    The innermost element named like a byline or author, or `rel="author"` links; "Par"/"By" and a
    trailing agency ("avec APC") are dropped. Used only when nothing declares the authors.
    """
    found = tree.xpath('//*[@rel="author" or @itemprop="author"]')
    if not found:
        found = [
            el
            for el in tree.iter("p", "span", "div", "a", "address")
            if _BYLINE_NAME.search(el.get("class") or "")
            and not any(
                _BYLINE_NAME.search(c.get("class") or "")
                for c in el.iterdescendants()
                if isinstance(c.tag, str)
            )
        ]
    names: list[str] = []
    for el in found[:3]:
        text = " ".join(el.text_content().split())
        text = _AGENCY_TAIL.sub("", _BY.sub("", text)).strip(" ,.")
        words = text.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and text not in names:
            names.append(text)
    return tuple(names)


def _first_h1(tree: etree._Element) -> str | None:
    found = tree.find(".//h1")
    return _text(found.text_content()) if found is not None else None  # type: ignore[attr-defined]


_TITLE_SEP = re.compile(r"\s+[|–—»:•·-]{1,2}\s+")


def _key(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def strip_site(title: str, outlet: str | None, host: str | None) -> str:
    """A page title without the site name glued before or after it ("Headline | Le Monde")."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    keys = {_key(x) for x in (outlet, host) if x}
    host_key = _key((host or "").split(".")[0]).replace(" ", "")

    def is_site(part: str) -> bool:
        k = _key(part)
        short_match = len(k) < 25 and any(key and (key in k or k in key) for key in keys)
        return k in keys or bool(host_key and k.replace(" ", "") == host_key) or short_match

    if is_site(parts[-1]):
        return title[: title.rfind(parts[-1])].rstrip(" |–—»:•·-")
    if is_site(parts[0]):
        return title[len(parts[0]) :].lstrip(" |–—»:•·-")
    return title


def headline(declared: Declared, guessed: str | None, host: str | None) -> str | None:
    """The article's headline, measured best on the news corpora (docs/extraction.md):

    the page's <h1> when the page title confirms it (the title holds it), else the JSON-LD
    headline, else the page title (trafilatura's pick, or og:title) without the site name.
    """
    title = guessed or declared.title
    h1 = declared.h1
    if h1 and title and len(_key(h1)) >= 10 and _key(h1) in _key(title):
        return h1
    if declared.headline:
        return declared.headline
    if title and declared.title and not _shares_words(title, declared.title):
        # trafilatura took a heading that the page's own title does not confirm (a section name,
        # "Lorem", the site's logo): the declared title is the better witness.
        title = declared.title
    return strip_site(title, declared.outlet, host) if title else None


def _shares_words(guess: str, title: str) -> bool:
    """At least half the words of `guess` are words of `title`."""
    words = set(_key(guess).split())
    return not words or len(words & set(_key(title).split())) >= 0.5 * len(words)


_CDATA = re.compile(r"^(?:/[/*]\s*)?<!\[CDATA\[(?:\s*\*/)?|(?:/[/*]\s*)?\]\]>(?:\s*\*/)?$")


def _jsonld(tree: etree._Element) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph members and list items flattened."""
    for script in tree.xpath('//script[contains(translate(@type, "JSONLD", "jsonld"), "ld+json")]'):
        # XHTML-era pages wrap the JSON in a CDATA section (`<![CDATA[ {...} ]]>`, often commented out).
        raw = _CDATA.sub("", (script.text or "").strip()).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # Some sites leave raw newlines or a trailing semicolon in the script.
            try:
                data = json.loads(raw.rstrip(";").replace("\n", " "), strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _main_article(objs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the article: an *Article type, with the most fields that matter."""

    def score(obj: dict[str, Any]) -> int:
        typed = any(_ARTICLE_TYPE.search(t) and t != "WebPage" for t in _types(obj))
        fields = sum(k in obj for k in ("headline", "datePublished", "author", "articleBody"))
        return (10 if typed else 0) + fields

    best = max(objs, key=score, default=None)
    return best if best is not None and score(best) >= 11 else None


def _meta(tree: etree._Element) -> dict[str, str]:
    """First value of each <meta> by its lowercased property, name or itemprop."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and key.lower() not in out:
            out[key.lower()] = value
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _title_tag(tree: etree._Element) -> str | None:
    found = tree.find(".//title")
    return _text(found.text_content()) if found is not None else None  # type: ignore[attr-defined]


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _authors(value: Any) -> tuple[str, ...]:
    """Person names from a JSON-LD author field (string, object or list of them)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and "Organization" in _types(item):
            continue
        name = _name(item)
        if name and not name.startswith("http") and name not in names:
            names.append(name)
    return tuple(names)


def _person_authors(
    names: tuple[str, ...], tree: etree._Element, meta: dict[str, str], publisher: Any
) -> tuple[str, ...]:
    """The declared authors; when they are only the outlet itself, the person the page also names.

    Some sites credit their own name as the JSON-LD author while `<meta name=author>` or the byline
    names the writer. The outlet's name stays when the page names nobody else (it is then the
    author a reader is shown).
    """
    outlets = {n.casefold() for n in (_text(meta.get("og:site_name")), _name(publisher)) if n}
    if not names or any(n.casefold() not in outlets for n in names):
        return names
    for other in (_meta_authors(meta), _byline(tree)):
        # A name has no colon or slash ("Foto: Bild: SN/APA" is a photo credit shown as a byline).
        people = tuple(n for n in other if n.casefold() not in outlets and not re.search(r"[:/]", n))
        if people:
            return people
    return names


def _meta_authors(meta: dict[str, str]) -> tuple[str, ...]:
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"):
        value = _text(meta.get(key))
        if value and not value.startswith("http"):
            return tuple(
                a.strip() for a in re.split(r"\s*[;,|]\s*|\s+(?:and|et|und|y)\s+", value) if a.strip()
            )
    return ()


def _date(value: Any) -> datetime | None:
    """An ISO 8601 datetime as written (zone kept when given, none invented)."""
    text = _text(value)
    if not text:
        return None
    text = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    if re.search(r"[+-]\d{4}$", text):  # +0200 -> +02:00
        text = text[:-2] + ":" + text[-2:]
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _earliest(*values: datetime | None) -> datetime | None:
    """The first publication among declarations that disagree (the first given when they cannot be compared).

    A page republished or re-edited often keeps its original `datePublished` in JSON-LD while
    `article:published_time` moves to the last publication (Medium, NBC), or the reverse; the
    original publication is the earlier one. Naive and zoned values are not compared.
    """
    given = [v for v in values if v is not None]
    if not given:
        return None
    first = given[0]
    for value in given[1:]:
        if (value.utcoffset() is None) == (first.utcoffset() is None) and value < first:
            first = value
    return first


def local_form(when: datetime | None, html: str) -> datetime | None:
    """The same instant as a UTC declaration, written in the page's own zone when it gives one.

    Pages often declare `2020-04-25T02:25Z` in JSON-LD and `2020-04-24T22:25-04:00` elsewhere; the
    local form keeps the day the outlet printed. Nothing is guessed: without a local form of the
    same instant (to the minute) the UTC declaration stays as it is.
    """
    if when is None or when.utcoffset() is None or when.utcoffset():
        return when
    stamps = list(_stamps(html))
    for text, zone, _ in stamps:
        other = _date(text) if zone and "Z" not in zone and not zone[0].isspace() else None
        if other is None or other.utcoffset() is None or not other.utcoffset():
            continue
        if abs((other - when).total_seconds()) < 60:
            return other
    # The same instant written as local wall time without a zone ("2020-02-17 21:18:11" for
    # 2020-02-18T02:18:11Z): same minutes and seconds, a whole number of half hours away, within the
    # zones in use. The offset is read off the page's two writings, not guessed.
    utc = when.replace(tzinfo=None)
    for text, zone, whole_seconds in stamps:
        if zone or not whole_seconds:
            continue
        try:
            wall = datetime.fromisoformat(text.replace(" ", "T"))
        except ValueError:
            continue
        delta = (wall - utc).total_seconds()
        if delta and delta % 1800 == 0 and -12 * 3600 <= delta <= 14 * 3600:
            return when.astimezone(timezone(timedelta(seconds=delta)))
    return when


# A timestamp's tail from the day on ("-17T21:18:11+01:00"): a literal "-" lets the regex engine
# skip ahead, about fifty times faster on a large page than a pattern opening with digits.
_STAMP_TAIL = re.compile(r"-\d\d[T ]\d\d:\d\d(:\d\d(?:\.\d+)?)?(\s*(?:Z|[+-]\d\d:?\d\d))?")
_YEAR_MONTH = re.compile(r"\d{4}-\d\d")


def _stamps(html: str) -> Iterator[tuple[str, str | None, bool]]:
    """ISO timestamps written in the page: (text, its zone or None, whether it ends on whole seconds)."""
    for m in _STAMP_TAIL.finditer(html):
        start = m.start() - 7
        if start < 0 or not _YEAR_MONTH.fullmatch(html, start, m.start()):
            continue
        if start > 0 and (html[start - 1].isdigit() or html[start - 1] == "-"):
            continue
        seconds = m.group(1)
        after = html[m.end() : m.end() + 1]
        whole = bool(seconds) and "." not in seconds and not (after.isdigit() or after == ".")
        yield html[start : m.end()], m.group(2), whole


def _lang(tree: etree._Element, meta: dict[str, str]) -> str | None:
    value = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    value = value or meta.get("og:locale") or meta.get("content-language") or meta.get("language")
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _captions(tree: etree._Element) -> Iterator[str]:
    seen: set[str] = set()
    for el in tree.iter("figcaption"):
        text = " ".join(el.text_content().split())  # type: ignore[attr-defined]
        if text and text not in seen:
            seen.add(text)
            yield text
