"""Messaging jobs."""

from __future__ import annotations

from typing import Any

from server.db import Database
from server.messaging import service
from server.messaging.gateway import SmsGateway


async def send_sms(ctx: dict[str, Any], to: str, body: str, idempotency_key: str) -> int:
    """Send one SMS (idempotent by key); returns the outbound message id."""
    db: Database = ctx["db"]
    gateway: SmsGateway = ctx["sms"]
    async with db.transaction() as session:
        message = await service.send_sms(
            session, gateway=gateway, to=to, body=body, idempotency_key=idempotency_key
        )
    assert message.id is not None
    return message.id
