"""The Starlette application: the one module that imports the GraphQL schema."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute

from schema.build import build_schema
from schema.view import PluralisGraphQL
from server.db import utcnow
from server.http.exports import registrations_csv
from server.http.feeds import FEED_ROUTES
from server.http.headers import SecurityHeadersMiddleware, server_error_handler
from server.http.health import healthz, readyz
from server.http.limits import BodyLimitMiddleware
from server.http.middleware import RequestIdMiddleware
from server.http.web import not_built_response, web_app
from server.runtime import Runtime, build_runtime
from server.settings import Settings, get_settings
from server.tasks import PERIODIC

SCHEDULER_TICK_SECONDS = 60


async def _embedded_scheduler(runtime: Runtime) -> None:
    """The embedded default's stand-in for the worker's cron, on the same schedule.

    Every minute it enqueues each chore under its slot's job id; the queue runs an id once,
    so a chore runs once per slot (at start-up too, which catches up after downtime).
    """
    while True:
        now = utcnow()
        for periodic in PERIODIC:
            await runtime.jobs.enqueue(periodic.function, job_id=periodic.job_id(now))
        await asyncio.sleep(SCHEDULER_TICK_SECONDS)


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> Starlette:
    """Build the app; tests pass a runtime of their own, which the app then does not close."""
    settings = settings or (runtime.settings if runtime else get_settings())
    settings.check_safe()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        owned = app.state.runtime is None
        if owned:
            app.state.runtime = await build_runtime(settings)
            # Everything loaded so far lives as long as the process: moving it out of the
            # collector's reach makes every later full collection cheaper.
            gc.freeze()
        scheduler = None
        if app.state.runtime.settings.jobs == "inprocess" and owned:
            scheduler = asyncio.create_task(_embedded_scheduler(app.state.runtime))
        try:
            yield
        finally:
            if scheduler is not None:
                scheduler.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await scheduler
            if owned:
                await app.state.runtime.close()

    graphql = PluralisGraphQL(settings, lambda: app.state.runtime)
    routes: list[BaseRoute] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/graphql", graphql),
        WebSocketRoute("/graphql", graphql),
        Route("/exports/events/{event_id}/registrations.csv", registrations_csv),
        *FEED_ROUTES,
    ]
    spa = web_app(settings.web_dist)
    if spa is not None:
        routes.append(Mount("/", app=spa, name="web"))
    else:
        routes.append(Route("/{path:path}", _web_not_built))
    app = Starlette(
        debug=False,
        routes=routes,
        # Outermost first: refusals of the inner ones still get a request id and the headers.
        middleware=[
            Middleware(RequestIdMiddleware),
            Middleware(SecurityHeadersMiddleware, settings=settings),
            Middleware(
                BodyLimitMiddleware,
                max_bytes=settings.max_request_body_bytes,
                max_upload_bytes=settings.max_upload_bytes,
            ),
        ],
        lifespan=lifespan,
        exception_handlers={500: server_error_handler(settings)},
    )
    app.state.runtime = runtime
    return app


async def _web_not_built(request: Request) -> Response:
    return not_built_response()


def schema_sdl(settings: Settings | None = None) -> str:
    """The schema in SDL, for `pluralis export-schema` and its drift check."""
    return build_schema(settings).as_str() + "\n"
