"""WARC files (web archives, as crawlers and Common Crawl write them): one document per archived page."""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Protocol

from recoupe.model import RawDocument

log = logging.getLogger(__name__)


class _Stream(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...

    def readline(self, size: int = ..., /) -> bytes: ...


# Archived responses with these content types are articles; images, scripts and styles in the same
# crawl are not inputs at all and are skipped (logged), like redirects and error pages.
DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def records(path: str, max_bytes: int) -> Iterator[RawDocument]:
    """One RawDocument per archived HTML or text page (2xx `response` or `resource` record).

    `input` is `path#<WARC-Record-ID>`, `url` the archived URL, `fetched_at` the WARC-Date.
    A record over `max_bytes` or a file cut short yields a document with `error` set.
    """
    opener = gzip.open if path.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            while True:
                headers = _headers(handle)
                if headers is None:
                    return
                number += 1
                doc = _record(path, number, headers, handle, max_bytes)
                if doc is not None:
                    yield doc
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield RawDocument(
            input=f"{path}#record-{number}",
            data=b"",
            error=f"unreadable WARC: {exc} (record {number}; the file may be truncated)",
        )


def _headers(handle: _Stream) -> dict[str, str] | None:
    """The header block of the next record, or None at the end of the file."""
    line = handle.readline(65536)
    while line in (b"\r\n", b"\n"):
        line = handle.readline(65536)
    if not line:
        return None
    if not line.startswith(b"WARC/"):
        raise ValueError(f"expected a WARC record, found {line[:40]!r}")
    headers: dict[str, str] = {}
    while True:
        line = handle.readline(65536)
        if not line:
            raise EOFError("the file ends inside a record header")
        if line in (b"\r\n", b"\n"):
            return headers
        name, _, value = line.decode("utf-8", "replace").partition(":")
        headers[name.strip().lower()] = value.strip()


def _record(
    path: str, number: int, headers: dict[str, str], handle: _Stream, max_bytes: int
) -> RawDocument | None:
    length = int(headers.get("content-length", "0"))
    block = handle.read(min(length, max_bytes + 65536))  # room for the HTTP header block
    if len(block) < min(length, max_bytes + 65536):
        raise EOFError(f"the file ends inside record {number}")
    _skip(handle, length - len(block))
    kind = headers.get("warc-type", "")
    if kind not in ("response", "resource"):
        return None  # request, metadata, warcinfo, revisit: not documents
    url = headers.get("warc-target-uri", "").strip("<>") or None
    where = f"{path}#{headers.get('warc-record-id', f'record-{number}').strip('<>')}"
    if kind == "response" and headers.get("content-type", "").startswith("application/http"):
        status, http_headers, body = _http(block)
    else:
        status, http_headers, body = 200, {"content-type": headers.get("content-type", "")}, block
    content_type = http_headers.get("content-type", "")
    if not 200 <= status < 300 or not content_type.lower().startswith(DOCUMENT_TYPES):
        log.info("skipped %s (%s): HTTP %s %s", where, url, status, content_type or "no content type")
        return None
    body_cap = length > len(block) or len(body) > max_bytes
    hints = {"content_type": content_type}
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            hints["charset"] = value.strip("\"'")
    return RawDocument(
        input=where,
        data=body[:max_bytes],
        kind="html" if "html" in content_type.lower() else "text",
        url=url,
        fetched_at=_date(headers.get("warc-date")),
        hints=hints,
        error=(
            f"too large: the archived page has more than {max_bytes} bytes "
            "(raise the cap with --max-bytes or RECOUPE_MAX_BYTES)"
            if body_cap
            else None
        ),
    )


def _skip(handle: _Stream, count: int) -> None:
    while count > 0:
        chunk = handle.read(min(count, 1 << 20))
        if not chunk:
            raise EOFError("the file ends inside a record")
        count -= len(chunk)


def _http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of an archived HTTP response (chunked transfer decoded)."""
    head, _, body = block.partition(b"\r\n\r\n")
    lines = head.decode("iso-8859-1").split("\r\n")
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return 0, {}, b""
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _unchunk(body)
    return status, headers, body


def _unchunk(body: bytes) -> bytes:
    out, rest = bytearray(), body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body  # not really chunked: keep the bytes as they are
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2 :]
    return bytes(out)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
