"""robots.txt, fetched once per host per run and applied as RFC 9309 says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from recoupe.errors import FetchError


class _Response(Protocol):
    @property
    def status(self) -> int | None: ...

    @property
    def data(self) -> bytes: ...

    @property
    def error(self) -> str | None: ...


class Robots:
    """Answers "may this URL be fetched?" for one run, fetching each host's robots.txt once.

    Args:
        fetch: GETs a robots.txt URL (without checking robots.txt itself).
        user_agent: our User-Agent; its product token ("recoupe") is matched against the groups.
    """

    def __init__(self, fetch: Callable[[str], _Response], user_agent: str) -> None:
        self._fetch = fetch
        self.user_agent = user_agent
        self._rules: dict[str, RobotFileParser | str] = {}

    def check(self, url: str) -> None:
        """Raise FetchError when robots.txt forbids `url` or cannot be read (5xx, network)."""
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if origin not in self._rules:
            self._rules[origin] = self._load(origin + "/robots.txt")
        rules = self._rules[origin]
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(self.user_agent, url):
            raise FetchError(
                f"disallowed by {origin}/robots.txt for our User-Agent; "
                "set respect_robots off (RECOUPE_RESPECT_ROBOTS=0) only for sites you may crawl"
            )

    def _load(self, robots_url: str) -> RobotFileParser | str:
        response = self._fetch(robots_url)
        parser = RobotFileParser(robots_url)
        status = response.status
        if response.error is None and status is not None and status < 300:
            parser.parse(response.data.decode("utf-8", errors="replace").splitlines())
            return parser
        if status is not None and 400 <= status < 500:
            # RFC 9309 2.3.1.3: robots.txt "unavailable" (404, 403, ...) means no rule at all.
            parser.parse([])
            return parser
        # RFC 9309 2.3.1.4: "unreachable" (5xx, network error) means assume everything is disallowed.
        return (
            f"robots.txt unreachable ({response.error or status}): by RFC 9309 nothing on this host is "
            "fetched until it answers; set respect_robots off (RECOUPE_RESPECT_ROBOTS=0) to ignore it"
        )
