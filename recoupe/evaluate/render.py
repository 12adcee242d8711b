"""Render an HTML page to plain text the way select-all-and-copy in a browser gives it.

All visible text is kept, navigation, menus and footers included; each block element starts a new
line, paragraphs and headings are set apart by a blank line (as the browser's ``innerText`` does),
table cells are separated by a tab. Scripts, styles and hidden elements give nothing. This is how
the plain-text cleaner is scored on pages it was not written for: the rendered page is what a user
who copies a page into a ``.txt`` file would have.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements whose content a browser never shows as text.
_SKIPPED = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "video",
        "audio",
        "source",
        "track",
        "map",
        "select",
        "datalist",
        "input",
        "textarea",
        "img",
        "picture",
    }
)
# Block-level elements: one line break before and after (innerText's "required line break count" 1).
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frameset",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "section",
        "summary",
        "table",
        "ul",
        "xmp",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "blockquote",
        "option",
        "optgroup",
    }
)
# Elements set apart by a blank line (count 2), like <p> in innerText; headings render so too in
# every browser's default style sheet (they have vertical margins).
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})
_CELL = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\u200b]+")

_TAB = "\x1f"  # a cell separator, kept apart from the spaces that collapse
_Item = str | int  # a piece of text, or a required number of line breaks


def page_text(html: str | bytes) -> str:
    """Visible text of an HTML page, one block per line, as a browser's select-all-and-copy gives it.

    Args:
        html: The page, as text or as bytes (bytes are decoded by lxml from the page's own charset).

    Returns:
        The text; an empty string when the page has no visible text or cannot be parsed.
    """
    if isinstance(html, bytes):
        html = decode_page(html)
    if isinstance(html, str):
        # lxml refuses str input that carries an XML encoding declaration.
        html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    items: list[_Item] = []
    _walk(root, items, pre=False)
    return _assemble(items)


def decode_page(data: bytes) -> str:
    """Pages are mostly UTF-8; charset detection for the others (lxml alone guesses Latin-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def _hidden(el: etree._Element) -> bool:
    """Whether an element is hidden by its own attributes (CSS files are not read)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _walk(el: etree._Element, items: list[_Item], pre: bool) -> None:
    """Append the text items of `el` and its descendants, in document order."""
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower().rpartition("}")[2]
    if not tag or tag in _SKIPPED or _hidden(el):
        return  # comments, processing instructions, invisible elements: their tail is handled by the parent
    if tag == "br":
        items.append("\n")
        return
    breaks = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK else 0
    pre = pre or tag in ("pre", "textarea", "listing", "xmp", "plaintext")
    if breaks:
        items.append(breaks)
    if el.text:
        _text(el.text, items, pre)
    for child in el:
        _walk(child, items, pre)
        if child.tail:
            _text(child.tail, items, pre)
    if tag in _CELL:
        items.append(_TAB)
    if breaks:
        items.append(breaks)


def _text(text: str, items: list[_Item], pre: bool) -> None:
    """Append a text node, keeping its line breaks only inside preformatted elements."""
    if not pre:
        items.append(text)
        return
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            items.append("\n")
        items.append(line.replace(" ", "\u00a0"))  # protected from collapsing below


def _assemble(items: list[_Item]) -> str:
    """Join items into lines: runs of required breaks become max(count) newlines, spaces collapse."""
    lines: list[str] = []
    current: list[str] = []
    pending = 0

    def flush(force: bool) -> None:
        line = _SPACES.sub(" ", "".join(current)).replace(f" {_TAB}", _TAB).replace(f"{_TAB} ", _TAB)
        line = line.strip(f" {_TAB}").replace(_TAB, "\t")
        current.clear()
        if line or force:
            lines.append(line)

    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        if item == "\n":
            flush(force=True)
            pending = 0
            continue
        if pending and _SPACES.sub("", item):
            if "".join(current).strip():
                flush(force=False)
                lines.extend([""] * (pending - 1))
            elif lines and pending == 2 and lines[-1] != "":
                lines.append("")
            current.clear()
            pending = 0
        current.append(item)
    flush(force=False)
    text = "\n".join(line.replace("\u00a0", " ").rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
