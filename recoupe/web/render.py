"""Jinja2 rendering: every value escaped (autoescape on), pages built from the shared base template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from recoupe.api import security
from recoupe.search import MARK_END, MARK_START
from recoupe.web.highlight import marked

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,  # article text is hostile input: everything is escaped, always
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _when(value: Any) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour, value.minute) != (0, 0) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _span(start: Any, end: Any) -> str:
    if start is None and end is None:
        return "undated"
    a, b = _when(start)[:10], _when(end)[:10]
    return a if a == b else f"{a} → {b}"


env.filters["when"] = _when
env.globals["span"] = _span
env.globals["snippet"] = lambda text: marked(text, MARK_START, MARK_END)


def render(request: Request, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page; the CSRF cookie is set when the page holds a form that needed a new token."""
    context.setdefault("title", "recoupe")
    html = env.get_template(template).render(
        request=request,
        signed_in=security.authenticated(request),
        csrf=lambda: security.csrf_token(request),
        **context,
    )
    response = HTMLResponse(html, status_code=status_code)
    security.set_csrf_cookie(request, response)
    return response


def render_error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    """The HTML twin of the API's JSON error shape, for pages."""
    response = render(request, "error.html", status_code=status, title=f"Error {status}", code=status, message=message)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response
