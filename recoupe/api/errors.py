"""One JSON error shape for every error the API returns, and the handlers that produce it.

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}

Web pages get the same information as an HTML page (see recoupe.web).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.routing import Match

from recoupe.errors import FetchError, NotFound, RecoupeError, RejectedInput

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
    500: "server_error",
}


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: list[Any] = []


class ErrorResponse(BaseModel):
    """The shape of every error response (documented in OpenAPI for every route)."""

    error: ErrorBody


class ApiError(Exception):
    """An error with its HTTP status, raised by routes and security checks."""

    def __init__(self, status: int, message: str, details: list[Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details or []
        self.headers = headers


def error_payload(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": CODES.get(status, f"http_{status}"), "message": message,
                      "details": details or []}}


def error_response(status: int, message: str, details: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(error_payload(status, message, details), status_code=status, headers=headers)


def _allowed_methods(request: Request) -> set[str]:
    found: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        methods = getattr(route, "methods", None)
        if match != Match.NONE and methods:
            found |= set(methods)
    return found


def status_of(exc: Exception) -> int:
    """HTTP status of a library error: unknown ids are 404, refused input 422."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, RejectedInput | FetchError):
        return 422
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, HTTPException):
        return exc.status_code
    return 500 if not isinstance(exc, RecoupeError) else 400


def install(app: FastAPI, render_html: Any = None) -> None:
    """Register the handlers. `render_html(request, status, message)` serves web pages' errors."""

    def respond(request: Request, status: int, message: str, details: list[Any] | None = None,
                headers: dict[str, str] | None = None) -> Response:
        if render_html is not None and not request.url.path.startswith("/api/"):
            return render_html(request, status, message, headers)  # type: ignore[no-any-return]
        return error_response(status, message, details, headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return respond(request, exc.status, exc.message, exc.details, exc.headers)

    @app.exception_handler(RecoupeError)
    async def library_error(request: Request, exc: RecoupeError) -> Response:
        return respond(request, status_of(exc), str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; the API lives under /api/v1 (see /openapi.json)"
        if exc.status_code == 405:
            # One path may be served by routes of two routers (GET and POST /api/v1/articles).
            allowed = sorted(_allowed_methods(request))
            headers["Allow"] = ", ".join(allowed)
            message = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
        return respond(request, exc.status_code, message, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{d['where']}: {d['problem']}" for d in details[:3])
        return respond(request, 422, f"invalid request: {summary}", details)

    app.state.on_crash = lambda request, exc: respond(
        request, 500, f"internal error ({type(exc).__name__}); the server log has the details"
    )
