"""The web pages: thin routes that read through the catalogue and render templates."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from recoupe import search
from recoupe.api.queries import Catalogue
from recoupe.api.security import authenticated, settings_of
from recoupe.web import views
from recoupe.web.render import render

PER_PAGE = 30


class PageCache:
    """Rendered pages of one app for visitors not signed in, keyed by what they depend on."""

    # A few hundred kilobytes each at most: 128 pages stay well under 100 MB.
    SIZE = 128

    def __init__(self) -> None:
        self._pages: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> bytes | None:
        with self._lock:
            return self._pages.get(key)

    def put(self, key: tuple[object, ...], html: bytes) -> None:
        with self._lock:
            self._pages[key] = html
            while len(self._pages) > self.SIZE:
                self._pages.popitem(last=False)


class LoginNeeded(Exception):
    """Raised by `readable` when reads are private and the visitor has not signed in."""


def readable(request: Request) -> None:
    if not settings_of(request).public_reads and not authenticated(request):
        raise LoginNeeded()


router = APIRouter(dependencies=[Depends(readable)], include_in_schema=False)


def _cat(request: Request) -> Catalogue:
    value = request.app.state.catalogue
    assert isinstance(value, Catalogue)
    return value


@router.get("/", response_class=HTMLResponse)
def front(request: Request, page: int = Query(1, ge=1, le=100_000)) -> Response:
    rows, total = _cat(request).story_rows(PER_PAGE, (page - 1) * PER_PAGE)
    return render(request, "front.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PER_PAGE)))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(
    request: Request,
    story_id: str,
    status: Literal["corroborated", "single", "contradicted"] | None = Query(None),
) -> Response:
    cat = _cat(request)
    # Visitors who are not signed in all see the same page: keep it until the store changes.
    key = (story_id, status, cat.version()) if not authenticated(request) else None
    cache: PageCache = request.app.state.pages
    if key is not None and (html := cache.get(key)) is not None:
        return HTMLResponse(html)
    view = views.story_page(cat, story_id, status)
    response = render(request, "story.html", title=view.story.title or view.report.title or "story", v=view, status=status)
    if key is not None:
        cache.put(key, bytes(response.body))
    return response


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> Response:
    cat = _cat(request)
    view = cat.article(article_id)
    others = cat.titles([r.other_id for r in view.reuse])
    return render(
        request, "article.html", title=view.article.title or view.article.id, v=view,
        runs=views.article_runs(view, {a: r.outlet or r.title or a for a, r in others.items()}), others=others,
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, name: str | None = Query(None, max_length=200)) -> Response:
    found = _cat(request).entities(None, name)[:300]
    return render(request, "entities.html", title="Entities", found=found, name=name or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> Response:
    view = _cat(request).entity(entity_id)
    return render(request, "entity.html", title=view.identity.name, v=view)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = Query("", max_length=500),
    kind: Literal["all", "articles", "quotes", "entities"] = Query("all"),
    outlet: str = Query("", max_length=200),
    language: str = Query("", max_length=16),
    since: dt.date | None = Query(None),
    until: dt.date | None = Query(None),
    page: int = Query(1, ge=1, le=10_000),
) -> Response:
    results = None
    if q.strip():
        kinds = search.KINDS if kind == "all" else (kind,)
        filters = search.Filters(outlet or None, language or None, since, until)
        results = search.search(_cat(request).store, q, kinds, filters, PER_PAGE, (page - 1) * PER_PAGE)
    form = {"q": q, "kind": kind, "outlet": outlet, "language": language,
            "since": since.isoformat() if since else "", "until": until.isoformat() if until else ""}
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", results=results, form=form,
                  page=page, per_page=PER_PAGE)


def login_redirect(request: Request, exc: Exception) -> Response:
    return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
