"""Messaging jobs. They take message ids only: arq logs job arguments."""

from __future__ import annotations

from typing import Any

from server.db import Database
from server.messaging import service
from server.messaging.gateway import SmsGateway


async def send_sms(ctx: dict[str, Any], message_id: int) -> str | None:
    """Deliver one stored outbound message (idempotent); returns the provider's id."""
    db: Database = ctx["db"]
    gateway: SmsGateway = ctx["sms"]
    async with db.transaction() as session:
        message = await service.deliver_sms(session, gateway=gateway, message_id=message_id)
    return message.provider_id
