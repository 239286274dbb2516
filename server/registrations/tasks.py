"""Registration jobs: thin wrappers that open a transaction and call the waitlist service."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from server.db import Database, utcnow
from server.messaging.gateway import SmsGateway
from server.messaging.tasks import deliver_outbox
from server.notifications.service import Outbox
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
    await deliver_outbox(ctx, outbox)
    logger.info(
        "waitlist offers",
        extra={"expired": expired, "reminded": reminded, "messages": messages},
    )
    return expired
