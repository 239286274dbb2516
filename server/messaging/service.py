"""Sending SMS exactly once per idempotency key, through whichever gateway is configured."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.messaging.gateway import SmsGateway
from server.messaging.models import OutboundMessage


async def send_sms(
    session: AsyncSession,
    *,
    gateway: SmsGateway,
    to: str,
    body: str,
    idempotency_key: str,
    status_callback: str | None = None,
) -> OutboundMessage:
    """Record the message, then hand it to the gateway unless a retry already did.

    The row is flushed before the gateway call, so a second job with the same key finds it and
    does not send again (the unique key catches two jobs racing).
    """
    message = await session.scalar(
        select(OutboundMessage).where(OutboundMessage.idempotency_key == idempotency_key)
    )
    if message is not None and message.provider_id is not None:
        return message
    if message is None:
        message = OutboundMessage(
            idempotency_key=idempotency_key, to=to, body=body, gateway=gateway.name
        )
        session.add(message)
        await session.flush()
    sent = await gateway.send(to=to, body=body, status_callback=status_callback)
    message.provider_id = sent.provider_id
    message.status = sent.status
    message.sent_at = utcnow()
    await session.flush()
    return message
