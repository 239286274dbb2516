"""Storing emails to send. Services flush; callers commit; the unit of work sends.

`queue_email` stores the rendered message inside the caller's transaction and records its id
in the unit's `Outbox`; after the commit the unit hands it to the job queue (or sends it in
place), exactly as for SMS (`server.messaging.unit`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.mail.models import OutboundEmail
from server.mail.templates import render
from server.messaging.outbox import Outbox


async def queue_email(
    session: AsyncSession,
    *,
    outbox: Outbox,
    to: str,
    template: str,
    language: str,
    params: Mapping[str, Any],
    idempotency_key: str,
) -> int:
    """Store one email once per `idempotency_key`; returns its id.

    `params` are filled into the template; the network's name is added from the outbox's
    policy. A key already used returns the existing message without queueing it again.
    """
    existing: int | None = await session.scalar(
        select(OutboundEmail.id).where(OutboundEmail.idempotency_key == idempotency_key)
    )
    if existing is not None:
        return existing
    rendered = render(template, language, {"network": outbox.policy.network_name, **params})
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
