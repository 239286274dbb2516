"""Outbound SMS: the outbox in the embedded default, Twilio's API in production."""

from __future__ import annotations

import pytest
from sqlmodel import select
from twilio.base.exceptions import TwilioRestException

from server.db import Database
from server.jobs.registry import FUNCTIONS
from server.messaging import service
from server.messaging.gateway import OutboxGateway, TwilioGateway
from server.messaging.models import OutboundMessage
from server.runtime import job_context
from server.settings import Settings
from tests.fakes.server import serve
from tests.fakes.twilio import BLOCKED_RECIPIENT, FakeTwilio


class TestSendSms:
    async def test_the_outbox_records_the_message(self, db: Database) -> None:
        async with db.transaction() as session:
            message = await service.send_sms(
                session,
                gateway=OutboxGateway(),
                to="+254712345678",
                body="Hi",
                idempotency_key="k1",
            )
        assert message.gateway == "outbox"
        assert message.provider_id and message.sent_at is not None

    async def test_a_retried_job_sends_once(self, db: Database, settings: Settings) -> None:
        ctx = job_context(db, OutboxGateway(), settings)
        # arq may run a job twice (after a worker is killed); the idempotency key holds.
        first = await FUNCTIONS["send_sms"](ctx, "+254712345678", "Hello", "checkin:1:7")
        second = await FUNCTIONS["send_sms"](ctx, "+254712345678", "Hello", "checkin:1:7")
        assert first == second
        async with db.read() as session:
            assert len((await session.exec(select(OutboundMessage))).all()) == 1


class TestTwilioGateway:
    async def test_sends_through_the_real_client_to_twilios_api(self) -> None:
        fake = FakeTwilio()
        async with serve(fake.app()) as url:
            gateway = TwilioGateway(
                account_sid=fake.account_sid,
                auth_token=fake.auth_token,
                from_number="+15005550006",
                base_url=url,
            )
            try:
                sent = await gateway.send(
                    to="+254712345678",
                    body="Check-in: reply OK",
                    status_callback="https://pluralis.example/webhooks/twilio/status",
                )
            finally:
                await gateway.close()
        assert sent.provider_id.startswith("SM") and sent.status == "queued"
        assert fake.messages[0]["to"] == "+254712345678"
        assert fake.messages[0]["from"] == "+15005550006"
        assert fake.messages[0]["status_callback"].endswith("/webhooks/twilio/status")

    async def test_an_opted_out_recipient_raises_twilios_error_code(self) -> None:
        fake = FakeTwilio()
        async with serve(fake.app()) as url:
            gateway = TwilioGateway(
                account_sid=fake.account_sid,
                auth_token=fake.auth_token,
                messaging_service_sid="MG" + "1" * 32,
                base_url=url,
            )
            try:
                with pytest.raises(TwilioRestException) as raised:
                    await gateway.send(to=BLOCKED_RECIPIENT, body="x")
            finally:
                await gateway.close()
        assert raised.value.code == 21610
