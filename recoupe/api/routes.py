"""The REST API under /api/v1: thin routes over `Catalogue`, `search` and `ingest_api`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from recoupe import codec, export, ingest_api, search
from recoupe.api.errors import ApiError, ErrorResponse
from recoupe.api.queries import Catalogue
from recoupe.api.responses import Page, Paging, etag_response, page
from recoupe.api.security import require_read, require_write, settings_of
from recoupe.model import ClaimGroup, Event, Identity, StoryReport

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in ((401, "No or wrong token"), (404, "Unknown id"), (422, "Invalid parameters"))
}

router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_read)], responses=ERRORS)
writes = APIRouter(prefix="/api/v1", responses={**ERRORS, 413: {"model": ErrorResponse, "description": "Too large"}})


def catalogue(request: Request) -> Catalogue:
    value = request.app.state.catalogue
    assert isinstance(value, Catalogue)
    return value


# Response models: used for the OpenAPI document only (bodies are serialised by recoupe.codec).
class StoryRowOut(BaseModel):
    id: str
    title: str | None
    articles: int
    outlets: int
    independent_lines: int
    start: dt.datetime | None
    end: dt.datetime | None
    contradicted: int | None


class ArticleRowOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None


class StoryOut(BaseModel):
    story: StoryRowOut
    article_ids: list[str]
    event_ids: list[str]
    report: StoryReport


class QuoteOut(BaseModel):
    article_id: str
    start: int
    speaker_id: str | None
    speaker: str | None
    text: str


class HitOut(BaseModel):
    kind: str
    id: str
    title: str
    snippet: str
    article_id: str | None
    outlet: str | None
    language: str | None
    published: str | None
    speaker_id: str | None


class SearchOut(Page[HitOut]):
    query: str
    totals: dict[str, int]


class PostArticle(BaseModel):
    """A document to ingest: exactly one of `text`, `html` or `url`; the rest are hints."""

    text: str | None = Field(None, description="Plain text of the article (a scrape, page debris allowed).")
    html: str | None = Field(None, description="The article's HTML page.")
    url: str | None = Field(None, description="A page or a feed to fetch (public addresses only by default).")
    name: str | None = Field(None, max_length=200, description="A name for the input (file name).")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=64, description="ISO 8601 publication time.")
    lang: str | None = Field(None, max_length=16)

    def submission(self) -> ingest_api.Submission:
        hints = {k: v for k in ("title", "outlet", "published", "lang") if (v := getattr(self, k))}
        return ingest_api.Submission(text=self.text, html=self.html, url=self.url, name=self.name, hints=hints)


class OutcomeOut(BaseModel):
    added: list[str]
    rejected: list[list[str]]
    unchanged: int
    analysed: int
    clustered: int


@router.get("/stories", response_model=Page[StoryRowOut], summary="List stories, most recent and largest first")
def list_stories(request: Request, paging: Paging = Depends()) -> Response:
    rows, total = catalogue(request).story_rows(paging.limit, paging.offset)
    return page(request, rows, total, paging)


@router.get("/stories/{story_id}", response_model=StoryOut, summary="One story with its comparison report")
def get_story(request: Request, story_id: str) -> Response:
    cat = catalogue(request)
    story = cat.story(story_id)
    row = cat.row(story_id)
    payload = {"story": row, "article_ids": story.article_ids, "event_ids": story.event_ids, "report": cat.report(story_id)}
    return etag_response(request, payload)


@router.get("/stories/{story_id}/claims", response_model=Page[ClaimGroup], summary="Claims of a story and their verdicts")
def story_claims(
    request: Request,
    story_id: str,
    status: Literal["corroborated", "single", "contradicted"] | None = Query(None, description="Only this verdict."),
    paging: Paging = Depends(),
) -> Response:
    claims = [c for c in catalogue(request).report(story_id).claims if status is None or c.status == status]
    return page(request, claims[paging.offset : paging.offset + paging.limit], len(claims), paging)


@router.get("/events", response_model=Page[Event], summary="List events, optionally of one story")
def list_events(request: Request, story_id: str | None = Query(None), paging: Paging = Depends()) -> Response:
    found = catalogue(request).events(story_id)
    return page(request, found[paging.offset : paging.offset + paging.limit], len(found), paging)


@router.get("/articles", response_model=Page[ArticleRowOut], summary="List articles in publication order")
def list_articles(
    request: Request,
    outlet: str | None = Query(None),
    language: str | None = Query(None, max_length=16),
    since: dt.date | None = Query(None, description="Published on or after this day."),
    until: dt.date | None = Query(None, description="Published on or before this day."),
    paging: Paging = Depends(),
) -> Response:
    rows, total = catalogue(request).article_rows(paging.limit, paging.offset, outlet, language, since, until)
    return page(request, rows, total, paging)


@router.get("/articles/{article_id}", summary="One article with everything the layers found in it")
def get_article(request: Request, article_id: str) -> Response:
    view = catalogue(request).article(article_id)
    payload = export.article_record(view.article) | {
        "analysis": codec.to_plain(view.analysis),
        "reuse": codec.to_plain(view.reuse),
        "story_id": view.story.id if view.story else None,
        "event_id": view.event.id if view.event else None,
        "claims": [{"id": c, "start": s, "end": e, "status": st} for c, s, e, st in view.claims],
    }
    return etag_response(request, payload)


@router.get("/entities", response_model=Page[Identity], summary="List entities (identities across the store)")
def list_entities(
    request: Request,
    type: str | None = Query(None, max_length=8, description="PER, ORG, LOC or MISC."),
    name: str | None = Query(None, max_length=200, description="Part of any of its names."),
    paging: Paging = Depends(),
) -> Response:
    cat = catalogue(request)
    found = cat.entities(type, name)
    return page(request, cat.with_articles(found[paging.offset : paging.offset + paging.limit]), len(found), paging)


@router.get("/entities/{entity_id}", summary="One entity: its names, its quotes, its stories")
def get_entity(
    request: Request,
    entity_id: str,
    recent: int = Query(300, ge=1, le=5000, description="Quotes and stories of this many latest articles naming it."),
) -> Response:
    view = catalogue(request).entity(entity_id, recent)
    payload = {
        "identity": view.identity,
        "quotes": [{"article_id": q.article_id, "story_id": q.story_id, "quote": q.quote} for q in view.quotes],
        "stories": [{"id": s.id, "title": s.title} for s in view.stories],
    }
    return etag_response(request, payload)


@router.get("/quotes", response_model=Page[QuoteOut], summary="List quotes, optionally of one speaker or article")
def list_quotes(
    request: Request,
    speaker_id: str | None = Query(None),
    article_id: str | None = Query(None),
    paging: Paging = Depends(),
) -> Response:
    rows, total = search.quotes(catalogue(request).store, speaker_id, article_id, paging.limit, paging.offset)
    return page(request, rows, total, paging)


@router.get("/search", response_model=SearchOut, summary="Full-text search across articles, quotes and entities")
def search_route(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description="Words to find (all must match)."),
    kind: list[Literal["articles", "quotes", "entities"]] | None = Query(None, description="Kinds to search."),
    outlet: str | None = Query(None),
    language: str | None = Query(None, max_length=16),
    since: dt.date | None = Query(None),
    until: dt.date | None = Query(None),
    paging: Paging = Depends(),
) -> Response:
    filters = search.Filters(outlet, language, since, until)
    kinds = tuple(dict.fromkeys(kind)) if kind else search.KINDS
    found = search.search(catalogue(request).store, q, kinds, filters, paging.limit, paging.offset)
    return page(request, list(found.hits), found.total, paging, query=found.query, totals=found.totals)


@writes.post(
    "/articles",
    status_code=201,
    response_model=OutcomeOut,
    dependencies=[Depends(require_write)],
    summary="Ingest an article (JSON with text, html or url; or a text/plain or text/html body)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": PostArticle.model_json_schema()},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_article(request: Request) -> Response:
    submission = await _submission(request)
    store, settings = catalogue(request).store, settings_of(request)
    from starlette.concurrency import run_in_threadpool

    outcome = await run_in_threadpool(ingest_api.submit, store, [submission], settings)
    headers = {"Location": f"/api/v1/articles/{outcome.added[0]}"} if outcome.added else None
    status = 201 if outcome.added else 200
    return etag_response(request, outcome, status=status, headers=headers)


async def _submission(request: Request) -> ingest_api.Submission:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if media in ("text/plain", "text/html"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(422, "the body is not UTF-8 text; post bytes of other encodings as JSON html/text") from exc
        name = request.query_params.get("name")
        if media == "text/plain":
            return ingest_api.Submission(text=text, name=name)
        return ingest_api.Submission(html=text, name=name)
    if media != "application/json":
        raise ApiError(415, "post JSON ({\"text\"|\"html\"|\"url\": ...}), text/plain or text/html")
    try:
        posted = PostArticle.model_validate_json(body)
    except ValueError as exc:
        details = json.loads(exc.json()) if hasattr(exc, "json") else []
        raise ApiError(422, "invalid JSON body: give one of text, html or url", [
            {"where": ".".join(str(p) for p in d.get("loc", ())), "problem": d.get("msg", "")} for d in details
        ]) from exc
    submission = posted.submission()
    submission.kind()  # exactly one of text, html, url (RejectedInput -> 422)
    return submission


@writes.get("/jobs/{job_id}", dependencies=[Depends(require_write)], summary="Progress of an ingest started from the web form")
def get_job(request: Request, job_id: str) -> Response:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no ingest job {job_id!r} (jobs are kept in memory until the server restarts)")
    return etag_response(request, job.as_dict())
