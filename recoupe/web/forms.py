"""Pages with forms: sign in with the operator's token, and the ingest form with its progress page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from recoupe import ingest_api
from recoupe.api import security
from recoupe.api.errors import ApiError
from recoupe.api.queries import Catalogue
from recoupe.errors import FetchError
from recoupe.web.render import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only local paths: an absolute URL here would turn the login form into an open redirect.
    if target and target.startswith("/") and not target.startswith("//") and "\\\\" not in target:
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", title="Sign in", next=_safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, _text(form.get("csrf")))
    settings = security.settings_of(request)
    target = _safe_next(_text(form.get("next")))
    if not security.token_ok(settings, _text(form.get("token"))):
        error = "Wrong token." if settings.api_token else "Sign-in is disabled: the operator has not set RECOUPE_API_TOKEN."
        return render(request, "login.html", status_code=401, title="Sign in", next=target, error=error)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(security.SESSION_COOKIE, security.session_value(settings), httponly=True,
                        samesite="strict", path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, _text(form.get("csrf")))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> Response:
    if not security.authenticated(request):
        return RedirectResponse("/login?next=/ingest", status_code=303)
    return render(request, "ingest.html", title="Add articles", error=None)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest(request: Request) -> Response:
    if not security.authenticated(request):
        raise ApiError(401, "sign in with the operator's token to add articles")
    form = await request.form()
    security.check_csrf(request, _text(form.get("csrf")))
    settings = security.settings_of(request)
    submissions: list[ingest_api.Submission] = []
    text = _text(form.get("text"))
    if text and text.strip():
        submissions.append(ingest_api.Submission(text=text, name=_text(form.get("name")) or None))
    for field in ("url", "feed"):
        url = (_text(form.get(field)) or "").strip()
        if url:
            try:
                ingest_api.check_url(url, settings.allow_private)
            except FetchError as exc:
                return render(request, "ingest.html", status_code=422, title="Add articles", error=str(exc))
            submissions.append(ingest_api.Submission(url=url))
    for upload in form.getlist("files"):
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            if data:
                submissions.append(ingest_api.Submission(data=data, name=upload.filename))
    if not submissions:
        return render(request, "ingest.html", status_code=422, title="Add articles",
                      error="Nothing to add: paste a text, choose files, or give a URL or a feed.")
    catalogue = request.app.state.catalogue
    assert isinstance(catalogue, Catalogue)
    job = request.app.state.jobs.start(
        lambda progress: ingest_api.submit(catalogue.store, submissions, settings, progress)
    )
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> Response:
    if not security.authenticated(request):
        return RedirectResponse(f"/login?next=/ingest/jobs/{job_id}", status_code=303)
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no ingest job {job_id!r}; jobs are kept in memory until the server restarts")
    return render(request, "job.html", title="Adding articles", job=job)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
