"""The one unit of work: commit, then hand the stored messages to the queue (or send them)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from server.db import Database
from server.messaging.gateway import OutboxGateway
from server.messaging.models import OutboundMessage
from server.messaging.service import queue_sms
from server.messaging.unit import Unit, job_unit, request_unit
from server.runtime import job_context
from server.settings import Settings


class RecordingQueue:
    """A job queue that checks, as each send is enqueued, that its message is committed."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.enqueued: list[tuple[str, int, str, bool]] = []

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by: timedelta | None = None
    ) -> bool:
        async with self.db.read() as session:
            visible = await session.get(OutboundMessage, args[0]) is not None
        self.enqueued.append((function, args[0], job_id, visible))
        return True

    async def close(self) -> None:
        return None


async def store(unit: Unit, key: str) -> int:
    async with unit.transaction() as session:
        message = await queue_sms(
            session, outbox=unit.outbox, to="+254712000001", body=key, idempotency_key=key
        )
    assert message.id is not None
    return message.id


class TestUnitOfWork:
    """Issue 7, deliverable 1: requests and jobs share one commit-then-send mechanism."""

    async def test_messages_are_queued_after_the_commit(
        self, db: Database, settings: Settings
    ) -> None:
        queue = RecordingQueue(db)
        unit = request_unit(db, jobs=queue, gateway="outbox", settings=settings)
        message_id = await store(unit, "k1")
        assert queue.enqueued == [("send_sms", message_id, f"sms:{message_id}", True)]
        assert unit.outbox.message_ids == []

    async def test_a_failing_block_commits_and_sends_nothing(
        self, db: Database, settings: Settings
    ) -> None:
        queue = RecordingQueue(db)
        unit = request_unit(db, jobs=queue, gateway="outbox", settings=settings)
        with pytest.raises(RuntimeError):
            async with unit.transaction() as session:
                await queue_sms(
                    session, outbox=unit.outbox, to="+254712000001", body="x", idempotency_key="k"
                )
                raise RuntimeError("the work failed")
        assert queue.enqueued == []
        async with db.read() as session:
            assert (await session.exec(select(OutboundMessage))).all() == []

    async def test_a_job_without_a_queue_sends_in_place_after_the_commit(
        self, db: Database, settings: Settings
    ) -> None:
        unit = job_unit(job_context(db, OutboxGateway(), settings))
        assert unit.jobs is None
        message_id = await store(unit, "k1")
        async with db.read() as session:
            message = await session.get(OutboundMessage, message_id)
        assert message is not None and message.provider_id is not None

    def test_the_policy_comes_from_the_settings(self, db: Database, settings: Settings) -> None:
        custom = settings.model_copy(
            update={"network_name": "Watch", "sms_budget_per_organization": 7}
        )
        unit = job_unit(job_context(db, OutboxGateway(), custom))
        assert (unit.outbox.policy.network_name, unit.outbox.policy.budget_per_organization) == (
            "Watch",
            7,
        )
