"""Jobs run the same way in-process and through a real Redis and arq worker."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from arq import create_pool
from arq.connections import ArqRedis, RedisSettings
from arq.worker import Worker
from sqlmodel import select

from server.accounts.models import AuthSession
from server.db import Database, utcnow
from server.jobs.queue import ArqQueue, InProcessQueue
from server.messaging.gateway import OutboxGateway
from server.runtime import job_context
from server.settings import Settings
from server.tasks import FUNCTIONS
from tests.conftest import make_user
from tests.services import REDIS_URL, require_redis

# A Redis database of the tests' own, emptied before each test, so job ids never collide
# with a developer's running worker on database 0.
TEST_REDIS_DB = 13


@pytest.fixture
async def arq_redis() -> AsyncIterator[ArqRedis]:
    require_redis()
    settings = RedisSettings.from_dsn(REDIS_URL)
    settings.database = TEST_REDIS_DB
    pool = await create_pool(settings)
    await pool.flushdb()
    try:
        yield pool
    finally:
        await pool.flushdb()
        await pool.aclose()


async def _add_sessions(db: Database) -> int:
    user_id = await make_user(db, email="jobs@example.org")
    now = utcnow()
    async with db.transaction() as session:
        session.add(
            AuthSession(user_id=user_id, token_hash="a" * 64, expires_at=now - timedelta(hours=1))
        )
        session.add(
            AuthSession(user_id=user_id, token_hash="b" * 64, expires_at=now + timedelta(days=1))
        )
        session.add(
            AuthSession(
                user_id=user_id,
                token_hash="c" * 64,
                expires_at=now + timedelta(days=1),
                revoked_at=now,
            )
        )
    return user_id


async def _remaining(db: Database) -> list[str]:
    async with db.read() as session:
        return sorted((await session.exec(select(AuthSession.token_hash))).all())


class TestArqWorker:
    async def test_prune_job_runs_through_redis_and_a_real_worker(
        self, db: Database, settings: Settings, arq_redis: ArqRedis
    ) -> None:
        await _add_sessions(db)
        queue = ArqQueue(arq_redis)
        assert await queue.enqueue("prune_expired_sessions", job_id="prune-sessions:test") is True
        # The same deterministic id again is refused while the first is queued.
        assert await queue.enqueue("prune_expired_sessions", job_id="prune-sessions:test") is False

        worker = Worker(
            functions=list(FUNCTIONS.values()),  # type: ignore[arg-type]
            redis_pool=arq_redis,
            burst=True,
            poll_delay=0,
            handle_signals=False,
            ctx=job_context(db, OutboxGateway(), settings),
        )
        try:
            await worker.main()
        finally:
            await worker.close()
        assert worker.jobs_complete == 1
        assert worker.jobs_failed == 0
        assert await _remaining(db) == ["b" * 64]


class TestInProcessQueue:
    async def test_runs_the_job_with_the_same_context_as_the_worker(
        self, db: Database, settings: Settings
    ) -> None:
        await _add_sessions(db)
        queue = InProcessQueue(FUNCTIONS, job_context(db, OutboxGateway(), settings))
        assert await queue.enqueue("prune_expired_sessions", job_id="prune-sessions:1") is True
        await queue.drain()
        assert await _remaining(db) == ["b" * 64]

    async def test_a_repeated_job_id_is_not_run_again(
        self, db: Database, settings: Settings
    ) -> None:
        queue = InProcessQueue(FUNCTIONS, job_context(db, OutboxGateway(), settings))
        assert await queue.enqueue("prune_expired_sessions", job_id="same") is True
        assert await queue.enqueue("prune_expired_sessions", job_id="same") is False
        await queue.drain()

    async def test_an_unknown_job_is_refused_at_enqueue_time(
        self, db: Database, settings: Settings
    ) -> None:
        queue = InProcessQueue(FUNCTIONS, job_context(db, OutboxGateway(), settings))
        with pytest.raises(KeyError, match="no job function named 'nope'"):
            await queue.enqueue("nope", job_id="x")
