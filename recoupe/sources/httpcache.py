"""Validators (ETag, Last-Modified) remembered per URL for conditional GET, in memory or in the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from recoupe.store import Store

STORE_KIND = "http_cache"


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a URL's version: sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@runtime_checkable
class HttpCache(Protocol):
    """Validators by URL. `get` returns None for a URL never seen."""

    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class MemoryHttpCache:
    """The default: validators live for one run."""

    def __init__(self) -> None:
        self._data: dict[str, Validators] = {}

    def get(self, url: str) -> Validators | None:
        return self._data.get(url)

    def put(self, url: str, validators: Validators) -> None:
        self._data[url] = validators


class StoreHttpCache:
    """Validators kept in the store (document kind "http_cache", key the URL), across runs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str) -> Validators | None:
        value = self.store.get_doc(STORE_KIND, url)
        if not isinstance(value, dict):
            return None
        return Validators(etag=value.get("etag"), last_modified=value.get("last_modified"))

    def put(self, url: str, validators: Validators) -> None:
        self.store.put_doc(
            STORE_KIND, url, {"etag": validators.etag, "last_modified": validators.last_modified}
        )
