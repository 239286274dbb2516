"""`pluralis worker` runs arq with these settings (`arq workers.settings.WorkerSettings` too)."""

from __future__ import annotations

from typing import Any, ClassVar

from arq import cron
from arq.connections import RedisSettings
from arq.worker import Function

from server.db import Database
from server.logs import configure_logging
from server.runtime import build_mail, build_sms, job_context
from server.settings import get_settings
from server.tasks import FUNCTIONS, PERIODIC


async def startup(ctx: dict[str, Any]) -> None:
    settings = get_settings()
    configure_logging(json=settings.json_logs, level=settings.log_level)
    db = Database.from_url(settings.database_url)
    ctx.update(job_context(db, build_sms(settings), settings, build_mail(settings)))


async def shutdown(ctx: dict[str, Any]) -> None:
    await ctx["sms"].close()
    await ctx["mail"].close()
    await ctx["db"].dispose()


def redis_settings() -> RedisSettings:
    url = get_settings().redis_url or "redis://127.0.0.1:6379/0"
    return RedisSettings.from_dsn(url)


class WorkerSettings:
    functions: ClassVar[list[Any]] = list(FUNCTIONS.values())
    # unique=True (the default) lets any number of workers run without double firing.
    cron_jobs: ClassVar[list[Any]] = [
        cron(FUNCTIONS[p.function], minute=p.minutes(), unique=True)  # type: ignore[arg-type]
        for p in PERIODIC
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = redis_settings()
    # Workers are stateless and jobs idempotent; a liveness probe reads this key.
    health_check_interval = 30
    max_tries = 5


__all__ = ["Function", "WorkerSettings"]
