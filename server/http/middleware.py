"""Request ids and access logs, as plain ASGI middleware (no per-request task overhead)."""

from __future__ import annotations

import logging
import re
import secrets
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.logs import request_id_var

logger = logging.getLogger("pluralis.access")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

REDACTED = "[redacted]"
# Collections whose member segment is itself a bearer secret: /invitations/<token>,
# /join/<token> (account invitations), /reset-password/<token> and
# /feeds/<token>.ics. A token there may come without its prefix (a guest types it by hand).
_TOKEN_COLLECTIONS = frozenset({"invitations", "join", "reset-password", "feeds"})
# Any secret of ours (pli_, pls_, plt_, …) wherever it appears in a segment.
_PREFIXED = re.compile(r"pl[a-z]_[A-Za-z0-9_-]{8,}")
# And any long random-looking run (a lower-case slug is words, not a secret), so a route added
# later that carries some other token is covered as well.
_LONG_RUN = re.compile(r"[A-Za-z0-9_-]{32,}")


def _carries_secret(segment: str) -> bool:
    if _PREFIXED.search(segment):
        return True
    return any(any(c.isupper() or c.isdigit() for c in run) for run in _LONG_RUN.findall(segment))


def redact_path(path: str) -> str:
    """The path with every segment that is or carries a secret replaced by [redacted].

    One rule for every route: a log line is read by more people, and kept longer, than the
    links it records, and an invitation or feed link is as good as the person's key.
    """
    segments = path.split("/")
    for index, segment in enumerate(segments):
        parent = segments[index - 1] if index else ""
        if segment and (parent in _TOKEN_COLLECTIONS or _carries_secret(segment)):
            segments[index] = REDACTED
    return "/".join(segments)


class RequestIdMiddleware:
    """Takes a sane X-Request-ID from a proxy or makes one; returns it and logs with it."""

    def __init__(self, app: ASGIApp, *, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _VALID_ID.match(incoming) else secrets.token_hex(8)
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if self.access_log and scope["type"] == "http":
                # The path only, redacted: query strings and some paths carry tokens.
                logger.info(
                    "request",
                    extra={
                        "method": scope.get("method"),
                        "path": redact_path(scope.get("path", "")),
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                    },
                )
            request_id_var.reset(token)
