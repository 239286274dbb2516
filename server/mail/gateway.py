"""The mail gateway interface: an outbox for the embedded default, SMTP in production.

A gateway sends one stored email and returns the Message-ID it gave the message, which is
recorded so the message can be traced in the relay's logs. It sorts failures into two kinds:
`TransientMailFailure` (try again later) and `PermanentMailFailure` (no retry can fix it).
Neither carries the server's reply text: replies quote the recipient's address, and what we
record about a failure must hold no address and no secret.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Protocol

import aiosmtplib


@dataclass(frozen=True)
class OutgoingEmail:
    to: str
    subject: str
    text: str
    html: str
    language: str


class MailFailure(Exception):
    """A failed send; `summary` is what may be recorded (a code or a kind, never a reply)."""

    def __init__(self, summary: str) -> None:
        super().__init__(summary)
        self.summary = summary[:200]


class TransientMailFailure(MailFailure):
    """The relay could not be reached or asked us to come back later (4xx)."""


class PermanentMailFailure(MailFailure):
    """The relay refused this recipient or this message for good (5xx)."""


class MailGateway(Protocol):
    name: str

    async def send(self, email: OutgoingEmail) -> str:
        """Send `email`; returns its Message-ID."""
        ...

    async def close(self) -> None: ...


class OutboxMailGateway:
    """Sends nothing: the outbound_email row is the message, shown on the development mailbox."""

    name = "outbox"

    async def send(self, email: OutgoingEmail) -> str:
        return f"<{uuid.uuid4().hex}@outbox.invalid>"

    async def close(self) -> None:
        return None


class SmtpMailGateway:
    """An SMTP relay through aiosmtplib: one connection per message, which a relay's rate
    limits and idle timeouts handle better than a long-lived connection shared by jobs."""

    name = "smtp"

    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        username: str = "",
        password: str = "",
        starttls: bool = True,
        use_tls: bool = False,
        timeout: float = 30,
    ) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._username = username or None
        self._password = password or None
        self._starttls = starttls and not use_tls
        self._use_tls = use_tls
        self._timeout = timeout
        domain = parseaddr(sender)[1].rpartition("@")[2]
        self._domain = domain or "localhost"

    def message(self, email: OutgoingEmail) -> EmailMessage:
        """The MIME message: multipart/alternative with the text first and the HTML second
        (clients show the last part they can), marked as automatic so that vacation replies
        and auto-forwarders leave it alone (RFC 3834)."""
        message = EmailMessage()
        message["From"] = self._sender
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = make_msgid(domain=self._domain)
        message["Auto-Submitted"] = "auto-generated"
        message["X-Auto-Response-Suppress"] = "All"
        message.set_content(email.text)
        message.add_alternative(email.html, subtype="html")
        # After the content: setting the content drops the Content-* headers set before it.
        message["Content-Language"] = email.language
        return message

    async def send(self, email: OutgoingEmail) -> str:
        message = self.message(email)
        try:
            await aiosmtplib.send(
                message,
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                start_tls=self._starttls,
                use_tls=self._use_tls,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as refused:
            codes = [error.code for error in refused.recipients]
            raise _by_code(min(codes) if codes else 450, "recipient refused") from None
        except aiosmtplib.SMTPDataError as refused:
            raise _by_code(refused.code, "message refused") from None
        except aiosmtplib.SMTPResponseException as error:
            # The sender refused, authentication failed, STARTTLS missing: the relay's or our
            # configuration, which the operator can fix; the message itself is fine.
            raise TransientMailFailure(f"smtp {error.code}") from None
        except (aiosmtplib.SMTPException, OSError) as error:
            raise TransientMailFailure(f"connection: {type(error).__name__}") from None
        return str(message["Message-ID"])

    async def close(self) -> None:
        return None


def _by_code(code: int, what: str) -> MailFailure:
    summary = f"smtp {code} {what}"
    return PermanentMailFailure(summary) if 500 <= code < 600 else TransientMailFailure(summary)
