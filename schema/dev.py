"""The development mailbox and SMS outbox: what the embedded default "sent", for /dev/mailbox
and /dev/sms. Both are null unless `server.mail.dev.dev_outbox_open` allows them; they are
public, because an observer signing in with a code is not signed in yet."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.permissions import PUBLIC
from server.http.identity import client_address
from server.mail.dev import dev_outbox_open
from server.mail.models import OutboundEmail
from server.mail.service import recent_emails
from server.messaging.dev import recent_sms
from server.messaging.models import OutboundMessage


@strawberry.type(description="An email stored by the outbox mail backend (development only).")
class DevEmail:
    id: strawberry.ID
    to: str
    subject: str
    text: str
    html: str
    created_at: datetime

    @classmethod
    def of(cls, row: OutboundEmail) -> DevEmail:
        return cls(
            id=strawberry.ID(str(row.id)),
            to=row.to,
            subject=row.subject,
            text=row.text_body,
            html=row.html_body,
            created_at=row.created_at,
        )


@strawberry.type(description="A text message stored by the outbox SMS backend (development only).")
class DevSms:
    id: strawberry.ID
    to: str
    body: str
    status: str
    created_at: datetime

    @classmethod
    def of(cls, row: OutboundMessage) -> DevSms:
        return cls(
            id=strawberry.ID(str(row.id)),
            to=row.to,
            body=row.body,
            status=row.status,
            created_at=row.created_at,
        )


def _open(info: Info, backend: str) -> bool:
    return dev_outbox_open(
        info.context.runtime.settings,
        backend=backend,
        client_host=client_address(info.context.request),
    )


@strawberry.type
class DevQuery:
    @strawberry.field(
        permission_classes=PUBLIC,
        description="The newest emails first; null unless mail goes to the outbox, outside "
        "production, with DEV_OUTBOXES on, asked from this machine.",
    )
    async def dev_mailbox(self, info: Info, first: int = 50) -> list[DevEmail] | None:
        if not _open(info, info.context.runtime.settings.mail):
            return None
        async with info.context.runtime.db.read() as session:
            rows = await recent_emails(session, first=first)
        return [DevEmail.of(row) for row in rows]

    @strawberry.field(
        permission_classes=PUBLIC,
        description="The newest text messages first; null unless SMS go to the outbox, "
        "outside production, with DEV_OUTBOXES on, asked from this machine.",
    )
    async def dev_sms_outbox(self, info: Info, first: int = 50) -> list[DevSms] | None:
        if not _open(info, info.context.runtime.settings.sms):
            return None
        async with info.context.runtime.db.read() as session:
            rows = await recent_sms(session, first=first)
        return [DevSms.of(row) for row in rows]
