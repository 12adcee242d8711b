"""Server-rendered web pages (Jinja2, a little static JavaScript) over the same library calls as the API."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from recoupe.web import forms, pages
from recoupe.web.render import STATIC, render_error


def install(app: FastAPI) -> None:
    """Mount the pages, the forms and /static on `app`."""
    app.state.pages = pages.PageCache()
    app.include_router(pages.router)
    app.include_router(forms.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(pages.LoginNeeded)
    async def login_needed(request: Request, exc: pages.LoginNeeded) -> Response:
        return pages.login_redirect(request, exc)


__all__ = ["install", "render_error"]
