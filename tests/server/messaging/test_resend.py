"""Messages whose send job was lost are sent by the sweep, once, while they still matter."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select

from server.db import Database, utcnow
from server.messaging.gateway import OutboxGateway
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.messaging.tasks import resend_unsent_sms
from server.runtime import job_context
from server.settings import Settings


async def stored(db: Database, key: str, *, created_at: datetime, sent: bool = False) -> None:
    """A message as a transaction leaves it, stored `created_at`, its send job never run."""
    async with db.transaction() as session:
        message = await queue_sms(
            session,
            to="+254712000009",
            body=key,
            idempotency_key=key,
            outbox=Outbox(gateway="outbox"),
        )
        message.created_at = created_at
        if sent:
            message.provider_id = f"SM-{key}"
            message.status = "sent"


async def provider_ids(db: Database) -> dict[str, str | None]:
    async with db.read() as session:
        rows = await session.exec(select(OutboundMessage).order_by(col(OutboundMessage.id)))
        return {m.idempotency_key: m.provider_id for m in rows.all()}


async def test_lost_messages_are_sent_once_and_stale_or_fresh_ones_are_left(
    db: Database, settings: Settings
) -> None:
    now = utcnow()
    await stored(db, "lost", created_at=now - timedelta(minutes=10))
    await stored(db, "just-stored", created_at=now - timedelta(seconds=30))
    await stored(db, "a-day-old", created_at=now - timedelta(days=1))
    await stored(db, "already-sent", created_at=now - timedelta(minutes=10), sent=True)
    gateway = OutboxGateway()
    ctx = job_context(db, gateway, settings)

    assert await resend_unsent_sms(ctx) == 1
    after = await provider_ids(db)
    assert after["lost"] is not None
    # Its own job may still come: the message is not due yet.
    assert after["just-stored"] is None
    # Hours late, an offer or a change notice would mislead: it stays unsent.
    assert after["a-day-old"] is None
    assert after["already-sent"] == "SM-already-sent"

    # The next sweep finds nothing: the lost message went out exactly once.
    assert await resend_unsent_sms(ctx) == 0
    assert await provider_ids(db) == after
