"""Messaging jobs. They take message ids only: arq logs job arguments."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from server.db import Database, utcnow
from server.jobs.queue import ArqQueue, JobQueue
from server.messaging import service
from server.messaging.gateway import SmsGateway
from server.notifications.service import Outbox, send_outbox

logger = logging.getLogger(__name__)

# A message's own send job is enqueued right after its transaction commits; one still unsent
# after this long lost its job. Older than RESEND_WITHIN, it is too late to be useful.
RESEND_AFTER = timedelta(minutes=2)
RESEND_WITHIN = timedelta(hours=6)


async def send_sms(ctx: dict[str, Any], message_id: int) -> str | None:
    """Deliver one stored outbound message (idempotent); returns the provider's id."""
    db: Database = ctx["db"]
    gateway: SmsGateway = ctx["sms"]
    async with db.transaction() as session:
        message = await service.deliver_sms(session, gateway=gateway, message_id=message_id)
    return message.provider_id


async def deliver_outbox(ctx: dict[str, Any], outbox: Outbox) -> None:
    """From inside a job: enqueue the sends where a queue is at hand, else send here."""
    jobs: JobQueue | None = ctx.get("jobs")
    if jobs is None and ctx.get("redis") is not None:
        # Inside an arq worker: the worker's own Redis pool (not closed here, it is the worker's).
        jobs = ArqQueue(ctx["redis"])
    if jobs is not None:
        await send_outbox(jobs, outbox)
        return
    # The in-process runner's ctx carries no queue; each send is idempotent by message id, and
    # one failure must not stop the others.
    for message_id in outbox.message_ids:
        try:
            await send_sms(ctx, message_id)
        except Exception:
            logger.exception("sending a message failed", extra={"message_id": message_id})
    outbox.message_ids.clear()


async def resend_unsent_sms(ctx: dict[str, Any]) -> int:
    """Send again what never reached the gateway (every 5 minutes); returns how many.

    Safe to overlap with the original job: the job id is the message's, and `deliver_sms`
    locks the row and skips a message that already has a provider id.
    """
    db: Database = ctx["db"]
    sms: SmsGateway = ctx["sms"]
    async with db.read() as session:
        ids = await service.unsent_messages(
            session, now=utcnow(), older_than=RESEND_AFTER, within=RESEND_WITHIN
        )
    if ids:
        logger.warning("resending messages whose send job was lost", extra={"count": len(ids)})
        # A copy: delivering empties the outbox's list.
        await deliver_outbox(ctx, Outbox(gateway=sms.name, message_ids=list(ids)))
    return len(ids)
