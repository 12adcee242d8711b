"""The Store protocol: the one seam between the pipeline and persistence."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

from recoupe.model import Article, Rejected


@runtime_checkable
class Store(Protocol):
    """Articles, rejected inputs, and JSON documents that the later layers attach.

    Documents are grouped by `kind` ("analysis", "identity", "assignment", "story", "event",
    "reuse", "report", ...) and keyed by an id; each layer owns the codec of its kinds.
    `article_id` links a document to an article so that it can be found and invalidated with it.
    """

    def transaction(self) -> AbstractContextManager[None]: ...

    def has_content(self, content_hash: str) -> bool: ...

    def add_article(self, article: Article) -> bool: ...

    def add_rejected(self, rejected: Rejected) -> bool: ...

    def get_article(self, article_id: str) -> Article: ...

    def get_rejected(self, rejected_id: str) -> Rejected: ...

    def iter_articles(self, order: str = "published") -> Iterator[Article]: ...

    def ids_missing_doc(self, kind: str, order: str = "inserted") -> list[str]:
        """Ids of the stored articles that have no `kind` document keyed by their id, in `order`.

        `order` is one of those of `iter_articles`. Lets a layer find its new work without
        reading every article record (rejected inputs are never articles, so never listed).
        """
        ...

    def iter_rejected(self) -> Iterator[Rejected]: ...

    def count_articles(self) -> int: ...

    def count_rejected(self) -> int: ...

    def put_doc(self, kind: str, key: str, value: Any, article_id: str | None = None) -> None: ...

    def get_doc(self, kind: str, key: str) -> Any | None: ...

    def iter_docs(self, kind: str) -> Iterator[tuple[str, Any]]: ...

    def docs_for_article(self, kind: str, article_id: str) -> list[Any]: ...

    def delete_docs(self, kind: str, key: str | None = None) -> None: ...

    def close(self) -> None: ...
