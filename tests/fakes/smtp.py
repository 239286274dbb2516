"""A real SMTP server on loopback (aiosmtpd) standing in for the mail relay.

It records every message it accepts, parsed as the recipient's mail client would, and can be
told to refuse recipients with a given reply (421 to test retries, 550 for a permanent
refusal) or to require a login.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.fakes.server import free_port


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class FakeSmtp:
    """The handler: what it accepted, and how it should answer next."""

    received: list[Received] = field(default_factory=list)
    # A reply such as "550 5.1.1 No such user" refuses every recipient with it.
    refuse_recipients: str | None = None
    # (username, password) to require AUTH; None accepts anyone without a login.
    credentials: tuple[str, str] | None = None
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(  # aiosmtpd calls hooks by these names
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if self.refuse_recipients:
            return self.refuse_recipients
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # aiosmtpd calls hooks by these names
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword) or self.credentials is None:
            return AuthResult(success=False, handled=False)
        login = (auth_data.login.decode(), auth_data.password.decode())
        self.logins.append(login[0])
        return AuthResult(success=login == self.credentials, handled=False)

    @property
    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]


@asynccontextmanager
async def smtp_server(fake: FakeSmtp) -> AsyncIterator[int]:
    """Serve `fake` on 127.0.0.1 and yield its port."""
    port = free_port()
    kwargs: dict[str, Any] = {}
    if fake.credentials is not None:
        # Loopback only: a login without TLS is fine here, never with a real relay.
        kwargs = {"authenticator": fake.authenticate, "auth_require_tls": False}
    controller = Controller(fake, hostname="127.0.0.1", port=port, **kwargs)
    await asyncio.to_thread(controller.start)
    try:
        yield port
    finally:
        await asyncio.to_thread(controller.stop)
