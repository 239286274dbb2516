"""Security headers on every response, as plain ASGI middleware.

The web app is one origin serving its own scripts and styles, so the policy allows nothing
else: no inline script, no remote image (a tracking pixel in an event description would tell
its owner who reads it, and from where), no framing (clickjacking), no MIME sniffing, and no
Referer, because invitation and feed links carry their token in the path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.settings import Settings

CSP = "content-security-policy"
# The hash of the empty string. FullCalendar 6 (the events calendar) styles itself by creating
# an EMPTY <style> element and filling its sheet through the CSSOM (insertRule); it ships no CSS
# file. Under style-src 'self' the browser gives that element no sheet, so the calendar would be
# unstyled. This hash admits a <style> element only while it holds no text: markup injected
# into a page still cannot carry CSS (that would need 'unsafe-inline'), and the CSSOM calls come
# from our own scripts, which script-src already limits to 'self'. A nonce would not do: the
# service worker serves a cached index.html, so a per-response nonce would not match.
EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
# Two years, as preload lists ask; only sent in production, which is always served over https.
HSTS = "max-age=63072000; includeSubDomains"


def content_security_policy(settings: Settings) -> str:
    images = " ".join(["'self'", "data:", *settings.image_sources])
    # 'self' covers same-origin websockets in current browsers; the public origin's ws(s)://
    # form is named as well for those that read it literally.
    sockets = [
        origin.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
        for origin in settings.websocket_origins
    ]
    connect = " ".join(["'self'", *sockets])
    return (
        "default-src 'self'; script-src 'self'; "
        f"style-src 'self' {EMPTY_STYLE_HASH}; "
        f"img-src {images}; connect-src {connect}; "
        # FullCalendar's CSS embeds its small icon font as a data: URL. A font can neither run
        # code nor reach the network, so this gives injected markup nothing.
        "font-src 'self' data:; object-src 'none'; "
        # The observer's form works offline through a same-origin service worker (sw.js).
        "worker-src 'self'; manifest-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


# GraphiQL (development only) is one page of inline script that loads its code from unpkg.
GRAPHIQL_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; "
    "style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data:; "
    "font-src 'self' data: https://unpkg.com; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def security_headers(settings: Settings) -> list[tuple[bytes, bytes]]:
    headers = [
        (CSP.encode(), content_security_policy(settings).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if settings.is_production:
        headers.append((b"strict-transport-security", HSTS.encode()))
    return headers


class SecurityHeadersMiddleware:
    """Adds the headers to every HTTP response; a route may send its own, looser CSP."""

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        # Computed once: the settings do not change while the process runs.
        self.headers = security_headers(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((name, value) for name, value in self.headers if name not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def server_error_handler(settings: Settings) -> Callable[[Request, Exception], Awaitable[Response]]:
    """The 500 answer, with the same headers.

    Starlette sends it from outside every middleware (the exception has unwound them), so
    the headers and request id are added here; the exception is still raised and logged.
    """
    headers = security_headers(settings)

    async def handler(request: Request, exc: Exception) -> Response:
        response = PlainTextResponse("Internal Server Error", status_code=500)
        response.raw_headers.extend(headers)
        request_id = request.scope.get("state", {}).get("request_id")
        if request_id:
            response.headers["x-request-id"] = request_id
        return response

    return handler
