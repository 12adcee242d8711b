"""recoupe's fixes to trafilatura's main text: page furniture it lets through, measured on the corpora.

Each fix works on the extracted paragraphs (one per line) and returns the paragraphs it kept and
those it removed, so an Article can show what was dropped. They are deliberately narrow: a line
goes only when its position (head or tail of the body) and its shape (short, a call to act, a
repeated headline, a truncated teaser) both say furniture. Figures for each are in docs/extraction.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from lxml import etree

Lines = list[str]

# Calls to act and credits that close a page rather than an article, in the languages of the
# corpora (en, fr, es, de, pt, it). Matched only on short lines at the tail of the body.
_TAIL_FURNITURE = re.compile(
    r"(subscribe|newsletter|sign up|signup|inbox|follow (us|him|her|them|@)|share (this|it|on)"
    r"|like this (story|article)|click here|all rights reserved|©|copyright|reprints?\b|print article"
    r"|write to \w+|have a tip|related (stories|articles|coverage)|tell us what you think"
    r"|this (copy|article) (is|has been)|an error has occurred|read more|more from|comments? are closed"
    r"|abonnez-vous|inscrivez-vous|suivez-nous|partager|tous droits réservés|lire aussi|à lire"
    r"|suscr[íi]b|comparte|s[íi]guenos|todos los derechos|lee también|abonnieren|teilen|mehr zum thema"
    r"|alle rechte|assine|compartilhe|leia também|iscriviti|condividi)",
    re.IGNORECASE,
)
# Lines that point the reader to another article, wherever they are in the body.
_READ_ALSO = re.compile(
    r"^\W*(read (more|also|next)|see also|related|also on [\w.]+|lire (aussi|également)|"
    r"à lire (aussi|également)|voir aussi|lee (también|más)|ver también|leia (também|mais)|"
    r"mehr zum thema|lesen sie auch|auch interessant|puedes ver|te puede interesar|mira también)\b",
    re.IGNORECASE,
)
# A line that is one ISO 8601 timestamp: metadata, never prose. (Lone URLs stay: articles cite them.)
_MACHINE_LINE = re.compile(r"^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\S*)\s*$")
_ELLIPSIS_END = re.compile(r"(…|\.\.\.|\[…\]|\[\.\.\.\])\W{0,3}$")
_MAX_FURNITURE_CHARS = 300


def norm(text: str) -> str:
    """Casefolded letters and digits only, for comparing headlines with lines."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def drop_title(lines: Sequence[str], titles: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove repetitions of the headline among the first lines of the body.

    Args:
        lines: Paragraphs of the body.
        titles: Known forms of the headline (page title, og:title, JSON-LD headline).
    """
    keys = {norm(t) for t in titles if t and len(norm(t)) >= 10}
    kept: Lines = []
    removed: Lines = []
    for i, line in enumerate(lines):
        n = norm(line)
        # Only among the first lines: further down, a line equal to the headline is usually a
        # section heading the article itself repeats (measured: removing those costs recall).
        if i < 3 and n and any(n == k or (len(n) >= 0.6 * len(k) and n in k) for k in keys):
            removed.append(line)
            continue
        kept.append(line)
    return kept, removed


def drop_read_also(lines: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove short "read also" / "related" pointers, and lone machine timestamps (page metadata)."""
    kept: Lines = []
    removed: Lines = []
    for line in lines:
        pointer = len(line) <= 200 and bool(_READ_ALSO.match(line))
        (removed if pointer or _MACHINE_LINE.match(line) else kept).append(line)
    return kept, removed


_AD_LABEL = re.compile(
    r"^\W*(advertisement|advertising|publicité|anzeige|publicidad|pubblicità|sponsored)\W*$", re.I
)


# A line led by a label in capitals and a colon ("PUEDES VER: ...", "RELATED: ..."): a pointer.
_CAPS_LABEL = re.compile(r"^\W*[^\W\d_a-zà-ÿ]{2,}(?: [^\W\d_a-zà-ÿ]{2,})*\s*:\s")


def looks_like_furniture(line: str) -> bool:
    """A call to act, a credit, a "read also" pointer (or a capitalised label) or an ad label."""
    return bool(
        _TAIL_FURNITURE.search(line)
        or _READ_ALSO.match(line)
        or _AD_LABEL.match(line)
        or _CAPS_LABEL.match(line)
    )


def drop_tail_furniture(lines: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove the run of short calls to act, credits and teasers that closes the body."""
    end = len(lines)
    while end > 1:
        line = lines[end - 1].strip()
        short = len(line) <= _MAX_FURNITURE_CHARS
        if not line or (short and _TAIL_FURNITURE.search(line)):
            end -= 1
            continue
        break
    return list(lines[:end]), list(lines[end:])


# A date as pages print them near a byline: 05/10/2018, 2018-10-05, 14.03.2025, 5 May 2019, 15:53.
_DATE_BITS = re.compile(
    r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}:\d\d|\d{1,2}\.? \w{3,9}\.? \d{4}"
    r"|\w{3,9}\.? \d{1,2},? \d{4})\b"
)


def drop_head_dateline(lines: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove byline/date lines at the top of the body ("05/10/2018 - Published by ...").

    Only among the first two lines, only short lines holding a date and not ending like a
    sentence: a first paragraph that opens with a date ("Le 14 mars, ...") is prose and stays.
    """
    kept = list(lines)
    removed: Lines = []
    for _ in range(2):
        if len(kept) < 2:
            break
        line = kept[0]
        if (
            len(line) <= 160
            and _DATE_BITS.search(line)
            and not line.rstrip().endswith((".", "!", "?", "»", '"', "”"))
        ):
            removed.append(kept.pop(0))
            continue
        break
    return kept, removed


# Classes and itemprops of the short labels a page prints around its headline: kicker, rubric,
# byline, dateline. Matched on the element that holds the line itself, never on a container.
_LABEL_NAME = re.compile(
    r"kicker|overline|eyebrow|rubri|byline|author|auteur|dateline|\bdates?\b|published|timestamp|\bsection\b",
    re.I,
)
_MAX_LABEL_CHARS = 120
_SENTENCE_END = (".", "!", "?", "»", '"', "”", ":")


def page_labels(tree: etree._Element) -> set[str]:
    """Keys of the short labels of a page: kicker, rubric, byline and dateline lines.

    A line is a label when its element is named like one (`class="kicker"`, `"byline"`,
    `itemprop="author"`) or holds a `<time>` element. For the latter both the whole text and the
    text without the `<time>` are keys, because trafilatura drops `<time>` text and leaves
    "Publié le , mis à jour le".
    """
    keys: set[str] = set()
    # Elements holding a <time>, found once from the <time>s up (not by searching every subtree).
    holding_time: set[etree._Element] = set()
    for time_el in tree.iter("time"):
        holding_time.update(time_el.iterancestors())
    for el in tree.iter("p", "div", "span", "li", "time", "a", "address"):
        has_time = el in holding_time
        if not has_time and not _LABEL_NAME.search(
            f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('rel') or ''}"
        ):
            continue  # the cheap tests first: the text of a large <div> is costly to build
        text = " ".join(el.text_content().split())  # type: ignore[attr-defined]
        if not text or len(text) > _MAX_LABEL_CHARS or text.endswith(_SENTENCE_END):
            continue
        keys.add(norm(text))
        if has_time:
            keys.add(norm(_text_without(el, "time")))
    keys.discard("")
    return keys


def _text_without(el: etree._Element, tag: str) -> str:
    """Text of an element with the text of its `tag` descendants left out (their tails kept)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == tag:
            parts.append(node.tail or "")
            return
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return "".join(parts)


def drop_labels(lines: Sequence[str], labels: set[str]) -> tuple[Lines, Lines]:
    """Remove kicker, byline and dateline lines (see `page_labels`) from the head of the body.

    Only among the first lines, before the first paragraph that ends like a sentence: further
    down a short line is more often an intertitle of the article.
    """
    kept: Lines = []
    removed: Lines = []
    head = True
    for line in lines:
        if head and len(line) <= _MAX_LABEL_CHARS and norm(line) in labels:
            removed.append(line)
            continue
        if len(line) > _MAX_LABEL_CHARS or line.rstrip().endswith(_SENTENCE_END):
            head = False
        kept.append(line)
    if not kept:  # a page that is nothing but its labels: keep them rather than lose the page
        return list(lines), []
    return kept, removed


def _is_teaser(line: str) -> bool:
    # A teaser is a truncated excerpt of another article: a long-enough line cut with an ellipsis.
    return len(line) >= 60 and bool(_ELLIPSIS_END.search(line))


def drop_teasers(lines: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove runs of two or more truncated excerpts (lines cut with an ellipsis)."""
    kept: Lines = []
    removed: Lines = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_teaser(lines[j]):
            j += 1
        if j - i >= 2:
            removed.extend(lines[i:j])
            i = j
            continue
        kept.append(lines[i])
        i += 1
    return kept, removed


def drop_captions(lines: Sequence[str], captions: Sequence[str]) -> tuple[Lines, Lines]:
    """Remove figure captions from the body: an Article keeps them apart, in `captions`."""
    keys = {norm(c) for c in captions if norm(c)}
    kept: Lines = []
    removed: Lines = []
    for line in lines:
        (removed if norm(line) in keys else kept).append(line)
    return kept, removed


def add_embedded_posts(lines: Sequence[str], tree: etree._Element) -> Lines:
    """Put back the embedded social-media posts (tweets) that trafilatura drops from the article.

    A post is quoted content of the article, so it belongs in the body, but only when the
    paragraph just before it in the page is in the body too: that anchors it inside the article
    and gives its place.
    """
    out = list(lines)
    index = {norm(line): i for i, line in enumerate(out)}
    inserted = 0
    for quote in tree.xpath('//blockquote[contains(@class, "twitter-tweet")]'):
        before = quote.xpath("preceding::p[1]")
        if not before:
            continue
        anchor = index.get(norm(before[0].text_content()))
        post = _block_lines(quote)
        if anchor is None or not post or any(norm(p) in index for p in post):
            continue
        at = anchor + 1 + inserted
        out[at:at] = post
        inserted += len(post)
    return out


def _block_lines(el: etree._Element) -> Lines:
    """Text of an element, one line per paragraph and one for the text around them."""
    parts: Lines = []
    rest: Lines = []
    for child in el.iter():
        if child is el:
            rest.append(child.text or "")
            continue
        if child.tag == "p":
            parts.append(" ".join(child.text_content().split()))
            rest.append(child.tail or "")
        elif not any(a.tag == "p" for a in child.iterancestors()):
            rest.append((child.text or "") + (child.tail or ""))
    tail = " ".join(" ".join(rest).split())
    return [p for p in parts if p] + ([tail] if tail else [])


def add_sibling_sections(lines: Sequence[str], tree: etree._Element) -> Lines:
    """Put back article sections that trafilatura left out when a page splits its body into
    several sibling containers of the same kind (between them: ads, pull quotes, embeds).

    The containers are recognised by tag and class, from those holding paragraphs already in
    the body; their missing paragraphs go in after the body paragraph that precedes them.
    """
    out = list(lines)
    index = {norm(line): i for i, line in enumerate(out)}
    containers: dict[tuple[str, str], list[etree._Element]] = {}
    matched: set[etree._Element] = set()
    anchors: list[tuple[int, str]] = []  # (document position, body line key) of paragraphs in the body
    for pos, el in enumerate(tree.iter()):
        if el.tag != "p":
            continue
        key = norm(el.text_content())
        parent = el.getparent()
        if key in index:
            anchors.append((pos, key))
        if parent is None or not parent.get("class"):
            continue
        box_list = containers.setdefault((str(parent.tag), parent.get("class", "")), [])
        if parent not in box_list:
            box_list.append(parent)
        if key in index:
            matched.add(parent)
    # Only when the body mostly comes from such containers: then their kind is the article's.
    in_boxes = {norm(p.text_content()) for box in matched for p in box.iterchildren("p")}
    if not anchors or sum(norm(line) in in_boxes for line in out) < 0.5 * len(out):
        return out
    position = {el: pos for pos, el in enumerate(tree.iter())}
    wanted = {(str(el.tag), el.get("class", "")) for el in matched}
    article_roots = {_section_root(el) for el in matched}
    extra: list[tuple[int, list[str]]] = []
    for sig in wanted:
        for box in containers[sig]:
            if box in matched or _section_root(box) not in article_roots or _in_furniture(box):
                continue
            paragraphs = [" ".join(p.text_content().split()) for p in box.iterchildren("p")]
            # Prose only: furniture sharing the class is short lines (credits, "Subscribe").
            paragraphs = [t for t in paragraphs if len(t) >= _MIN_PROSE and norm(t) not in index]
            if paragraphs:
                extra.append((position[box], paragraphs))
    # Insert from the last box up, so earlier insertion points keep their indexes.
    for box_pos, paragraphs in sorted(extra, reverse=True):
        before = [key for pos, key in anchors if pos < box_pos]
        if not before:
            continue
        at = index[before[-1]] + 1
        out[at:at] = paragraphs
    return out


_MIN_PROSE = 60
_FURNITURE_NAME = re.compile(
    r"comment|footer|related|sidebar|newsletter|subscri|promo|share|social|teaser", re.I
)


def is_furniture_box(el: etree._Element) -> bool:
    """An aside, nav, footer or form, or a block named like comments, related links or promos."""
    if el.tag in ("aside", "nav", "footer", "form"):
        return True
    return bool(_FURNITURE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _section_root(el: etree._Element) -> etree._Element | None:
    """The nearest <article> or <main> holding `el` (None: the page has none around it)."""
    for up in el.iterancestors():
        if up.tag in ("article", "main"):
            return up
    return None


def _in_furniture(el: etree._Element) -> bool:
    """Inside a footer, aside or nav, or a block named like comments, related links or promos."""
    for up in (el, *el.iterancestors()):
        if up.tag in ("footer", "aside", "nav"):
            return True
        if _FURNITURE_NAME.search(f"{up.get('class', '')} {up.get('id', '')}"):
            return True
    return False


def keep_lead(lines: Sequence[str], description: str | None, tree: etree._Element) -> Lines:
    """Put back the standfirst when the page shows its declared description and the body lacks it."""
    if not description or not lines:
        return list(lines)
    key = norm(description)
    if len(key) < 40 or key in norm(" ".join(lines[:3])):
        return list(lines)
    for el in tree.iter("p", "h2", "div", "span", "strong"):
        text = " ".join(el.text_content().split())
        if abs(len(text) - len(description)) <= 0.1 * len(description) + 5 and norm(text) == key:
            return [text, *lines]
    return list(lines)
