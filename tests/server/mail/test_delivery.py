"""Delivering stored emails: once, after the commit, retried only when it can still work."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from arq.worker import Retry
from sqlmodel import select

from server.db import Database, utcnow
from server.mail import service
from server.mail.models import OutboundEmail
from server.mail.service import queue_email
from server.mail.tasks import resend_unsent_email
from server.messaging.gateway import OutboxGateway
from server.messaging.unit import job_unit, request_unit
from server.runtime import job_context
from server.settings import Settings
from server.tasks import FUNCTIONS, PERIODIC
from tests.server.mail.conftest import LINK, Relay, email_row, store_invitation


class TestSendEmailJob:
    async def test_a_job_run_twice_sends_once(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        email_id = await store_invitation(db)
        ctx = job_context(db, OutboxGateway(), settings, relay.gateway)
        # arq may run a job twice (after a worker is killed); the row's state holds.
        first = await FUNCTIONS["send_email"](ctx, email_id)
        second = await FUNCTIONS["send_email"](ctx, email_id)
        assert first == second and first is not None
        assert len(relay.fake.messages) == 1
        row = await email_row(db, email_id)
        assert (row.status, row.attempts, row.provider_id) == ("sent", 1, first)
        assert row.sent_at is not None and row.last_error is None

    async def test_a_transient_refusal_is_recorded_and_retried(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        email_id = await store_invitation(db)
        ctx = {**job_context(db, OutboxGateway(), settings, relay.gateway), "job_try": 2}
        relay.fake.refuse_recipients = "451 4.3.0 <amina@example.org>: mailbox busy"
        with pytest.raises(Retry) as retry:
            await FUNCTIONS["send_email"](ctx, email_id)
        assert retry.value.defer_score == 2 * 60 * 1000  # the second try waits 2 minutes
        row = await email_row(db, email_id)
        assert (row.status, row.attempts) == ("queued", 1)
        # What is recorded names the code, never the address the relay quoted.
        assert row.last_error == "smtp 451 recipient refused"

        relay.fake.refuse_recipients = None
        assert await FUNCTIONS["send_email"](ctx, email_id) is not None
        row = await email_row(db, email_id)
        assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)
        assert len(relay.fake.messages) == 1

    async def test_a_permanent_refusal_marks_it_failed_and_is_never_retried(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        email_id = await store_invitation(db)
        ctx = job_context(db, OutboxGateway(), settings, relay.gateway)
        relay.fake.refuse_recipients = "550 5.1.1 <amina@example.org>: no such user"
        assert await FUNCTIONS["send_email"](ctx, email_id) is None
        relay.fake.refuse_recipients = None
        assert await FUNCTIONS["send_email"](ctx, email_id) is None
        row = await email_row(db, email_id)
        assert (row.status, row.attempts, row.last_error) == (
            "failed",
            1,
            "smtp 550 recipient refused",
        )
        assert relay.fake.messages == []

    async def test_retries_are_bounded(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        email_id = await store_invitation(db)
        relay.fake.refuse_recipients = "421 4.7.0 try again later"
        for _ in range(service.MAX_ATTEMPTS - 1):
            async with db.transaction() as session:
                delivery = await service.deliver_email(
                    session, gateway=relay.gateway, email_id=email_id
                )
            assert delivery.retry
        async with db.transaction() as session:
            last = await service.deliver_email(session, gateway=relay.gateway, email_id=email_id)
        assert not last.retry
        row = await email_row(db, email_id)
        assert (row.status, row.attempts) == ("failed", service.MAX_ATTEMPTS)

    async def test_the_outbox_gateway_marks_it_sent_and_sends_nothing(
        self, db: Database, settings: Settings
    ) -> None:
        email_id = await store_invitation(db)
        ctx = job_context(db, OutboxGateway(), settings)
        assert ctx["mail"].name == "outbox"
        provider_id = await FUNCTIONS["send_email"](ctx, email_id)
        row = await email_row(db, email_id)
        assert row.status == "sent" and row.provider_id == provider_id


class RecordingQueue:
    """A job queue that checks, as each send is enqueued, that its email is committed."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.enqueued: list[tuple[str, int, str, bool]] = []

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by: timedelta | None = None
    ) -> bool:
        async with self.db.read() as session:
            visible = await session.get(OutboundEmail, args[0]) is not None
        self.enqueued.append((function, args[0], job_id, visible))
        return True

    async def close(self) -> None:
        return None


class TestUnitHandsEmailsOver:
    async def test_emails_are_queued_after_the_commit(
        self, db: Database, settings: Settings
    ) -> None:
        queue = RecordingQueue(db)
        unit = request_unit(db, jobs=queue, gateway="outbox", settings=settings)
        async with unit.transaction() as session:
            email_id = await queue_email(
                session,
                outbox=unit.outbox,
                to="amina@example.org",
                template="password_reset",
                language="en",
                params={"link": LINK, "expires": "today"},
                idempotency_key="reset:1",
            )
            assert queue.enqueued == []
        assert queue.enqueued == [("send_email", email_id, f"email:{email_id}", True)]
        assert unit.outbox.email_ids == []
        assert (await email_row(db, email_id)).gateway == "outbox"

    async def test_a_failing_block_stores_and_sends_nothing(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        unit = job_unit(job_context(db, OutboxGateway(), settings, relay.gateway))
        with pytest.raises(RuntimeError):
            async with unit.transaction() as session:
                await queue_email(
                    session,
                    outbox=unit.outbox,
                    to="amina@example.org",
                    template="password_reset",
                    language="en",
                    params={"link": LINK, "expires": "today"},
                    idempotency_key="reset:1",
                )
                raise RuntimeError("the work failed")
        assert relay.fake.messages == []
        async with db.read() as session:
            assert (await session.exec(select(OutboundEmail))).all() == []

    async def test_a_job_without_a_queue_sends_in_place_after_the_commit(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        unit = job_unit(job_context(db, OutboxGateway(), settings, relay.gateway))
        assert unit.jobs is None and unit.outbox.mail_gateway == "smtp"
        async with unit.transaction() as session:
            email_id = await queue_email(
                session,
                outbox=unit.outbox,
                to="amina@example.org",
                template="password_reset",
                language="fr",
                params={"link": LINK, "expires": "today"},
                idempotency_key="reset:1",
            )
            assert relay.fake.messages == []
        (message,) = relay.fake.messages
        assert message["Subject"] == "Réinitialiser votre mot de passe Pluralis"
        row = await email_row(db, email_id)
        assert row.status == "sent" and row.gateway == "smtp"
        assert message["Message-ID"] == row.provider_id


class TestResendSweep:
    async def test_lost_emails_are_sent_once_and_stale_or_fresh_ones_are_left(
        self, db: Database, settings: Settings, relay: Relay
    ) -> None:
        now = utcnow()
        ages = {
            "lost": timedelta(minutes=10),
            "just-stored": timedelta(seconds=30),
            "two-days-old": timedelta(days=2),
        }
        ids = {key: await store_invitation(db, key) for key in ages}
        failed = await store_invitation(db, "given-up")
        async with db.transaction() as session:
            for key, age in ages.items():
                row = await session.get(OutboundEmail, ids[key])
                assert row is not None
                row.created_at = now - age
            gave_up = await session.get(OutboundEmail, failed)
            assert gave_up is not None
            gave_up.status, gave_up.created_at = "failed", now - timedelta(minutes=10)
        ctx = job_context(db, OutboxGateway(), settings, relay.gateway)

        assert await resend_unsent_email(ctx) == 1
        assert len(relay.fake.messages) == 1
        statuses = {key: (await email_row(db, i)).status for key, i in ids.items()}
        assert statuses == {"lost": "sent", "just-stored": "queued", "two-days-old": "queued"}
        assert (await email_row(db, failed)).status == "failed"
        assert await resend_unsent_email(ctx) == 0
        assert len(relay.fake.messages) == 1

    def test_the_sweep_runs_every_five_minutes(self) -> None:
        (sweep,) = [p for p in PERIODIC if p.function == "resend_unsent_email"]
        assert sweep.every_minutes == 5 and "resend_unsent_email" in FUNCTIONS
