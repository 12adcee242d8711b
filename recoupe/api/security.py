"""Who may read and write, and the protections every response carries.

- Writes need `Authorization: Bearer <RECOUPE_API_TOKEN>`, or on web pages the session cookie
  that the login form sets after checking the same token.
- Reads are public unless `public_reads` is off; then they need the token or the session too.
- Forms carry a CSRF token equal to a cookie set by the server (double submit, SameSite=Strict).
- Request bodies above `max_request_bytes` are refused with 413 before they are read whole.
- Every response gets a strict Content-Security-Policy: scripts and styles only from /static.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from recoupe.api.errors import ApiError, error_payload
from recoupe.config import Settings

log = logging.getLogger(__name__)

SESSION_COOKIE = "recoupe_session"
CSRF_COOKIE = "recoupe_csrf"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def settings_of(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def session_value(settings: Settings) -> str:
    """The session cookie's value: derived from the token, so changing the token logs everyone out."""
    return hmac.new(settings.api_token.encode(), b"recoupe-web-session", hashlib.sha256).hexdigest()


def token_ok(settings: Settings, given: str | None) -> bool:
    return bool(settings.api_token) and given is not None and hmac.compare_digest(
        given.encode(), settings.api_token.encode()
    )


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def authenticated(request: Request, cookie_ok: bool = True) -> bool:
    """A valid bearer token, or (when `cookie_ok`) the web session cookie."""
    settings = settings_of(request)
    if not settings.api_token:
        return False
    if token_ok(settings, _bearer(request)):
        return True
    if not cookie_ok:
        return False
    cookie = request.cookies.get(SESSION_COOKIE)
    return cookie is not None and hmac.compare_digest(cookie, session_value(settings))


def require_write(request: Request) -> None:
    """Dependency of every write: 401 without the operator's token.

    API writes take the bearer token only: a browser's session cookie is good for reads (the
    ingest page polls its job) but never makes a cross-site request able to write.
    """
    if authenticated(request, cookie_ok=request.method in ("GET", "HEAD")):
        return
    if not settings_of(request).api_token:
        raise ApiError(401, "writes are disabled on this server: the operator must set RECOUPE_API_TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})
    raise ApiError(401, "this needs the API token: send `Authorization: Bearer <token>`",
                   headers={"WWW-Authenticate": "Bearer"})


def require_read(request: Request) -> None:
    """Dependency of every read: open when `public_reads` is on, else like a write."""
    if settings_of(request).public_reads:
        return
    require_write(request)


def csrf_token(request: Request) -> str:
    """The token to embed in a form: the CSRF cookie's value, or a new one (set by `set_csrf_cookie`)."""
    existing = request.cookies.get(CSRF_COOKIE)
    if existing and len(existing) == 43:
        return existing
    token = getattr(request.state, "csrf", None)
    if token is None:
        token = secrets.token_urlsafe(32)
        request.state.csrf = token
    return str(token)


def set_csrf_cookie(request: Request, response: Any) -> None:
    token = getattr(request.state, "csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")


def check_csrf(request: Request, submitted: str | None) -> None:
    """403 unless the form's token equals the cookie (a cross-site form cannot read or set it)."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        raise ApiError(403, "the form has expired or came from another site: reload the page and submit again")


class SecurityMiddleware:
    """Adds the security headers, refuses bodies larger than the limit (413), and turns crashes into 500s.

    Crashes are answered here rather than by an `Exception` handler, because Starlette re-raises
    after such a handler and the server then drops the client's keep-alive connection.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, on_crash: Callable[[Request, Exception], Response]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.on_crash = on_crash

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in names
                ]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._too_large(send_with_headers)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # FastAPI passes HTTPException through body parsing to the JSON error handler.
                    raise HTTPException(413, self._message())
            return message

        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, counted_receive, send_tracked)
        except Exception as exc:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = self.on_crash(Request(scope), exc)
            await response(scope, receive, send_with_headers)

    def _message(self) -> str:
        return f"request body over the {self.max_bytes}-byte limit (RECOUPE_MAX_REQUEST_BYTES)"

    async def _too_large(self, send: Send) -> None:
        import json

        body = json.dumps(error_payload(413, self._message())).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
