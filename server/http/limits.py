"""A limit on request bodies, enforced before any route reads them.

A declared Content-Length over the limit is refused at once; a body without one (chunked) is
counted as it arrives and refused the moment it passes the limit, so no route ever holds more
than the limit in memory.

File uploads (a national stations file of 200,000 rows is ~15 MB) get a larger limit of their
own: only a multipart POST to the GraphQL endpoint that carries the upload header, which only
a script of an allowed origin can add. Every other body keeps the small limit, so a
cross-site form cannot make the server read megabytes before the GraphQL view refuses it.
"""

from __future__ import annotations

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_LARGE = "PAYLOAD_TOO_LARGE"


class BodyTooLarge(Exception):
    """Raised from `receive` once the body passes the limit; the middleware answers 413."""


UPLOAD_PATH = "/graphql"
UPLOAD_HEADER = b"x-pluralis-upload"  # schema/view.py: UPLOAD_HEADER


def _problem_body(limit: int, upload: bool) -> bytes:
    what = "The uploaded file" if upload else "The request body"
    size = f" ({limit / 2**20:g} MiB)" if limit >= 2**20 else ""
    message = f"{what} is larger than the limit of {limit} bytes{size}."
    return orjson.dumps({"error": {"code": TOO_LARGE, "message": message}})


def _is_upload(scope: Scope, headers: dict[bytes, bytes]) -> bool:
    content_type = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
    return (
        scope.get("path") == UPLOAD_PATH
        and scope.get("method") == "POST"
        and content_type == b"multipart/form-data"
        and bool(headers.get(UPLOAD_HEADER))
    )


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_bytes: int, max_upload_bytes: int = 0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_upload_bytes = max(max_bytes, max_upload_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        upload = _is_upload(scope, headers)
        limit = self.max_upload_bytes if upload else self.max_bytes
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._refuse(send, limit, upload)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            # A route that answered before reading everything has nothing left to refuse.
            if not started:
                await self._refuse(send, limit, upload)

    async def _refuse(self, send: Send, limit: int, upload: bool) -> None:
        body = _problem_body(limit, upload)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    # The rest of the body is never read, so the connection cannot be reused.
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
