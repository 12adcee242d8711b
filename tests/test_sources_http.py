"""Pages, redirects, robots.txt, size caps, conditional GET and address checks, over a real local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sources_server import LocalServer, Route

from recoupe import config, sources
from recoupe.model import RawDocument
from recoupe.sources import netguard
from recoupe.sources.httpcache import StoreHttpCache
from recoupe.store import Store

FIXED = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)


def clock() -> datetime:
    return FIXED


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


@pytest.fixture
def loopback(tmp_path: Path) -> config.Settings:
    return config.load(
        env={}, db=str(tmp_path / "t.db"), allow_private=True, http_timeout=5.0, max_redirects=3
    )


def read(urls: list[str], settings: config.Settings, **kw: object) -> list[RawDocument]:
    return list(sources.read(urls, settings, clock=clock, **kw))  # type: ignore[arg-type]


def page_bytes(corpora_dir: Path) -> bytes:
    return (corpora_dir / "readability_testpages" / "pages" / "001" / "source.html").read_bytes()


def test_page_is_fetched_with_headers_as_hints(
    server: LocalServer, loopback: config.Settings, corpora_dir: Path
) -> None:
    body = page_bytes(corpora_dir)
    server.routes["/a"] = Route(
        200,
        body,
        {"Content-Type": "text/html; charset=UTF-8", "Last-Modified": "Fri, 14 Mar 2025 15:00:00 GMT"},
    )
    [doc] = read([server.url("/a")], loopback)
    assert doc.error is None
    assert doc.data == body
    assert (doc.kind, doc.url, doc.input, doc.fetched_at) == (
        "html",
        server.url("/a"),
        server.url("/a"),
        FIXED,
    )
    assert doc.hints["charset"] == "UTF-8"
    assert doc.hints["last_modified"] == "Fri, 14 Mar 2025 15:00:00 GMT"
    assert server.requests[-1][1]["user-agent"] == loopback.user_agent


def test_redirect_is_followed_and_final_url_kept(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/old"] = Route(301, headers={"Location": "/new"})
    server.routes["/new"] = Route(200, "Le président a parlé.".encode(), {"Content-Type": "text/plain"})
    [doc] = read([server.url("/old")], loopback)
    assert doc.error is None and doc.url == server.url("/new") and doc.kind == "text"


def test_redirect_loop_is_capped(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    [doc] = read([server.url("/loop")], loopback)
    assert doc.error is not None and "too many redirects" in doc.error
    # max_redirects=3: the first request and three redirects, then it stops.
    assert server.paths().count("/loop") == 4


def test_http_error_keeps_body_and_status(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/boom"] = Route(500, b"<h1>Internal error</h1>", {"Content-Type": "text/html"})
    [doc] = read([server.url("/boom")], loopback)
    assert doc.error is not None and doc.error.startswith("HTTP 500")
    assert doc.data == b"<h1>Internal error</h1>"


def test_download_is_cut_at_max_bytes(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/huge"] = Route(200, b"a" * 200_000, {"Content-Type": "text/plain"})
    [doc] = read([server.url("/huge")], loopback.replace(max_bytes=10_000))
    assert doc.error is not None and doc.error.startswith("too large")
    assert doc.data == b"a" * 10_000


def test_loopback_refused_unless_allowed(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/a"] = Route(200, b"hello", {"Content-Type": "text/plain"})
    strict = config.load(env={}, http_timeout=5.0)
    assert strict.allow_private is False
    docs = read([server.url("/a"), f"http://localhost:{server.port}/a"], strict)
    assert [
        d.error is not None and d.error.startswith("refused") and "127.0.0.1" in d.error for d in docs
    ] == [True, True]
    assert server.requests == []  # nothing was sent


def test_redirect_to_private_address_is_checked_on_every_hop(server: LocalServer) -> None:
    # A fake resolver says 127.0.0.1 is public (as a public name would be) but localhost is not:
    # the first hop is fetched, the redirect to localhost is refused before any request.
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34"] if host == "127.0.0.1" else ["127.0.0.1"]

    server.routes["/hop"] = Route(302, headers={"Location": f"http://localhost:{server.port}/inside"})
    settings = config.load(env={}, http_timeout=5.0, respect_robots=False)
    [doc] = read([server.url("/hop")], settings, resolver=resolver)
    assert doc.error is not None and doc.error.startswith("refused: localhost resolves to 127.0.0.1")
    assert server.paths() == ["/hop"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.txt", "gopher://x/"])
def test_other_schemes_refused(url: str, loopback: config.Settings) -> None:
    [doc] = read([url], loopback)
    assert doc.error is not None and "only http and https" in doc.error and doc.input == url


def test_public_and_private_addresses() -> None:
    assert netguard.is_public("93.184.216.34")
    assert netguard.is_public("2606:2800:220:1:248:1893:25c8:1946")
    for address in [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
        "240.0.0.1",
    ]:
        assert not netguard.is_public(address), address


def test_robots_disallow_is_honoured_and_fetched_once(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/robots.txt"] = Route(
        200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}
    )
    server.routes["/private/a"] = Route(200, b"secret", {"Content-Type": "text/plain"})
    server.routes["/public/a"] = Route(200, b"open", {"Content-Type": "text/plain"})
    docs = read([server.url("/private/a"), server.url("/public/a"), server.url("/private/b")], loopback)
    assert [d.error is not None and "robots.txt" in d.error for d in docs] == [True, False, True]
    assert server.paths() == ["/robots.txt", "/public/a"]
    ignored = read([server.url("/private/a")], loopback.replace(respect_robots=False))
    assert ignored[0].data == b"secret"


def test_robots_server_error_means_disallow_all(server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/robots.txt"] = Route(503, b"down")
    server.routes["/a"] = Route(200, b"page", {"Content-Type": "text/plain"})
    [doc] = read([server.url("/a")], loopback)
    assert doc.error is not None and "robots.txt unreachable" in doc.error


def test_conditional_get_with_etag_across_runs(
    server: LocalServer, loopback: config.Settings, store: Store
) -> None:
    def page(headers: dict[str, str]) -> Route:
        if headers.get("if-none-match") == '"v1"':
            return Route(304)
        return Route(
            200, "Première version.".encode(), {"Content-Type": "text/plain; charset=utf-8", "ETag": '"v1"'}
        )

    server.routes["/p"] = page
    cache = StoreHttpCache(store)
    first = read([server.url("/p")], loopback, http_cache=cache)
    assert len(first) == 1 and first[0].error is None
    # A new run with the same store: the validator is sent back and the 304 yields nothing.
    assert read([server.url("/p")], loopback, http_cache=cache) == []
    assert server.requests[-1][1]["if-none-match"] == '"v1"'
    # Without the store's cache (a fresh in-memory one) the page comes again.
    assert len(read([server.url("/p")], loopback)) == 1


def test_conditional_get_with_last_modified(server: LocalServer, loopback: config.Settings) -> None:
    stamp = "Fri, 14 Mar 2025 15:00:00 GMT"

    def page(headers: dict[str, str]) -> Route:
        if headers.get("if-modified-since") == stamp:
            return Route(304)
        return Route(200, b"text", {"Content-Type": "text/plain", "Last-Modified": stamp})

    server.routes["/lm"] = page
    cache = sources.MemoryHttpCache()
    assert len(read([server.url("/lm")], loopback, http_cache=cache)) == 1
    assert read([server.url("/lm")], loopback, http_cache=cache) == []


def test_unreachable_host_is_an_error_not_a_crash(loopback: config.Settings) -> None:
    with LocalServer() as s:
        url = s.url("/gone")
    [doc] = read([url], loopback.replace(respect_robots=False))
    assert doc.error is not None and doc.error.startswith("network error")


def test_connection_goes_to_the_checked_address(server: LocalServer, loopback: config.Settings) -> None:
    # "news.test" exists only in this resolver: the page arrives only if the request connects to the
    # address that was checked (no second DNS lookup), with the original name as Host.
    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"] if host == "news.test" else []

    server.routes["/a"] = Route(200, b"Bonjour.", {"Content-Type": "text/plain"})
    url = f"http://news.test:{server.port}/a"
    [doc] = read([url], loopback.replace(respect_robots=False), resolver=resolver)
    assert doc.error is None and doc.data == b"Bonjour." and doc.url == url
    assert server.requests[-1][1]["host"] == f"news.test:{server.port}"
    assert netguard.pinned("https://news.test/a?b=1", "2001:db8::1") == (
        "https://[2001:db8::1]/a?b=1",
        {"Host": "news.test"},
        {"sni_hostname": "news.test"},
    )


def test_jsonl_over_http(server: LocalServer, loopback: config.Settings) -> None:
    lines = (
        json.dumps({"id": "r1", "text": "Premier."})
        + "\n{broken\n"
        + json.dumps({"id": "r2", "html": "<p>Deux</p>"})
    )
    server.routes["/batch.jsonl"] = Route(200, lines.encode(), {"Content-Type": "application/octet-stream"})
    docs = read([server.url("/batch.jsonl")], loopback)
    assert [(d.record_id, d.input, d.error is None) for d in docs] == [
        ("r1", server.url("/batch.jsonl") + "#L1", True),
        (None, server.url("/batch.jsonl") + "#L2", False),
        ("r2", server.url("/batch.jsonl") + "#L3", True),
    ]
    assert all(d.fetched_at == FIXED for d in docs)


def test_an_unexpected_failure_is_recorded_and_the_batch_goes_on(
    tmp_path: Path, loopback: config.Settings
) -> None:
    class Broken(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise RuntimeError("transport bug")

    good = tmp_path / "good.txt"
    good.write_text("Un texte.", encoding="utf-8")
    with httpx.Client(transport=Broken()) as client:
        docs = read(
            ["http://127.0.0.1:1/x", str(good)], loopback.replace(respect_robots=False), client=client
        )
    assert (
        docs[0].error is not None and "internal error" in docs[0].error and "transport bug" in docs[0].error
    )
    assert docs[1].error is None and docs[1].data == b"Un texte."
