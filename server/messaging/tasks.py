"""Messaging jobs. They take message ids only: arq logs job arguments."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from server.db import Database, utcnow
from server.messaging import service
from server.messaging.gateway import SmsGateway
from server.messaging.unit import job_unit

logger = logging.getLogger(__name__)

# A message's own send job is enqueued right after its transaction commits; one still unsent
# after this long lost its job. Older than RESEND_WITHIN, it is too late to be useful.
RESEND_AFTER = timedelta(minutes=2)
RESEND_WITHIN = timedelta(hours=6)


async def send_sms(ctx: dict[str, Any], message_id: int) -> str | None:
    """Deliver one stored outbound message (idempotent); returns the provider's id.

    A permanent refusal (an opted-out or invalid number) is recorded and returns None: the
    job succeeds, so arq does not retry what can never work.
    """
    db: Database = ctx["db"]
    gateway: SmsGateway = ctx["sms"]
    async with db.transaction() as session:
        message = await service.deliver_sms(session, gateway=gateway, message_id=message_id)
    return message.provider_id


async def resend_unsent_sms(ctx: dict[str, Any]) -> int:
    """Send again what never reached the gateway (every 5 minutes); returns how many.

    Safe to overlap with the original job: the job id is the message's, and `deliver_sms`
    locks the row and skips a message that already has a provider id or has failed.
    """
    unit = job_unit(ctx)
    async with unit.db.read() as session:
        ids = await service.unsent_messages(
            session, now=utcnow(), older_than=RESEND_AFTER, within=RESEND_WITHIN
        )
    if ids:
        logger.warning("resending messages whose send job was lost", extra={"count": len(ids)})
        unit.outbox.message_ids.extend(ids)
        await unit.hand_over()
    return len(ids)
