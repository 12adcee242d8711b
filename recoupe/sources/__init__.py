"""Inputs: files and folders (txt, html, gz, jsonl), URLs, RSS/Atom feeds and sitemaps."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from recoupe.config import Settings
from recoupe.model import RawDocument
from recoupe.sources.httpcache import HttpCache, MemoryHttpCache, StoreHttpCache, Validators

if TYPE_CHECKING:  # httpx is imported only when a URL is read, keeping `recoupe --help` quick
    import httpx

    from recoupe.sources.http import Clock
    from recoupe.sources.netguard import Resolver

log = logging.getLogger(__name__)

__all__ = ["HttpCache", "MemoryHttpCache", "StoreHttpCache", "Validators", "read"]


def read(
    inputs: Sequence[str],
    settings: Settings,
    http_cache: HttpCache | None = None,
    client: httpx.Client | None = None,
    clock: Clock | None = None,
    resolver: Resolver | None = None,
) -> Iterator[RawDocument]:
    """Yield one RawDocument per document found in `inputs`; never raises for bad input.

    A document that cannot be read yields a RawDocument with `error` set (and whatever bytes
    arrived), so that the article stage records it as rejected and the batch goes on.

    Args:
        inputs: paths (files or folders, read recursively in sorted order) and http(s) URLs of
            pages, RSS/Atom feeds or sitemaps; JSONL files give one document per line.
        settings: size cap, HTTP timeout, redirects, robots.txt and private-address policy.
        http_cache: validators for conditional GET (default: in memory for this run;
            `StoreHttpCache(store)` keeps them across runs). A 304 yields nothing.
        client: the httpx client to use (default: one made from the settings).
        clock: gives `fetched_at` of fetched documents (default: timezone-aware UTC now).
        resolver: host name to IP addresses, for the private-address check (default: the system's).
    """
    from recoupe.sources import netguard
    from recoupe.sources.http import utc_now
    from recoupe.sources.reader import Reader

    reader = Reader(settings, http_cache, client, clock or utc_now, resolver or netguard.resolve)
    try:
        for item in inputs:
            try:
                yield from reader.read(item)
            except Exception as exc:  # a bug on one odd input must not stop the batch: record it
                log.exception("reading %s failed", item)
                yield RawDocument(
                    input=item,
                    data=b"",
                    error=f"internal error while reading this input ({type(exc).__name__}: {exc}); "
                    "please report it with the input",
                )
    finally:
        reader.close()
