"""The two apps under load: the real platform, and bare Starlette endpoints as the reference.

Both are built inside their server process (see servers.py), so nothing here runs in the
process that generates the load.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import asyncpg  # type: ignore[import-untyped]
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from tests.bench.bare_events import events_page
from tests.bench.common import asyncpg_dsn

if TYPE_CHECKING:
    from server.runtime import Runtime

# The platform's engine may open 10 + 10 overflow connections; the bare pool gets the same
# ceiling so neither side wins by having more Postgres backends working for it.
BARE_POOL_MAX = 20

# Same columns, order and keyset as server.orgs.service.list_organizations.
_FIRST_PAGE = "SELECT id, name, slug, kind, country FROM organization ORDER BY name, id LIMIT $1"
_NEXT_PAGE = (
    "SELECT id, name, slug, kind, country FROM organization"
    " WHERE name > $2 OR (name = $2 AND id > $3) ORDER BY name, id LIMIT $1"
)


def build_platform_app(
    db_url: str, count_statement: Callable[[], None], count_connection: Callable[[], None]
) -> tuple[Starlette, Runtime]:
    """The app exactly as tests build it: in-process jobs, outbox SMS, memory bus and limits.

    Returns the ASGI app and its runtime; the caller closes the runtime after the server
    stops, because an app given a runtime does not own it.
    """
    # Imported here so the bare server process never loads the platform's modules.
    from sqlalchemy import event

    from server.asgi import create_app
    from server.db import Database
    from server.runtime import in_process_runtime
    from server.settings import Settings

    settings = Settings(
        _env_file=None,
        database_url=db_url,
        secret_key="bench-" + "x" * 40,
        web_dist=Path("/nonexistent/pluralis-bench-web"),
    )
    db = Database.from_url(db_url)

    def before_cursor_execute(*_args: Any) -> None:
        count_statement()

    def connect(*_args: Any) -> None:
        count_connection()

    event.listen(db.engine.sync_engine, "before_cursor_execute", before_cursor_execute)
    # New pool connections show churn: more concurrent checkouts than pool_size keeps.
    event.listen(db.engine.sync_engine, "connect", connect)
    runtime = in_process_runtime(settings, db)
    return create_app(runtime=runtime), runtime


def build_bare_app(db_url: str) -> Starlette:
    """The least a Starlette service can do for the same answers: one query, one dumps.

    The event list is the exception: one query per level of nesting (see bare_events.py).
    """
    pool: asyncpg.Pool | None = None

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        nonlocal pool
        pool = await asyncpg.create_pool(asyncpg_dsn(db_url), min_size=1, max_size=BARE_POOL_MAX)
        try:
            yield
        finally:
            await pool.close()

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def tiny(request: Request) -> Response:
        # Reads and parses the request body like the GraphQL view must, then answers with
        # Starlette's stock JSONResponse (stdlib json): the plain framework path.
        json.loads(await request.body())
        return JSONResponse({"data": {"__typename": "Query"}})

    async def organizations(request: Request) -> Response:
        assert pool is not None
        body = orjson.loads(await request.body())
        first = int(body["first"])
        after = body.get("after")
        if after is None:
            records = await pool.fetch(_FIRST_PAGE, first)
        else:
            records = await pool.fetch(_NEXT_PAGE, first, after[0], after[1])
        rows = [dict(r) for r in records]
        last = rows[-1] if rows else None
        payload = {"rows": rows, "next": [last["name"], last["id"]] if last else None}
        return Response(orjson.dumps(payload), media_type="application/json")

    async def events(request: Request) -> Response:
        assert pool is not None
        content = await events_page(pool, await request.body())
        return Response(content, media_type="application/json")

    async def hello(request: Request) -> Response:
        return PlainTextResponse("Hello, world!")

    feed: dict[str, bytes] = {}

    async def feed_ics(request: Request) -> Response:
        # The same bytes the platform stored, read once (verify names the feed) and then
        # served from memory.
        path = request.query_params.get("path")
        if path is not None:
            assert pool is not None
            key = "organization:" + path.rsplit("/", 1)[1].removesuffix(".ics")
            feed["body"] = await pool.fetchval("SELECT body FROM rendered_feed WHERE key = $1", key)
        return Response(feed["body"], media_type="text/calendar; charset=utf-8")

    return Starlette(
        routes=[
            Route("/healthz", healthz),
            Route("/hello", hello),
            Route("/feed.ics", feed_ics),
            Route("/tiny", tiny, methods=["POST"]),
            Route("/organizations", organizations, methods=["POST"]),
            Route("/events", events, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
