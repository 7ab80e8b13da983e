"""The page's guard: who may talk to it, and what a response may do in the browser.

``followup web`` makes a random secret at every start and prints it in the
address it opens (``/?token=...``), as Jupyter does. :class:`Guard` wraps the
whole application:

- the Host header must name the address the server is bound to (an IP literal
  or ``localhost``, with the right port): a page on another site cannot reach
  the server through DNS rebinding;
- a request carrying the secret is answered with a redirect to the same address
  without it, setting a session cookie (HttpOnly, SameSite=Strict), so the secret
  leaves the address bar and the history; every other request needs that cookie,
  or gets 403;
- every response carries a strict Content-Security-Policy (no inline script, no
  remote anything), refuses framing, sends no Referer and is not cached.

Changes are POST only, each with the per-start CSRF token (:func:`csrf_ok`,
checked by :func:`assistant.web.app.post`).
"""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import URL, Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass(frozen=True)
class Keys:
    """The secrets of one start: the address token, the session cookie, the CSRF token."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))


def cookie_name(port: int) -> str:
    """Per port: browsers share cookies between the ports of one host."""
    return f"followup_session_{port}"


def host_allowed(host_header: str, bound_host: str, port: int) -> bool:
    """Whether a Host header names this server: an IP address or ``localhost`` (a
    name a rebinding attack cannot take over) or the exact host it was started
    with, and the port it listens on."""
    if not host_header:
        return False
    name, _, given_port = host_header.rpartition(":")
    if not name or given_port != str(port):
        return False
    name = name.strip("[]").lower()
    if name in ("localhost", bound_host.strip("[]").lower()):
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def csrf_ok(keys: Keys, submitted: object) -> bool:
    return isinstance(submitted, str) and secrets.compare_digest(
        submitted.encode(), keys.csrf.encode()
    )


class Guard:
    """ASGI middleware: Host check, secret-to-cookie exchange, cookie check, headers."""

    def __init__(self, app: ASGIApp, *, keys: Keys, host: str, port: int) -> None:
        self.app = app
        self.keys = keys
        self.host = host
        self.port = port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        response = self.refusal(scope)
        if response is not None:
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def refusal(self, scope: Scope) -> Response | None:
        """The response that stops this request here, or None to let it through."""
        headers = Headers(scope=scope)
        if not host_allowed(headers.get("host", ""), self.host, self.port):
            return PlainTextResponse(
                f"403: this server only answers requests addressed to {self.host}:{self.port}.\n",
                status_code=403,
            )
        request = Request(scope)
        token = request.query_params.get("token")
        if token is not None:
            if not secrets.compare_digest(token.encode(), self.keys.token.encode()):
                return _forbidden()
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            clean = URL(scope=scope).replace(query=urlencode(rest))
            redirect = RedirectResponse(
                f"{clean.path}{'?' + clean.query if clean.query else ''}", 303
            )
            redirect.set_cookie(
                cookie_name(self.port),
                self.keys.session,
                httponly=True,
                samesite="strict",
                path="/",
            )
            return redirect
        cookie = request.cookies.get(cookie_name(self.port), "")
        if not secrets.compare_digest(cookie.encode(), self.keys.session.encode()):
            return _forbidden()
        return None


def _forbidden() -> Response:
    return PlainTextResponse(
        "403: open the address that `followup web` printed (it holds this session's secret).\n",
        status_code=403,
    )
