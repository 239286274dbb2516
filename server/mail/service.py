"""Storing emails and delivering them exactly once. Services flush; callers commit.

`queue_email` stores the rendered message inside the caller's transaction and records its id
in the unit's outbox; after the commit the unit hands it to the job queue (or sends it in
place), exactly as for SMS (`server.messaging.unit`). `deliver_email` hands one stored message
to the gateway, at most once, and records what happened.

This package sits below `server.messaging` (whose unit of work delivers emails), so it names
the outbox by the few things it uses (`MailOutbox`) rather than importing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.kit.errors import NotFound
from server.mail.gateway import (
    MailGateway,
    OutgoingEmail,
    PermanentMailFailure,
    TransientMailFailure,
)
from server.mail.models import OutboundEmail
from server.mail.templates import render

QUEUED = "queued"
SENT = "sent"
FAILED = "failed"
# Tries in all (the job's own retries and the resend sweep's) before a message is given up:
# a relay still refusing after this long needs the operator, not another attempt.
MAX_ATTEMPTS = 8
# The development mailbox shows at most this many messages per request.
DEV_LIST_LIMIT = 200


class NetworkPolicy(Protocol):
    @property
    def network_name(self) -> str: ...


class MailOutbox(Protocol):
    """What `queue_email` needs of `server.messaging.outbox.Outbox`."""

    mail_gateway: str
    email_ids: list[int]

    @property
    def policy(self) -> NetworkPolicy: ...


async def queue_email(
    session: AsyncSession,
    *,
    outbox: MailOutbox,
    to: str,
    template: str,
    language: str,
    params: Mapping[str, Any],
    idempotency_key: str,
    titled: bool = False,
    time_zone: str = "UTC",
) -> int:
    """Store one email once per `idempotency_key`; returns its id.

    `params` are filled into the template (aware datetimes shown in `time_zone`, in the
    person's language); the network's name is added from the outbox's policy. `titled` picks
    a notification's form that may quote free text (see `server.mail.templates.render`).
    A key already used returns the existing message without queueing it again.
    """
    existing: int | None = await session.scalar(
        select(OutboundEmail.id).where(OutboundEmail.idempotency_key == idempotency_key)
    )
    if existing is not None:
        return existing
    rendered = render(
        template,
        language,
        {**params, "network": outbox.policy.network_name},
        titled=titled,
        time_zone=time_zone,
    )
    email = OutboundEmail(
        idempotency_key=idempotency_key,
        to=to,
        subject=rendered.subject,
        text_body=rendered.text,
        html_body=rendered.html,
        template=template,
        language=rendered.language,
        gateway=outbox.mail_gateway,
    )
    session.add(email)
    await session.flush()
    assert email.id is not None
    outbox.email_ids.append(email.id)
    return email.id


@dataclass(frozen=True)
class Delivery:
    """What one delivery attempt did; `retry` asks the caller to try again later."""

    email: OutboundEmail
    retry: bool = False


async def deliver_email(
    session: AsyncSession, *, gateway: MailGateway, email_id: int, now: datetime | None = None
) -> Delivery:
    """Hand a stored email to the gateway unless an earlier run already did (or gave up).

    The row is locked while sending, so two runs of one job (arq may run a job twice) send
    once. A permanent refusal marks the email failed; a transient one records the error and
    asks for a retry, until MAX_ATTEMPTS.
    """
    email = await session.get(OutboundEmail, email_id, with_for_update=True)
    if email is None:
        raise NotFound("No such outbound email.")
    if email.status != QUEUED:
        return Delivery(email)
    email.attempts += 1
    outgoing = OutgoingEmail(
        to=email.to,
        subject=email.subject,
        text=email.text_body,
        html=email.html_body,
        language=email.language,
    )
    retry = False
    try:
        email.provider_id = await gateway.send(outgoing)
    except PermanentMailFailure as failure:
        email.status, email.last_error = FAILED, failure.summary
    except TransientMailFailure as failure:
        email.last_error = failure.summary
        retry = email.attempts < MAX_ATTEMPTS
        if not retry:
            email.status = FAILED
    else:
        email.status, email.last_error = SENT, None
        email.sent_at = now or utcnow()
    await session.flush()
    return Delivery(email, retry=retry)


async def unsent_emails(
    session: AsyncSession, *, now: datetime, older_than: timedelta, within: timedelta
) -> list[int]:
    """Ids of emails stored between `within` and `older_than` ago that are still queued: their
    send job was lost (a crash between commit and enqueue) or ran out of retries. Older ones
    are left alone: their links have expired or soon will."""
    rows = await session.exec(
        select(OutboundEmail.id)
        .where(
            col(OutboundEmail.status) == QUEUED,
            col(OutboundEmail.created_at) < now - older_than,
            col(OutboundEmail.created_at) >= now - within,
        )
        .order_by(col(OutboundEmail.id))
    )
    return [i for i in rows.all() if i is not None]


async def recent_emails(session: AsyncSession, *, first: int) -> list[OutboundEmail]:
    """The newest emails first, for the development mailbox."""
    rows = await session.exec(
        select(OutboundEmail)
        .order_by(col(OutboundEmail.id).desc())
        .limit(min(max(0, first), DEV_LIST_LIMIT))
    )
    return list(rows.all())
