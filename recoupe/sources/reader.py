"""Turn each input (path, folder, URL, feed, sitemap) into RawDocuments, one run at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

import httpx

from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.model import RawDocument
from recoupe.sources import feeds, files, jsonl, netguard, warc
from recoupe.sources.decode import GZIP_MAGIC, gunzip
from recoupe.sources.http import Clock, Fetched, Fetcher, utc_now
from recoupe.sources.httpcache import HttpCache

# A sitemap index may point to sitemap indexes; deeper than this is a loop or a trap.
MAX_SITEMAP_DEPTH = 3


def is_url(item: str) -> bool:
    """True for anything with a scheme (http://, ftp://, file://...); plain paths are files."""
    parts = urlsplit(item)
    return bool(parts.scheme) and len(parts.scheme) > 1 and "://" in item


class Reader:
    """Reads inputs for one run: files directly, URLs through one `Fetcher` (robots, cache, client)."""

    def __init__(
        self,
        settings: Settings,
        http_cache: HttpCache | None = None,
        client: httpx.Client | None = None,
        clock: Clock = utc_now,
        resolver: netguard.Resolver = netguard.resolve,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self._fetcher_args = (http_cache, client, resolver)
        self._fetcher: Fetcher | None = None
        self._seen: set[str] = set()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:  # no client is opened for a run of local files only
            cache, client, resolver = self._fetcher_args
            self._fetcher = Fetcher(self.settings, client, cache, self.clock, resolver)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def read(self, item: str) -> Iterator[RawDocument]:
        """Every document of one input; never raises for bad input."""
        if is_url(item):
            yield from self.read_url(item, {})
            return
        for path in files.walk(item):
            yield from self.read_file(path)

    # Files ---------------------------------------------------------------------------------

    def read_file(self, path: str) -> Iterator[RawDocument]:
        cap = self.settings.max_bytes
        problem = files.not_regular(path)
        if problem:
            yield RawDocument(input=path, data=b"", error=problem)
            return
        if files.suffix(path) in files.JSONL:
            try:
                yield from jsonl.records(path, files.lines(path, cap), cap)
            except OSError as exc:
                data, _ = files.read_capped(path, cap)
                yield RawDocument(input=path, data=data, error=f"unreadable JSONL file: {exc}")
            return
        if files.suffix(path) in files.WARC:
            yield from warc.records(path, cap)
            return
        data, error = files.read_capped(path, cap)
        if error is None:
            listing_kind = self._listing_kind(data, "", path)
            if listing_kind:
                yield from self._expand(path, data, listing_kind, {}, depth=0)
                return
        yield RawDocument(input=path, data=data, kind=files.kind_of(path), error=error)

    # URLs ----------------------------------------------------------------------------------

    def read_url(self, url: str, hints: dict[str, str], depth: int = 0) -> Iterator[RawDocument]:
        """The page at `url`, or the entries of the feed or sitemap found there."""
        if url in self._seen:
            return  # one fetch per URL per run (sitemaps list pages twice, indexes loop)
        self._seen.add(url)
        fetched = self.fetcher.get(url)
        if fetched.not_modified:
            return  # conditional GET: the server says nothing changed since the last run
        if fetched.error is None and depth == 0 and _is_jsonl(fetched):
            for doc in jsonl.records(url, fetched.data.splitlines(keepends=True), self.settings.max_bytes):
                yield replace(doc, fetched_at=fetched.fetched_at)
            self.fetcher.remember(fetched)
            return
        if fetched.error is None:
            listing_kind = self._listing_kind(fetched.data, fetched.content_type, fetched.url)
            if listing_kind:
                yield from self._expand(url, fetched.data, listing_kind, hints, depth, fetched)
                self.fetcher.remember(fetched)
                return
        yield self._page(url, fetched, hints)
        # Remembered only once the consumer has taken the page: an interrupted run refetches it.
        self.fetcher.remember(fetched)

    def _page(self, url: str, fetched: Fetched, hints: dict[str, str]) -> RawDocument:
        content_type = fetched.content_type
        all_hints = dict(hints)
        if content_type:
            all_hints["content_type"] = content_type
            charset = _charset(content_type)
            if charset:
                all_hints["charset"] = charset
        if fetched.headers.get("last-modified"):
            all_hints["last_modified"] = fetched.headers["last-modified"]
        kind = (
            "html"
            if "html" in content_type.lower()
            else "text"
            if "text/plain" in content_type.lower()
            else "unknown"
        )
        if kind == "unknown":
            kind = files.kind_of(urlsplit(fetched.url).path)
        return RawDocument(
            input=url,
            data=fetched.data,
            kind=kind,
            url=fetched.url,
            fetched_at=fetched.fetched_at,
            hints=all_hints,
            error=fetched.error,
        )

    # Feeds and sitemaps --------------------------------------------------------------------

    def _listing_kind(self, data: bytes, content_type: str, location: str) -> str | None:
        """The kind of feed or sitemap in `data`, or "feed" when announced as one but unreadable."""
        body = data
        if data.startswith(GZIP_MAGIC):
            try:
                body = gunzip(data, self.settings.max_bytes)
            except RejectedInput:
                return None  # decode rejects it later with the reason
        kind = feeds.sniff(body)
        if kind is None and feeds.announced(content_type, location):
            return "feed"  # parsing fails and the reason is recorded
        return kind

    def _expand(
        self,
        source: str,
        data: bytes,
        kind: str,
        hints: dict[str, str],
        depth: int,
        fetched: Fetched | None = None,
    ) -> Iterator[RawDocument]:
        url = fetched.url if fetched else None
        fetched_at = fetched.fetched_at if fetched else None
        try:
            body = gunzip(data, self.settings.max_bytes) if data.startswith(GZIP_MAGIC) else data
            if not body.strip():
                raise RejectedInput("empty: the feed or sitemap has no content")
            listing = feeds.parse(body, kind)
        except RejectedInput as exc:
            yield RawDocument(
                input=source, data=data, url=url, fetched_at=fetched_at, hints=hints, error=str(exc)
            )
            return
        for child in listing.sitemaps:
            if depth >= MAX_SITEMAP_DEPTH:
                yield RawDocument(
                    input=child,
                    data=b"",
                    url=child,
                    error=f"sitemap index nested deeper than {MAX_SITEMAP_DEPTH}",
                )
                continue
            yield from self.read_url(_absolute(child, url), {}, depth + 1)
        for number, entry in enumerate(listing.entries, start=1):
            entry_hints = _entry_hints(entry, listing)
            link = _absolute(entry.link, url) if entry.link else None
            if entry.content is not None:
                yield RawDocument(
                    input=link or f"{source}#entry-{number}",
                    data=entry.content.encode("utf-8"),
                    kind="html",
                    url=link,
                    fetched_at=fetched_at or self.clock(),
                    hints=entry_hints | {"charset": "utf-8"},
                )
            elif link:
                yield from self.read_url(link, entry_hints, depth + 1)
            else:
                yield RawDocument(
                    input=f"{source}#entry-{number}",
                    data=b"",
                    hints=entry_hints,
                    error="feed entry with neither a link nor any content",
                )


def _is_jsonl(fetched: Fetched) -> bool:
    content_type = fetched.content_type.lower()
    return (
        "ndjson" in content_type
        or "jsonl" in content_type
        or files.suffix(urlsplit(fetched.url).path) in files.JSONL
    )


def _entry_hints(entry: feeds.Entry, listing: feeds.Listing) -> dict[str, str]:
    hints = {}
    if entry.title:
        hints["title"] = entry.title
    if entry.published:
        hints["published"] = entry.published
    if entry.updated:
        hints["updated"] = entry.updated
    if entry.lastmod:
        hints["lastmod"] = entry.lastmod
    if listing.title:
        hints["feed_title"] = listing.title
    return hints


def _absolute(link: str, base: str | None) -> str:
    return urljoin(base, link) if base else link


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
