"""The article layer: raw bytes in, a clean dated attributed Article (or a Rejected record) out."""

from __future__ import annotations

from recoupe.config import Settings
from recoupe.model import Article, RawDocument, Rejected


def build(raw: RawDocument, settings: Settings) -> Article | Rejected:
    """Clean one document. Never raises for bad input: returns Rejected with the reason and raw bytes."""
    raise NotImplementedError("article.build: being written (issue 2)")
