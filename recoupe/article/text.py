"""Plain-text scrapes to articles (issue 2, being written)."""

from __future__ import annotations

from recoupe.config import Settings
from recoupe.model import Article, RawDocument


def from_text(raw: RawDocument, text: str, settings: Settings) -> Article:
    """Clean a plain-text scrape and read its metadata; raise RejectedInput when no article is left."""
    raise NotImplementedError("article.text.from_text: being written (issue 2)")
