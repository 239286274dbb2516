"""The SMTP gateway through aiosmtplib to a real SMTP server on loopback."""

from __future__ import annotations

import pytest

from server.mail.gateway import (
    OutgoingEmail,
    PermanentMailFailure,
    SmtpMailGateway,
    TransientMailFailure,
)
from server.mail.templates import render
from tests.fakes.server import free_port
from tests.fakes.smtp import FakeSmtp, smtp_server
from tests.server.mail.conftest import LINK, SENDER, TOKEN, Relay


def invitation(language: str = "en", to: str = "amina@example.org") -> OutgoingEmail:
    rendered = render(
        "account_invitation",
        language,
        {"network": "Election Watch", "name": "Amina", "link": LINK, "expires": "8 June"},
    )
    return OutgoingEmail(
        to=to, subject=rendered.subject, text=rendered.text, html=rendered.html, language=language
    )


class TestSmtpMailGateway:
    async def test_sends_a_multipart_message_with_text_and_html(self, relay: Relay) -> None:
        message_id = await relay.gateway.send(invitation())
        (received,) = relay.fake.received
        assert received.recipients == ["amina@example.org"]
        assert received.sender == "no-reply@watch.example"
        message = received.message
        assert message.get_content_type() == "multipart/alternative"
        text, html = list(message.iter_parts())
        assert text.get_content_type() == "text/plain"
        assert html.get_content_type() == "text/html"
        assert LINK in text.get_content() and LINK in html.get_content()
        assert message["Message-ID"] == message_id
        assert message_id.endswith("@watch.example>")

    async def test_headers_mark_it_automatic_and_the_subject_holds_no_secret(
        self, relay: Relay
    ) -> None:
        await relay.gateway.send(invitation())
        message = relay.fake.messages[0]
        assert message["Auto-Submitted"] == "auto-generated"
        assert message["From"] == SENDER and message["To"] == "amina@example.org"
        assert message["Subject"] == "Your Election Watch account"
        assert message["Date"] is not None
        for secret in (TOKEN, "Amina", "join"):
            assert secret not in message["Subject"]

    async def test_arabic_arrives_right_to_left_and_intact(self, relay: Relay) -> None:
        await relay.gateway.send(invitation("ar"))
        message = relay.fake.messages[0]
        text, html = list(message.iter_parts())
        assert '<html lang="ar" dir="rtl">' in html.get_content()
        assert "مرحبًا Amina" in text.get_content()
        assert message["Subject"] == "حسابك على Election Watch"
        assert message["Content-Language"] == "ar"

    async def test_logs_in_when_credentials_are_set(self) -> None:
        fake = FakeSmtp(credentials=("relay-user", "relay-pass"))
        async with smtp_server(fake) as port:
            gateway = SmtpMailGateway(
                host="127.0.0.1",
                port=port,
                sender=SENDER,
                username="relay-user",
                password="relay-pass",
                starttls=False,
            )
            await gateway.send(invitation())
        assert fake.logins == ["relay-user"] and len(fake.messages) == 1

    async def test_a_refused_login_is_transient_and_names_no_secret(self) -> None:
        fake = FakeSmtp(credentials=("relay-user", "relay-pass"))
        async with smtp_server(fake) as port:
            gateway = SmtpMailGateway(
                host="127.0.0.1",
                port=port,
                sender=SENDER,
                username="relay-user",
                password="wrong-pass",
                starttls=False,
            )
            with pytest.raises(TransientMailFailure) as failed:
                await gateway.send(invitation())
        assert "wrong-pass" not in failed.value.summary and fake.messages == []

    async def test_a_recipient_refused_with_5xx_is_permanent(self, relay: Relay) -> None:
        relay.fake.refuse_recipients = "550 5.1.1 <amina@example.org>: no such user"
        with pytest.raises(PermanentMailFailure) as failed:
            await relay.gateway.send(invitation())
        assert failed.value.summary == "smtp 550 recipient refused"
        assert relay.fake.messages == []

    async def test_a_recipient_refused_with_4xx_is_transient(self, relay: Relay) -> None:
        relay.fake.refuse_recipients = "450 4.2.1 <amina@example.org>: try again later"
        with pytest.raises(TransientMailFailure) as failed:
            await relay.gateway.send(invitation())
        assert failed.value.summary == "smtp 450 recipient refused"
        assert "amina" not in failed.value.summary

    async def test_a_relay_that_is_down_is_transient(self) -> None:
        gateway = SmtpMailGateway(
            host="127.0.0.1", port=free_port(), sender=SENDER, starttls=False, timeout=5
        )
        with pytest.raises(TransientMailFailure) as failed:
            await gateway.send(invitation())
        assert failed.value.summary.startswith("connection: ")
