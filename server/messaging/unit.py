"""One unit of work for requests and jobs alike: commit, then hand the stored messages over.

Messages are text messages (SMS) and emails alike; both ride in the unit's `Outbox`.

A send job enqueued before the commit could run before its message is visible (and fail), or
send a message whose transaction then rolls back. So every transaction that may store
messages runs here: the messages are stored in the transaction, and only after it commits are
their ids handed to the job queue (or, where no queue exists, sent right here).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import Database
from server.jobs.queue import ArqQueue, JobQueue
from server.mail.gateway import MailGateway
from server.mail.handover import hand_over_emails
from server.messaging import service
from server.messaging.gateway import SmsGateway
from server.messaging.outbox import MessagePolicy, MessageSettings, Outbox

logger = logging.getLogger(__name__)


@dataclass
class Unit:
    """A database, an outbox, and where its messages go once committed.

    `jobs` is the queue to hand messages to; without one (the in-process runner's jobs carry
    none), `sms` and `mail` send them in place.
    """

    db: Database
    outbox: Outbox
    jobs: JobQueue | None = None
    sms: SmsGateway | None = None
    mail: MailGateway | None = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A committed transaction; its messages are handed over after the commit. When the
        block raises, nothing is committed and nothing is sent."""
        async with self.db.transaction() as session:
            yield session
        await self.hand_over()

    async def hand_over(self) -> None:
        """Queue (or send) every message and email in the outbox, then empty it. Idempotent:
        the job id is the message's, and `deliver_sms` never resends a message with a
        provider id (nor `deliver_email` a sent email)."""
        ids = list(self.outbox.message_ids)
        self.outbox.message_ids.clear()
        email_ids = list(self.outbox.email_ids)
        self.outbox.email_ids.clear()
        await self._hand_over_sms(ids)
        if email_ids:
            await hand_over_emails(self.db, email_ids, jobs=self.jobs, gateway=self.mail)

    async def _hand_over_sms(self, ids: list[int]) -> None:
        if self.jobs is not None:
            for message_id in ids:
                await self.jobs.enqueue("send_sms", message_id, job_id=f"sms:{message_id}")
            return
        if not ids:
            return
        assert self.sms is not None, "a unit needs a job queue or a gateway"
        for message_id in ids:
            # One failure must not stop the others; the resend sweep retries it.
            try:
                async with self.db.transaction() as session:
                    await service.deliver_sms(session, gateway=self.sms, message_id=message_id)
            except Exception:
                logger.exception("sending a message failed", extra={"message_id": message_id})


def request_unit(db: Database, *, jobs: JobQueue, gateway: str, settings: MessageSettings) -> Unit:
    """The unit for one API request: messages go to the runtime's job queue."""
    outbox = Outbox(gateway=gateway, mail_gateway=settings.mail, policy=MessagePolicy.of(settings))
    return Unit(db=db, outbox=outbox, jobs=jobs)


def job_unit(ctx: dict[str, Any]) -> Unit:
    """The unit for a job, from its `ctx`: the queue at hand, or else send in place."""
    sms: SmsGateway = ctx["sms"]
    jobs: JobQueue | None = ctx.get("jobs")
    if jobs is None and ctx.get("redis") is not None:
        # Inside an arq worker: its own Redis pool (not closed here, it is the worker's).
        jobs = ArqQueue(ctx["redis"])
    settings: MessageSettings | None = ctx.get("settings")
    policy = MessagePolicy.of(settings) if settings is not None else MessagePolicy()
    mail: MailGateway | None = ctx.get("mail")
    outbox = Outbox(gateway=sms.name, mail_gateway=mail.name if mail else "outbox", policy=policy)
    return Unit(db=ctx["db"], outbox=outbox, jobs=jobs, sms=sms, mail=mail)
