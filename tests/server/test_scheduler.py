"""Periodic chores run on one schedule: arq's cron in production, in-process by default."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from server.accounts.models import AuthSession
from server.asgi import _embedded_scheduler
from server.db import utcnow
from server.jobs.queue import InProcessQueue
from server.runtime import Runtime
from server.tasks import FUNCTIONS, PERIODIC, Periodic
from tests.conftest import make_user
from workers.settings import WorkerSettings


class TestPeriodic:
    def test_one_job_id_per_slot(self) -> None:
        every_five = Periodic("expire_waitlist_offers", every_minutes=5)
        at = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
        same_slot = at + timedelta(minutes=4, seconds=59)
        assert every_five.job_id(at) == every_five.job_id(same_slot)
        assert every_five.job_id(at) != every_five.job_id(at + timedelta(minutes=5))

    def test_the_worker_cron_follows_the_same_schedule(self) -> None:
        crons = {c.name: c.minute for c in WorkerSettings.cron_jobs}
        assert crons == {f"cron:{p.function}": p.minutes() for p in PERIODIC}
        assert all(p.function in FUNCTIONS for p in PERIODIC)


class TestEmbeddedScheduler:
    async def test_runs_every_chore_once_per_slot(self, runtime: Runtime) -> None:
        user_id = await make_user(runtime.db, email="sched@example.org")
        async with runtime.db.transaction() as session:
            session.add(
                AuthSession(
                    user_id=user_id, token_hash="e" * 64, expires_at=utcnow() - timedelta(hours=1)
                )
            )
        before = utcnow()
        task = asyncio.create_task(_embedded_scheduler(runtime))
        await asyncio.sleep(0.2)  # the first tick enqueues at once
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert isinstance(runtime.jobs, InProcessQueue)
        await runtime.jobs.drain()
        async with runtime.db.read() as session:
            assert (await session.exec(select(AuthSession))).all() == []
        # Within the same slot, the chores are not queued again. (The tick's slot is the one of
        # `before` or of now, should a slot boundary have passed in between.)
        after = utcnow()
        for periodic in PERIODIC:
            ids = {periodic.job_id(before), periodic.job_id(after)}
            again = [await runtime.jobs.enqueue(periodic.function, job_id=i) for i in ids]
            assert False in again
        await runtime.jobs.drain()
