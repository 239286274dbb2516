"""The job queue interface and its two backends.

Job functions take arq's `ctx` dict first; the in-process runner builds the same dict, so a job
runs identically in both modes. Every job has a deterministic id: enqueuing an id that is
queued, running or recently finished does nothing, and the job's side effects are also
protected by unique keys in the database because arq may still run a job twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Any, Protocol

from arq.connections import ArqRedis

logger = logging.getLogger(__name__)

JobFunction = Callable[..., Awaitable[Any]]
# How long a finished job id keeps blocking a re-enqueue; arq's default keep_result.
KEEP_RESULT_SECONDS = 3600


class JobQueue(Protocol):
    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by: timedelta | None = None
    ) -> bool:
        """Queue `function(ctx, *args)`; False when a job with `job_id` already exists."""
        ...

    async def close(self) -> None: ...


class InProcessQueue:
    """Runs jobs as asyncio tasks in the server process (the embedded default)."""

    def __init__(self, functions: Mapping[str, JobFunction], ctx: dict[str, Any]) -> None:
        self._functions = dict(functions)
        self._ctx = ctx
        self._ids: dict[str, float] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by: timedelta | None = None
    ) -> bool:
        if function not in self._functions:
            raise KeyError(f"no job function named {function!r}")
        now = time.monotonic()
        self._ids = {k: t for k, t in self._ids.items() if now - t < KEEP_RESULT_SECONDS}
        if job_id in self._ids:
            return False
        self._ids[job_id] = now
        task = asyncio.create_task(self._run(function, args, job_id, defer_by))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def _run(
        self, function: str, args: tuple[Any, ...], job_id: str, defer_by: timedelta | None
    ) -> Any:
        if defer_by:
            await asyncio.sleep(defer_by.total_seconds())
        ctx = {**self._ctx, "job_id": job_id, "job_try": 1}
        try:
            return await self._functions[function](ctx, *args)
        except Exception:
            logger.exception("job failed", extra={"job": function, "job_id": job_id})
            return None

    async def drain(self) -> None:
        """Wait for every queued job (tests, and a clean shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        await self.drain()


class ArqQueue:
    """Queues jobs in Redis for `pluralis worker` processes."""

    def __init__(self, redis: ArqRedis) -> None:
        self._redis = redis

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by: timedelta | None = None
    ) -> bool:
        job = await self._redis.enqueue_job(function, *args, _job_id=job_id, _defer_by=defer_by)
        return job is not None

    async def close(self) -> None:
        await self._redis.aclose()
