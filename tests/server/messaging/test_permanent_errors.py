"""Permanent provider refusals are recorded, never retried, and mark the number."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from server.db import Database, utcnow
from server.messaging import service
from server.messaging.gateway import TwilioGateway
from server.messaging.models import NumberMark, OutboundMessage
from server.messaging.outbox import Outbox
from server.messaging.tasks import resend_unsent_sms, send_sms
from server.runtime import job_context
from server.settings import Settings
from tests.fakes.server import serve
from tests.fakes.twilio import FakeTwilio

NUMBER = "+254712000321"


@dataclass
class Twilio:
    fake: FakeTwilio
    ctx: dict[str, object]


@pytest.fixture
async def twilio(db: Database, settings: Settings) -> AsyncIterator[Twilio]:
    """The real twilio client, talking to the loopback fake."""
    fake = FakeTwilio()
    async with serve(fake.app()) as url:
        gateway = TwilioGateway(
            account_sid=fake.account_sid,
            auth_token=fake.auth_token,
            from_number="+15005550006",
            base_url=url,
        )
        try:
            yield Twilio(fake, job_context(db, gateway, settings))
        finally:
            await gateway.close()


async def queued(db: Database, key: str, *, to: str = NUMBER, minutes_ago: int = 0) -> int:
    async with db.transaction() as session:
        message = await service.queue_sms(
            session, outbox=Outbox(gateway="twilio"), to=to, body=key, idempotency_key=key
        )
        message.created_at = utcnow() - timedelta(minutes=minutes_ago)
    assert message.id is not None
    return message.id


async def message(db: Database, message_id: int) -> OutboundMessage:
    async with db.read() as session:
        row = await session.get(OutboundMessage, message_id)
    assert row is not None
    return row


async def mark(db: Database, number: str = NUMBER) -> NumberMark | None:
    async with db.read() as session:
        return await session.get(NumberMark, number)


class TestPermanentProviderErrors:
    """Issue 7, finding 14: a Twilio 21610 was retried for six hours, error_code never set."""

    @pytest.mark.parametrize(
        ("code", "reason"),
        [(21610, "opted_out"), (21211, "invalid"), (21614, "invalid"), (21408, None)],
    )
    async def test_a_refusal_is_recorded_as_failed_and_never_sent_again(
        self, db: Database, twilio: Twilio, code: int, reason: str | None
    ) -> None:
        twilio.fake.refuse(NUMBER, code)
        # Stored ten minutes ago: old enough for the resend sweep to look at it.
        message_id = await queued(db, "offer:1", minutes_ago=10)

        # The job succeeds (arq must not retry it) and records the provider's code.
        assert await send_sms(twilio.ctx, message_id) is None
        failed = await message(db, message_id)
        assert (failed.status, failed.error_code, failed.provider_id) == ("failed", str(code), None)

        # Neither the job run again nor the resend sweep goes back to Twilio.
        assert await send_sms(twilio.ctx, message_id) is None
        assert await resend_unsent_sms(twilio.ctx) == 0
        assert twilio.fake.attempts == [NUMBER]

        number_mark = await mark(db)
        if reason is None:
            # 21408 concerns our account's permissions, not the number: it stays usable.
            assert number_mark is None
        else:
            assert number_mark is not None
            assert (number_mark.reason, number_mark.error_code) == (reason, str(code))

    async def test_later_messages_to_a_marked_number_fail_at_once_without_sending(
        self, db: Database, twilio: Twilio
    ) -> None:
        twilio.fake.refuse(NUMBER, 21610)
        await send_sms(twilio.ctx, await queued(db, "offer:1"))
        outbox = Outbox(gateway="twilio")
        async with db.transaction() as session:
            later = await service.queue_sms(
                session, outbox=outbox, to=NUMBER, body="again", idempotency_key="offer:2"
            )
        assert (later.status, later.error_code) == ("failed", "21610")
        # Not handed to the queue at all; and a send job for it would not call Twilio.
        assert outbox.message_ids == []
        assert later.id is not None
        await send_sms(twilio.ctx, later.id)
        assert twilio.fake.attempts == [NUMBER]

    async def test_a_message_stored_before_the_mark_is_not_sent_after_it(
        self, db: Database, twilio: Twilio
    ) -> None:
        twilio.fake.refuse(NUMBER, 21211)
        first, second = await queued(db, "a"), await queued(db, "b")
        await send_sms(twilio.ctx, first)
        await send_sms(twilio.ctx, second)
        assert (await message(db, second)).error_code == "21211"
        assert twilio.fake.attempts == [NUMBER]

    async def test_a_transient_error_leaves_the_message_for_a_retry(
        self, db: Database, twilio: Twilio
    ) -> None:
        twilio.fake.refuse(NUMBER, 20429)
        message_id = await queued(db, "offer:1", minutes_ago=10)
        with pytest.raises(Exception, match="Too Many Requests"):
            await send_sms(twilio.ctx, message_id)
        assert (await message(db, message_id)).status == "queued"
        assert await mark(db) is None

        # Once Twilio accepts again, the sweep sends it.
        del twilio.fake.refusals[NUMBER]
        assert await resend_unsent_sms(twilio.ctx) == 1
        sent = await message(db, message_id)
        assert sent.provider_id is not None and sent.error_code is None

    async def test_two_failures_for_one_number_keep_the_first_mark(self, db: Database) -> None:
        async with db.transaction() as session:
            await service.mark_number(session, e164=NUMBER, reason="opted_out", error_code="21610")
        async with db.transaction() as session:
            await service.mark_number(session, e164=NUMBER, reason="invalid", error_code="21211")
        number_mark = await mark(db)
        assert number_mark is not None and number_mark.error_code == "21610"
