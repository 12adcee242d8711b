"""One JSON object per input document, with what every layer found (the `recoupe export` format)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from recoupe import codec
from recoupe.model import Article, Rejected
from recoupe.store import Store

# Each later layer contributes its fields for one article: (store, article) -> dict.
# Layers append to this list from their own `export` module (imported in `_layer_fields`).
FieldSource = Callable[[Store, Article], dict[str, Any]]


def article_record(article: Article) -> dict[str, Any]:
    """The article layer's fields."""
    return {
        "id": article.id,
        "input": article.input,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": codec.to_plain(article.published),
        "updated": codec.to_plain(article.updated),
        "language": article.language,
        "body": article.body,
        "captions": list(article.captions),
        "authors": list(article.authors),
        "wire_credits": list(article.wire_credits),
        "paragraphs": codec.to_plain(article.paragraphs),
        "removed": list(article.removed),
        "status": "ok",
        "reason": None,
    }


def rejected_record(rejected: Rejected) -> dict[str, Any]:
    return {
        "id": rejected.id,
        "input": rejected.input,
        "url": rejected.url,
        "outlet": None,
        "title": None,
        "published": None,
        "updated": None,
        "language": None,
        "body": None,
        "captions": [],
        "authors": [],
        "wire_credits": [],
        "status": "rejected",
        "reason": rejected.reason,
        "raw_bytes": len(rejected.raw),
    }


def _layer_fields() -> list[FieldSource]:
    sources: list[FieldSource] = []
    for name in ("recoupe.language.export", "recoupe.stories.export"):
        try:
            module = __import__(name, fromlist=["article_fields"])
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        sources.append(module.article_fields)
    return sources


def iter_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every article (in publication order, undated last), then every rejected input."""
    layers = _layer_fields()
    for article in store.iter_articles():
        record = article_record(article)
        for fields in layers:
            record.update(fields(store, article))
        yield record
    for rejected in store.iter_rejected():
        yield rejected_record(rejected)
