"""The offer-expiry job, called as the worker calls it and through the in-process queue."""

from __future__ import annotations

from datetime import timedelta

from arq.connections import ArqRedis
from arq.worker import Worker

from server.db import Database, utcnow
from server.jobs.queue import ArqQueue
from server.messaging.gateway import OutboxGateway
from server.registrations import service
from server.registrations.models import Registration, RegistrationStatus
from server.registrations.tasks import expire_waitlist_offers
from server.runtime import Runtime, job_context
from server.settings import Settings
from server.tasks import FUNCTIONS
from tests.server.registrations.conftest import Setup, make_event, messages_to, outbox, statuses
from tests.server.test_jobs import arq_redis

__all__ = ["arq_redis"]  # the fixture, shared with the jobs tests


async def expired_offer(db: Database, setup: Setup) -> int:
    """Attendee 1 holds an offer that expired a minute ago; attendee 2 is next in line."""
    event = await make_event(db, setup.host, capacity=1, offer_minutes=30)
    past = utcnow() - timedelta(hours=1)
    placed: list[Registration] = []
    for i, member in enumerate(setup.attendees[:3]):
        async with db.transaction() as session:
            placed.append(
                await service.register(
                    session,
                    principal=member.principal,
                    event_id=event,
                    now=past + timedelta(seconds=i),
                    outbox=outbox(),
                )
            )
    async with db.transaction() as session:
        await service.cancel_registration(
            session,
            principal=setup.attendees[0].principal,
            registration_id=placed[0].id or 0,
            now=past,
            outbox=outbox(),
        )
    return event


class TestExpireWaitlistOffersJob:
    async def test_the_job_passes_expired_offers_on_and_sends_the_messages(
        self, db: Database, settings: Settings, setup: Setup
    ) -> None:
        event = await expired_offer(db, setup)
        ctx = job_context(db, OutboxGateway(), settings)
        assert await expire_waitlist_offers(ctx) == 1
        assert (await statuses(db, event))[setup.attendees[2].person_id] is (
            RegistrationStatus.OFFERED
        )
        [offer] = await messages_to(db, setup.attendees[2].phone)
        # Delivered by the send_sms job, which records the provider's id.
        assert offer.provider_id is not None and offer.gateway == "outbox"
        # Run again (arq may run a job twice): nothing more changes or is sent.
        assert await expire_waitlist_offers(ctx) == 0
        assert len(await messages_to(db, setup.attendees[2].phone)) == 1

    async def test_the_job_runs_through_the_in_process_queue(
        self, runtime: Runtime, setup: Setup
    ) -> None:
        event = await expired_offer(runtime.db, setup)
        await runtime.jobs.enqueue("expire_waitlist_offers", job_id="expire-offers:test")
        await runtime.jobs.close()
        statuses_now = await statuses(runtime.db, event)
        assert statuses_now[setup.attendees[1].person_id] is RegistrationStatus.CANCELLED
        assert statuses_now[setup.attendees[2].person_id] is RegistrationStatus.OFFERED
        expired_notice = (await messages_to(runtime.db, setup.attendees[1].phone))[-1]
        assert "expired" in expired_notice.body and expired_notice.provider_id is not None


class TestThroughArq:
    async def test_a_real_worker_expires_offers_and_sends_through_redis(
        self, db: Database, settings: Settings, setup: Setup, arq_redis: ArqRedis
    ) -> None:
        event = await expired_offer(db, setup)
        queue = ArqQueue(arq_redis)
        assert await queue.enqueue("expire_waitlist_offers", job_id="expire-offers:arq")
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
        # The expiry job, then one send_sms job per message it stored (expired + new offer).
        assert (worker.jobs_complete, worker.jobs_failed) == (3, 0)
        assert (await statuses(db, event))[setup.attendees[2].person_id] is (
            RegistrationStatus.OFFERED
        )
        [offer] = await messages_to(db, setup.attendees[2].phone)
        assert offer.provider_id is not None
