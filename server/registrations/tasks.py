"""Registration jobs: thin wrappers that run the waitlist service in one unit of work."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from server.db import utcnow
from server.messaging.unit import job_unit
from server.registrations import waitlist

logger = logging.getLogger(__name__)

# Offers ending within this window get one reminder.
REMIND_WITHIN = timedelta(hours=2)


async def expire_waitlist_offers(ctx: dict[str, Any]) -> int:
    """Pass on expired offers and remind people whose offer ends soon (every 5 minutes).

    Idempotent: expired offers are re-read under the event lock, and every message has a
    deterministic key, so a second run (or two workers at once) changes and sends nothing new.
    The messages go out only after the commit (the unit of work hands them over).
    """
    unit = job_unit(ctx)
    now = utcnow()
    async with unit.transaction() as session:
        expired = await waitlist.expire_offers(session, now=now, outbox=unit.outbox)
        reminded = await waitlist.remind_expiring_offers(
            session, now=now, within=REMIND_WITHIN, outbox=unit.outbox
        )
        messages = len(unit.outbox.message_ids) + len(unit.outbox.email_ids)
    logger.info(
        "waitlist offers",
        extra={"expired": expired, "reminded": reminded, "messages": messages},
    )
    return expired
