"""WARC files: archived pages become documents with their URL and fetch date; the rest is skipped."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from recoupe import config, sources


def record(kind: str, uri: str, block: bytes, content_type: str, rid: str) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-14T18:05:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def response(status: str, content_type: str, body: bytes, chunked: bool = False) -> bytes:
    if chunked:
        body = (
            b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:100], body[100:])) + b"0\r\n\r\n"
        )
    encoding = "Transfer-Encoding: chunked\r\n" if chunked else ""
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{encoding}\r\n".encode() + body


def crawl(seeds_dir: Path) -> tuple[bytes, bytes]:
    page = (seeds_dir / "001_c5340d985f977fde.txt").read_text(encoding="utf-8")
    html = (
        "<html><body>" + "".join(f"<p>{x}</p>" for x in page.splitlines() if x.strip()) + "</body></html>"
    ).encode()
    http = "application/http; msgtype=response"
    members = [
        record("warcinfo", "", b"software: test\r\n", "application/warc-fields", "0"),
        record(
            "request",
            "https://a.example/p",
            b"GET /p HTTP/1.1\r\n\r\n",
            "application/http; msgtype=request",
            "1",
        ),
        record(
            "response", "https://a.example/p", response("200 OK", "text/html; charset=utf-8", html), http, "2"
        ),
        record("response", "https://a.example/old", response("301 Moved", "text/html", b""), http, "3"),
        record(
            "response", "https://a.example/logo.png", response("200 OK", "image/png", b"\x89PNG"), http, "4"
        ),
        record(
            "response", "https://a.example/c", response("200 OK", "text/html", html, chunked=True), http, "5"
        ),
        record("resource", "https://a.example/t.txt", page.encode(), "text/plain", "6"),
    ]
    return html, b"".join(gzip.compress(m) for m in members)  # one gzip member per record, as crawlers write


def test_warc_pages(tmp_path: Path, seeds_dir: Path, settings: config.Settings) -> None:
    html, data = crawl(seeds_dir)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    docs = list(sources.read([str(tmp_path)], settings))
    assert [(d.url, d.kind) for d in docs] == [
        ("https://a.example/p", "html"),
        ("https://a.example/c", "html"),
        ("https://a.example/t.txt", "text"),
    ]
    assert docs[0].input == f"{path}#urn:uuid:2" and docs[0].error is None
    assert docs[0].data == html and docs[1].data == html  # chunked transfer decoded
    assert docs[0].fetched_at == datetime(2025, 3, 14, 18, 5, tzinfo=UTC)
    assert docs[0].hints["charset"] == "utf-8"


def test_truncated_warc_keeps_what_came_before(
    tmp_path: Path, seeds_dir: Path, settings: config.Settings
) -> None:
    _, data = crawl(seeds_dir)
    plain = gzip.decompress(data)
    path = tmp_path / "cut.warc"
    path.write_bytes(plain[: len(plain) - 500])
    docs = list(sources.read([str(path)], settings))
    assert [d.url for d in docs[:2]] == ["https://a.example/p", "https://a.example/c"]
    assert docs[-1].error is not None and "unreadable WARC" in docs[-1].error


def test_oversized_archived_page(tmp_path: Path, seeds_dir: Path, settings: config.Settings) -> None:
    _, data = crawl(seeds_dir)
    path = tmp_path / "big.warc.gz"
    path.write_bytes(data)
    docs = list(sources.read([str(path)], settings.replace(max_bytes=500)))
    assert docs[0].error is not None and docs[0].error.startswith("too large") and len(docs[0].data) == 500
