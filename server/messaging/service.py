"""Sending SMS exactly once per idempotency key, through whichever gateway is configured.

A message is first stored as a row (the source of truth), then a job delivers it by id. Jobs
therefore never carry phone numbers or text, which would otherwise appear in worker logs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.kit.errors import NotFound
from server.messaging.gateway import SmsGateway
from server.messaging.models import OutboundMessage


async def queue_sms(
    session: AsyncSession, *, to: str, body: str, idempotency_key: str, gateway: str
) -> OutboundMessage:
    """Store an outbound message once per key; a retried caller gets the same row back."""
    message = await session.scalar(
        select(OutboundMessage).where(OutboundMessage.idempotency_key == idempotency_key)
    )
    if message is None:
        message = OutboundMessage(
            idempotency_key=idempotency_key, to=to, body=body, gateway=gateway
        )
        session.add(message)
        await session.flush()
    return message


async def deliver_sms(
    session: AsyncSession,
    *,
    gateway: SmsGateway,
    message_id: int,
    status_callback: str | None = None,
) -> OutboundMessage:
    """Hand a stored message to the gateway unless an earlier run already did."""
    message = await session.get(OutboundMessage, message_id, with_for_update=True)
    if message is None:
        raise NotFound("No such outbound message.")
    if message.provider_id is not None:
        return message
    sent = await gateway.send(to=message.to, body=message.body, status_callback=status_callback)
    message.provider_id = sent.provider_id
    message.status = sent.status
    message.sent_at = utcnow()
    await session.flush()
    return message


async def unsent_messages(
    session: AsyncSession, *, now: datetime, older_than: timedelta, within: timedelta
) -> list[int]:
    """Ids of messages stored between `within` and `older_than` ago that never reached the
    gateway: their send job was lost (a crash between commit and enqueue, a worker restart)
    or failed. Older ones are left alone: an offer or a change notice hours late misleads."""
    rows = await session.exec(
        select(OutboundMessage.id)
        .where(
            col(OutboundMessage.provider_id).is_(None),
            col(OutboundMessage.status) == "queued",
            col(OutboundMessage.created_at) < now - older_than,
            col(OutboundMessage.created_at) >= now - within,
        )
        .order_by(col(OutboundMessage.id))
    )
    return [i for i in rows.all() if i is not None]
