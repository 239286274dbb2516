"""Outbound SMS: the outbox in the embedded default, Twilio's API in production."""

from __future__ import annotations

import pytest
from sqlmodel import select
from twilio.base.exceptions import TwilioRestException

from server.db import Database
from server.messaging import service
from server.messaging.gateway import OutboxGateway, PermanentFailure, TwilioGateway
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.runtime import job_context
from server.settings import Settings
from server.tasks import FUNCTIONS
from tests.fakes.server import serve
from tests.fakes.twilio import BLOCKED_RECIPIENT, FakeTwilio


class TestSendSms:
    async def _queue(self, db: Database, key: str = "k1") -> int:
        async with db.transaction() as session:
            message = await service.queue_sms(
                session,
                to="+254712345678",
                body="Hi",
                idempotency_key=key,
                outbox=Outbox(gateway="outbox"),
            )
        assert message.id is not None
        return message.id

    async def test_queueing_twice_with_one_key_stores_one_message(self, db: Database) -> None:
        assert await self._queue(db) == await self._queue(db)
        async with db.read() as session:
            assert len((await session.exec(select(OutboundMessage))).all()) == 1

    async def test_the_outbox_records_the_delivery(self, db: Database, settings: Settings) -> None:
        message_id = await self._queue(db)
        provider_id = await FUNCTIONS["send_sms"](
            job_context(db, OutboxGateway(), settings), message_id
        )
        async with db.read() as session:
            message = await session.get(OutboundMessage, message_id)
        assert message is not None and message.provider_id == provider_id
        assert message.gateway == "outbox" and message.sent_at is not None

    async def test_a_job_run_twice_sends_once(self, db: Database, settings: Settings) -> None:
        fake = FakeTwilio()
        async with serve(fake.app()) as url:
            gateway = TwilioGateway(
                account_sid=fake.account_sid,
                auth_token=fake.auth_token,
                from_number="+15005550006",
                base_url=url,
            )
            ctx = job_context(db, gateway, settings)
            message_id = await self._queue(db, "checkin:1:7")
            try:
                # arq may run a job twice (after a worker is killed); the row's state holds.
                first = await FUNCTIONS["send_sms"](ctx, message_id)
                second = await FUNCTIONS["send_sms"](ctx, message_id)
            finally:
                await gateway.close()
        assert first == second
        assert len(fake.messages) == 1


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

    async def test_an_opted_out_recipient_is_a_permanent_failure_marking_the_number(
        self,
    ) -> None:
        fake = FakeTwilio()
        async with serve(fake.app()) as url:
            gateway = TwilioGateway(
                account_sid=fake.account_sid,
                auth_token=fake.auth_token,
                messaging_service_sid="MG" + "1" * 32,
                base_url=url,
            )
            try:
                with pytest.raises(PermanentFailure) as raised:
                    await gateway.send(to=BLOCKED_RECIPIENT, body="x")
            finally:
                await gateway.close()
        assert (raised.value.code, raised.value.mark) == (21610, "opted_out")
        # The real client raised Twilio's own exception, which the gateway translated.
        assert isinstance(raised.value.__cause__, TwilioRestException)
