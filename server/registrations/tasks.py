"""Registration jobs: thin wrappers that open a transaction and call the waitlist service."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from server.db import Database, utcnow
from server.jobs.queue import ArqQueue, JobQueue
from server.messaging.gateway import SmsGateway
from server.messaging.tasks import send_sms
from server.notifications.service import Outbox, send_outbox
from server.registrations import waitlist

logger = logging.getLogger(__name__)

# Offers ending within this window get one reminder.
REMIND_WITHIN = timedelta(hours=2)


async def expire_waitlist_offers(ctx: dict[str, Any]) -> int:
    """Pass on expired offers and remind people whose offer ends soon (every 5 minutes).

    Idempotent: expired offers are re-read under the event lock, and every message has a
    deterministic key, so a second run (or two workers at once) changes and sends nothing new.
    """
    db: Database = ctx["db"]
    sms: SmsGateway = ctx["sms"]
    outbox = Outbox(gateway=sms.name)
    now = utcnow()
    async with db.transaction() as session:
        expired = await waitlist.expire_offers(session, now=now, outbox=outbox)
        reminded = await waitlist.remind_expiring_offers(
            session, now=now, within=REMIND_WITHIN, outbox=outbox
        )
    # Only after the commit: a send job must never see (or send) an uncommitted message.
    messages = len(outbox.message_ids)
    await _deliver(ctx, outbox)
    logger.info(
        "waitlist offers",
        extra={"expired": expired, "reminded": reminded, "messages": messages},
    )
    return expired


async def _deliver(ctx: dict[str, Any], outbox: Outbox) -> None:
    """Enqueue the sends where a queue is at hand, else send here, one message at a time."""
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
            logger.exception("sending a waitlist message failed", extra={"message_id": message_id})
    outbox.message_ids.clear()
