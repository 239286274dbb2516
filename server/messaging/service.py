"""Sending SMS exactly once per idempotency key, through whichever gateway is configured.

A message is first stored as a row (the source of truth), then a job delivers it by id. Jobs
therefore never carry phone numbers or text, which would otherwise appear in worker logs.
A permanent refusal by the provider is recorded on the message and on the number, and a
marked number is never handed to the gateway again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.messaging.gateway import PermanentFailure, SmsGateway
from server.messaging.models import NumberMark, OutboundMessage
from server.messaging.outbox import Outbox

QUEUED = "queued"
FAILED = "failed"
BUDGET_EXCEEDED = "MESSAGE_BUDGET_EXCEEDED"


class BudgetExceeded(InvalidInput):
    """The organization has used its message budget: nothing of the request may happen."""

    def __init__(self) -> None:
        super().__init__(
            [
                FieldProblem(
                    None,
                    "This would send more text messages than the organization may send in 24 "
                    "hours. Try again later, or ask the network's administrators.",
                    BUDGET_EXCEEDED,
                )
            ]
        )


async def queue_sms(
    session: AsyncSession,
    *,
    outbox: Outbox,
    to: str,
    body: str,
    idempotency_key: str,
    organization_id: int | None = None,
) -> OutboundMessage:
    """Store an outbound message once per key; a retried caller gets the same row back.

    A new message is charged to `organization_id`'s budget (BudgetExceeded when it is used
    up) and added to the outbox for sending after the commit, unless its number is marked:
    then it is stored as failed with the provider's code and never sent.
    """
    message = await session.scalar(
        select(OutboundMessage).where(OutboundMessage.idempotency_key == idempotency_key)
    )
    if message is not None:
        return message
    if organization_id is not None:
        await _charge(session, outbox=outbox, organization_id=organization_id)
    message = OutboundMessage(
        idempotency_key=idempotency_key,
        to=to,
        body=body,
        gateway=outbox.gateway,
        organization_id=organization_id,
    )
    mark = await session.get(NumberMark, to)
    if mark is not None:
        message.status, message.error_code = FAILED, mark.error_code
    session.add(message)
    await session.flush()
    assert message.id is not None
    if mark is None:
        outbox.message_ids.append(message.id)
    return message


async def _charge(session: AsyncSession, *, outbox: Outbox, organization_id: int) -> None:
    """Count one more message against the organization's rolling budget, or refuse it."""
    spent = outbox.spent.get(organization_id)
    if spent is None:
        since = utcnow() - outbox.policy.budget_window
        spent = int(
            await session.scalar(
                select(func.count())
                .select_from(OutboundMessage)
                .where(OutboundMessage.organization_id == organization_id)
                .where(col(OutboundMessage.created_at) >= since)
            )
            or 0
        )
    if spent + 1 > outbox.policy.budget_per_organization:
        raise BudgetExceeded
    outbox.spent[organization_id] = spent + 1


async def deliver_sms(
    session: AsyncSession,
    *,
    gateway: SmsGateway,
    message_id: int,
    status_callback: str | None = None,
) -> OutboundMessage:
    """Hand a stored message to the gateway unless an earlier run already did (or failed)."""
    message = await session.get(OutboundMessage, message_id, with_for_update=True)
    if message is None:
        raise NotFound("No such outbound message.")
    if message.provider_id is not None or message.status == FAILED:
        return message
    mark = await session.get(NumberMark, message.to)
    if mark is not None:
        # Marked after this message was stored (by another message's failure).
        message.status, message.error_code = FAILED, mark.error_code
        await session.flush()
        return message
    try:
        sent = await gateway.send(to=message.to, body=message.body, status_callback=status_callback)
    except PermanentFailure as failure:
        message.status, message.error_code = FAILED, str(failure.code)
        if failure.mark is not None:
            await mark_number(
                session, e164=message.to, reason=failure.mark, error_code=str(failure.code)
            )
        await session.flush()
        return message
    message.provider_id = sent.provider_id
    message.status = sent.status
    message.sent_at = utcnow()
    await session.flush()
    return message


async def mark_number(session: AsyncSession, *, e164: str, reason: str, error_code: str) -> None:
    """Record a permanent refusal for a number; the first mark stands (two failing sends of
    one number at once must not collide on the key)."""
    values = {"e164": e164, "reason": reason, "error_code": error_code, "marked_at": utcnow()}
    bind = session.get_bind()
    insert = postgres_insert if bind.dialect.name == "postgresql" else sqlite_insert
    await session.exec(insert(NumberMark).values(values).on_conflict_do_nothing())


async def unsent_messages(
    session: AsyncSession, *, now: datetime, older_than: timedelta, within: timedelta
) -> list[int]:
    """Ids of messages stored between `within` and `older_than` ago that never reached the
    gateway: their send job was lost (a crash between commit and enqueue, a worker restart)
    or failed. Older ones are left alone: an offer or a change notice hours late misleads.
    Failed ones (a permanent refusal, a marked number) are never tried again."""
    rows = await session.exec(
        select(OutboundMessage.id)
        .where(
            col(OutboundMessage.provider_id).is_(None),
            col(OutboundMessage.status) == QUEUED,
            col(OutboundMessage.created_at) < now - older_than,
            col(OutboundMessage.created_at) >= now - within,
        )
        .order_by(col(OutboundMessage.id))
    )
    return [i for i in rows.all() if i is not None]
