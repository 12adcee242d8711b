"""JSON responses with ETags (If-None-Match gives 304) and the pagination envelope."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Generic, TypeVar

from fastapi import Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from recoupe import codec

T = TypeVar("T")
# A page of 200 keeps a response under a few hundred kilobytes even for long articles' lists.
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    """Every list: the items of one page, the total, and links to the next and previous pages."""

    items: list[T]
    total: int
    limit: int
    offset: int
    next: str | None = None
    prev: str | None = None


class Paging:
    """The `limit` and `offset` query parameters of every list."""

    def __init__(
        self,
        limit: int = Query(20, ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT})."),
        offset: int = Query(0, ge=0, le=10_000_000, description="Items to skip."),
    ) -> None:
        self.limit = limit
        self.offset = offset


def etag_response(request: Request, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Serialise `payload`; answer 304 when the client's If-None-Match already names this body."""
    body = json.dumps(codec.to_plain(payload), ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    cache = "no-cache" if request.app.state.settings.public_reads else "private, no-cache"
    all_headers = {"ETag": etag, "Cache-Control": cache, **(headers or {})}
    wanted = request.headers.get("if-none-match", "")
    tags = {t.strip().removeprefix("W/") for t in wanted.split(",") if t.strip()}
    if status == 200 and ("*" in tags or etag in tags):
        return Response(status_code=304, headers=all_headers)
    return Response(body, status_code=status, media_type="application/json", headers=all_headers)


def page(request: Request, items: list[Any], total: int, paging: Paging, **extra: Any) -> Response:
    """The pagination envelope with next/prev links (also sent as a Link header); `extra` adds fields."""

    def link(offset: int) -> str:
        return str(request.url.include_query_params(offset=offset, limit=paging.limit))

    nxt = link(paging.offset + paging.limit) if paging.offset + paging.limit < total else None
    prev = link(max(0, paging.offset - paging.limit)) if paging.offset > 0 else None
    links = [f'<{u}>; rel="{r}"' for u, r in ((nxt, "next"), (prev, "prev")) if u]
    payload = {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset, "next": nxt, "prev": prev}
    return etag_response(request, payload | extra, headers={"Link": ", ".join(links)} if links else None)
