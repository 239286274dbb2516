"""Calendar feeds over HTTP: stored bytes, validators, 304s, gzip, HEAD.

    /feeds/network.ics                    every public event of the network
    /feeds/organizations/{id}.ics         public events an organization hosts or co-hosts
    /feeds/events/{id}.ics                one public event and its programme
    /feeds/series/{id}.ics                every public occurrence of a series
    /feeds/{token}.ics                    a private feed (token "plf_…")

Feeds are served as last rendered (see server/calendars/service.py). A feed never rendered,
or changed longer ago than the debounce, is rendered on the request, one render per feed at
a time, with the CPU part on a worker thread so /healthz stays responsive. Anything that is
not a feed the caller may read answers the same 404.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from sqlmodel import col, select
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from server.calendars import service, subscriptions
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.models import RenderedFeed
from server.calendars.policy import FeedPolicy
from server.calendars.validators import FeedCache, Validators
from server.db import utcnow
from server.orgs.validation import MAX_ID
from server.runtime import Runtime

MEDIA_TYPE = "text/calendar; charset=utf-8"
TOKEN_PREFIX = "plf_"  # noqa: S105 (a prefix, not a secret)
METHODS = ["GET", "HEAD"]


class FeedServer:
    """Per-app state: the validator cache and one lock per feed being rendered."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.policy = FeedPolicy.of(runtime.settings)
        self.cache = FeedCache()
        self._locks: dict[str, asyncio.Lock] = {}

    async def _read(self, key: str) -> Validators | None:
        async with self.runtime.db.read() as session:
            row = (
                await session.exec(
                    select(
                        RenderedFeed.etag,
                        RenderedFeed.last_modified,
                        RenderedFeed.rendered_at,
                        RenderedFeed.dirty_since,
                    ).where(col(RenderedFeed.key) == key)
                )
            ).first()
        if row is None:
            return None
        etag, last_modified, rendered_at, dirty_since = row
        return self.cache.remember(
            key,
            etag=etag,
            last_modified=last_modified,
            rendered_at=rendered_at,
            dirty_since=dirty_since,
        )

    def _due(self, key: FeedKey, found: Validators | None, now: datetime) -> bool:
        if found is None:
            return True
        if found.dirty_since is None:
            return False
        # One event's own feed is cheap, and a stale copy could show an event that has just
        # become hidden: rendered at once. List feeds wait for the debounce (the sweep).
        return key.kind is FeedKind.EVENT or found.dirty_since <= now - self.policy.debounce

    async def validators(self, key: FeedKey) -> Validators | None:
        """The stored feed's validators, rendering it first when it is due; None: no feed."""
        now = utcnow()
        found = self.cache.validators(key.value) or await self._read(key.value)
        if not self._due(key, found, now):
            return found
        lock = self._locks.setdefault(key.value, asyncio.Lock())
        async with lock:
            # Another request may have rendered it while this one waited.
            found = await self._read(key.value)
            if not self._due(key, found, now):
                return found
            async with self.runtime.db.transaction() as session:
                stored = await service.render_and_store(
                    session, key=key, now=now, policy=self.policy
                )
            if stored is None:
                return None
            self.cache.keep_body(key.value, stored.etag, stored.body, stored.gzip_body)
            return await self._read(key.value)

    async def bodies(self, key: str, found: Validators) -> tuple[Validators, bytes, bytes]:
        cached = self.cache.body(key, found.etag)
        if cached is not None:
            return found, *cached
        async with self.runtime.db.read() as session:
            row = await session.get(RenderedFeed, key)
        if row is None:
            raise LookupError(key)
        self.cache.keep_body(key, row.etag, row.body, row.gzip_body)
        if row.etag != found.etag:
            found = self.cache.remember(
                key,
                etag=row.etag,
                last_modified=row.last_modified,
                rendered_at=row.rendered_at,
                dirty_since=row.dirty_since,
            )
        return found, row.body, row.gzip_body


def _server(request: Request) -> FeedServer:
    runtime: Runtime = request.app.state.runtime
    found = runtime.extras.get("feeds")
    if not isinstance(found, FeedServer) or found.runtime is not runtime:
        found = FeedServer(runtime)
        runtime.extras["feeds"] = found
    return found


def _gzip_etag(etag: str) -> str:
    return etag[:-1] + '-gz"'


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def not_modified(headers: Any, etag: str, last_modified: datetime) -> bool:
    """RFC 9110 §13.1: If-None-Match (weak comparison, lists, "*") wins over
    If-Modified-Since, which answers 304 when the feed is not newer than the date given."""
    none_match = headers.get("if-none-match")
    if none_match is not None:
        if none_match.strip() == "*":
            return True
        wanted = {etag, _gzip_etag(etag)}
        return any(_opaque(tag) in wanted for tag in none_match.split(","))
    since = headers.get("if-modified-since")
    if not since:
        return False
    try:
        date = parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False
    if date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    return last_modified <= date


def accepts_gzip(headers: Any) -> bool:
    for part in headers.get("accept-encoding", "").split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in {"gzip", "*"}:
            q = params.strip().lower()
            return not (q.startswith("q=") and q[2:].strip().rstrip("0").rstrip(".") in {"", "0"})
    return False


def _headers(found: Validators, etag: str, filename: str, private: bool) -> dict[str, str]:
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(found.last_modified.astimezone(UTC), usegmt=True),
        # Polled every few hours by calendar apps; five minutes keeps caches close to us.
        "Cache-Control": ("private" if private else "public") + ", max-age=300",
        "Vary": "Accept-Encoding",
        "Content-Disposition": f'inline; filename="{filename}"',
    }
    if private:
        headers["X-Robots-Tag"] = "noindex, nofollow"
    return headers


async def _serve(request: Request, key: FeedKey, filename: str, private: bool) -> Response:
    feeds = _server(request)
    found = await feeds.validators(key)
    if found is None:
        return _missing()
    gzip_ok = accepts_gzip(request.headers)
    if not_modified(request.headers, found.etag, found.last_modified):
        etag = _gzip_etag(found.etag) if gzip_ok else found.etag
        return Response(status_code=304, headers=_headers(found, etag, filename, private))
    try:
        found, body, gzip_body = await feeds.bodies(key.value, found)
    except LookupError:
        return _missing()
    headers = _headers(found, _gzip_etag(found.etag) if gzip_ok else found.etag, filename, private)
    content = gzip_body if gzip_ok else body
    if gzip_ok:
        headers["Content-Encoding"] = "gzip"
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(content))
        return Response(b"", headers=headers, media_type=MEDIA_TYPE)
    return Response(content, headers=headers, media_type=MEDIA_TYPE)


def _missing() -> Response:
    return PlainTextResponse(
        "No such feed.", status_code=404, headers={"Cache-Control": "no-store"}
    )


def _id(request: Request) -> int | None:
    text = request.path_params["id"]
    # Ids are 32-bit: a larger number would make Postgres fail the query (a 500).
    if not text.isdigit() or len(text) > 10 or not 0 < int(text) <= MAX_ID:
        return None
    return int(text)


def _by_id(kind: FeedKind, folder: str) -> Route:
    async def endpoint(request: Request) -> Response:
        ident = _id(request)
        if ident is None:
            return _missing()
        return await _serve(request, FeedKey(kind, ident), f"{kind.value}-{ident}.ics", False)

    return Route(f"/feeds/{folder}/{{id}}.ics", endpoint, methods=METHODS)


async def _private_key(request: Request, token: str) -> FeedKey | None:
    runtime: Runtime = request.app.state.runtime
    async with runtime.db.transaction() as session:
        found = await subscriptions.subscription_for_token(session, token=token, now=utcnow())
    if found is None or found.id is None:
        return None
    return subscriptions.feed_key(found)


async def named_feed(request: Request) -> Response:
    """/feeds/network.ics, or a private feed by its token."""
    name = request.path_params["name"]
    if name == "network":
        return await _serve(request, FeedKey(FeedKind.NETWORK), "network.ics", False)
    if not name.startswith(TOKEN_PREFIX) or len(name) > 100:
        return _missing()
    # Checked on every request, so a revoked token answers 404 at once, whatever is stored.
    key = await _private_key(request, name)
    if key is None:
        return _missing()
    return await _serve(request, key, "calendar.ics", True)


FEED_ROUTES: list[BaseRoute] = [
    _by_id(FeedKind.ORGANIZATION, "organizations"),
    _by_id(FeedKind.EVENT, "events"),
    _by_id(FeedKind.SERIES, "series"),
    Route("/feeds/{name}.ics", named_feed, methods=METHODS),
]
