"""HTML pages to articles (issue 2, being written)."""

from __future__ import annotations

from recoupe.config import Settings
from recoupe.model import Article, RawDocument


def from_html(raw: RawDocument, html: str, settings: Settings) -> Article:
    """Extract the main text and metadata of a page; raise RejectedInput when no article is found."""
    raise NotImplementedError("article.html.from_html: being written (issue 2)")
