"""A loopback SMTP relay and a gateway that talks to it, and helpers to store emails."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from server.db import Database
from server.mail.gateway import SmtpMailGateway
from server.mail.models import OutboundEmail
from server.mail.service import queue_email
from server.messaging.outbox import MessagePolicy, Outbox
from tests.fakes.smtp import FakeSmtp, smtp_server

SENDER = "Election Watch <no-reply@watch.example>"
TOKEN = "inv_SECRETtoken123"
LINK = f"https://watch.example/join/{TOKEN}"


@dataclass
class Relay:
    fake: FakeSmtp
    port: int
    gateway: SmtpMailGateway = field(init=False)

    def __post_init__(self) -> None:
        self.gateway = SmtpMailGateway(
            host="127.0.0.1", port=self.port, sender=SENDER, starttls=False, timeout=10
        )


@pytest.fixture
async def relay() -> AsyncIterator[Relay]:
    fake = FakeSmtp()
    async with smtp_server(fake) as port:
        yield Relay(fake, port)


def mail_outbox(gateway: str = "smtp") -> Outbox:
    return Outbox(
        gateway="outbox", mail_gateway=gateway, policy=MessagePolicy(network_name="Election Watch")
    )


async def store_invitation(
    db: Database, key: str = "invitation:1", *, to: str = "amina@example.org", language: str = "en"
) -> int:
    """An account invitation as the invites service stores it, its send job not yet run."""
    async with db.transaction() as session:
        return await queue_email(
            session,
            outbox=mail_outbox(),
            to=to,
            template="account_invitation",
            language=language,
            params={"name": "Amina", "link": LINK, "expires": "8 June"},
            idempotency_key=key,
        )


async def email_row(db: Database, email_id: int) -> OutboundEmail:
    async with db.read() as session:
        row = await session.get(OutboundEmail, email_id)
    assert row is not None
    return row
