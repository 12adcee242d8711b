"""Fetch one URL over HTTP: guarded addresses on every hop, capped size, robots.txt, conditional GET."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

import httpx

from recoupe.config import Settings
from recoupe.errors import FetchError
from recoupe.sources import netguard
from recoupe.sources.httpcache import HttpCache, MemoryHttpCache, Validators
from recoupe.sources.robots import Robots

Clock = Callable[[], datetime]

REDIRECTS = (301, 302, 303, 307, 308)


def utc_now() -> datetime:
    """The default clock: now, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one GET gave: the final URL, status, body (at most max_bytes) and the reason it failed."""

    url: str
    fetched_at: datetime
    status: int | None = None
    data: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def validators(self) -> Validators | None:
        etag, modified = self.headers.get("etag"), self.headers.get("last-modified")
        return Validators(etag=etag, last_modified=modified) if etag or modified else None


def new_client(settings: Settings, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The default client: timeouts from the settings, our User-Agent, redirects followed by hand."""
    return httpx.Client(
        timeout=settings.http_timeout,
        follow_redirects=False,  # each hop is checked by netguard and robots.txt first
        headers={"User-Agent": settings.user_agent},
        transport=transport,
    )


class Fetcher:
    """GETs URLs for one run; holds the client, the robots.txt cache and the validator cache.

    Args:
        settings: timeouts, size cap, redirects, robots and private-address policy.
        client: an httpx client (tests and embedders pass their own; default `new_client`).
        cache: validators for conditional GET (default: in memory, for this run).
        clock: gives `fetched_at` (default: UTC now).
        resolver: host name to addresses, for the private-address check.
    """

    def __init__(
        self,
        settings: Settings,
        client: httpx.Client | None = None,
        cache: HttpCache | None = None,
        clock: Clock = utc_now,
        resolver: netguard.Resolver = netguard.resolve,
    ) -> None:
        self.settings = settings
        self._own_client = client is None
        self.client = client if client is not None else new_client(settings)
        self.cache = cache if cache is not None else MemoryHttpCache()
        self.clock = clock
        self.resolver = resolver
        self.robots = Robots(self._fetch_robots, settings.user_agent)

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def get(self, url: str) -> Fetched:
        """GET `url`, following at most `max_redirects` redirects; never raises for a bad URL or server."""
        return self._get(url, conditional=True, check_robots=self.settings.respect_robots)

    def remember(self, fetched: Fetched) -> None:
        """Keep the validators of a response whose content has been handed on, for the next run."""
        validators = fetched.validators()
        if validators and fetched.error is None and not fetched.not_modified:
            self.cache.put(fetched.url, validators)

    def _fetch_robots(self, url: str) -> Fetched:
        return self._get(url, conditional=False, check_robots=False)

    def _get(self, url: str, conditional: bool, check_robots: bool) -> Fetched:
        current = url
        for _ in range(self.settings.max_redirects + 1):
            try:
                addresses = netguard.check_url(current, self.settings.allow_private, self.resolver)
                if check_robots:
                    self.robots.check(current)
            except FetchError as exc:
                return Fetched(url=current, fetched_at=self.clock(), error=str(exc))
            validators = self.cache.get(current) if conditional else None
            fetched, location = self._one(current, addresses[0], validators.headers() if validators else {})
            if location is None:
                return fetched
            current = urljoin(current, location)
        return Fetched(
            url=current,
            fetched_at=self.clock(),
            error=f"too many redirects: more than {self.settings.max_redirects} starting from {url} "
            "(a redirect loop? raise max_redirects if the chain is genuine)",
        )

    def _one(self, url: str, address: str, headers: dict[str, str]) -> tuple[Fetched, str | None]:
        """One request to the checked `address`; returns the result and the redirect target, if any."""
        cap = self.settings.max_bytes
        body = bytearray()
        target, host, extensions = netguard.pinned(url, address)
        try:
            with self.client.stream("GET", target, headers=headers | host, extensions=extensions) as response:
                got = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code in REDIRECTS and "location" in got:
                    return Fetched(url=url, fetched_at=self.clock(), status=response.status_code), got[
                        "location"
                    ]
                if response.status_code == 304:
                    return Fetched(
                        url=url, fetched_at=self.clock(), status=304, headers=got, not_modified=True
                    ), None
                too_large = False
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > cap:
                        too_large = True
                        break
        except httpx.HTTPError as exc:
            return Fetched(
                url=url, fetched_at=self.clock(), data=bytes(body[:cap]), error=_network_reason(exc)
            ), None
        error = None
        if too_large:
            error = (
                f"too large: more than {cap} bytes; the download was stopped there "
                "(raise the cap with --max-bytes or RECOUPE_MAX_BYTES)"
            )
        elif response.status_code >= 400:
            error = f"HTTP {response.status_code} {response.reason_phrase}".strip() + f" from {url}"
        elif response.status_code >= 300:
            error = f"HTTP {response.status_code} without a Location header from {url}"
        return Fetched(
            url=url,
            fetched_at=self.clock(),
            status=response.status_code,
            data=bytes(body[:cap]),
            headers=got,
            error=error,
        ), None


def _network_reason(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out: {type(exc).__name__} (raise http_timeout if the server is just slow)"
    if isinstance(exc, httpx.DecodingError):
        return f"undecodable response body: {exc}"
    return f"network error: {type(exc).__name__}: {exc}"
