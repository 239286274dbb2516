"""Password reset at the service: one answer for everyone, single use, short life, sessions end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from server.accounts import passwords, reset
from server.accounts.models import AuthSession, PasswordReset, User
from server.db import Database
from server.kit.errors import InvalidInput, RateLimited
from server.kit.ratelimit import MemoryRateLimiter
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.orgs.models import Role
from tests.schema.conftest import issue_session, make_account, make_org, make_person

TTL = timedelta(minutes=30)
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "violet harbour lantern 59"


@dataclass(frozen=True)
class Setup:
    user_id: int
    person_id: int


@pytest.fixture
async def setup(db: Database) -> Setup:
    org = await make_org(db, "Kenya Forum")
    person = await make_person(
        db,
        org_id=org,
        role=Role.OBSERVER,
        name="Obi Observer",
        email="obi@example.org",
        phones=["+254712000004"],
    )
    user = await make_account(db, email="obi@example.org", person_id=person)
    return Setup(user_id=user, person_id=person)


async def request(
    db: Database,
    *,
    email: str | None = None,
    phone: str | None = None,
    now: datetime = NOW,
    throttle: reset.ResetThrottle | None = None,
) -> Outbox:
    outbox = Outbox(gateway="outbox")
    async with db.transaction() as session:
        await reset.request_password_reset(
            session, outbox=outbox, email=email, phone=phone, ttl=TTL, now=now, throttle=throttle
        )
    return outbox


async def token_from(db: Database, outbox: Outbox) -> str:
    async with db.read() as session:
        if outbox.email_ids:
            email = await session.get(OutboundEmail, outbox.email_ids[-1])
            assert email is not None
            text = email.text_body
        else:
            message = await session.get(OutboundMessage, outbox.message_ids[-1])
            assert message is not None
            text = message.body
    found = re.search(r"/reset-password/(plr_[A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


async def use(db: Database, token: str, *, now: datetime = NOW) -> User:
    async with db.transaction() as session:
        return await reset.reset_password(session, token=token, password=NEW_PASSWORD, now=now)


def codes(error: InvalidInput) -> list[str]:
    return [p.code for p in error.problems]


class TestRequestPasswordReset:
    async def test_a_known_email_gets_a_link(self, db: Database, setup: Setup) -> None:
        outbox = await request(db, email=" OBI@example.org ")
        token = await token_from(db, outbox)
        async with db.read() as session:
            email = (await session.exec(select(OutboundEmail))).one()
        assert email.to == "obi@example.org"
        assert token not in email.subject

    async def test_a_known_number_gets_a_link_by_sms(self, db: Database, setup: Setup) -> None:
        outbox = await request(db, phone="+254 712 000004")
        assert outbox.email_ids == [] and len(outbox.message_ids) == 1
        await token_from(db, outbox)

    async def test_unknown_addresses_store_and_send_nothing(
        self, db: Database, setup: Setup
    ) -> None:
        for email, phone in (("nobody@example.org", None), (None, "+254712999999")):
            outbox = await request(db, email=email, phone=phone)
            assert outbox.email_ids == [] and outbox.message_ids == []
        async with db.read() as session:
            assert (await session.exec(select(PasswordReset))).all() == []

    async def test_a_deactivated_account_gets_nothing(self, db: Database, setup: Setup) -> None:
        async with db.transaction() as session:
            user = await session.get(User, setup.user_id)
            assert user is not None
            user.is_active = False
        outbox = await request(db, email="obi@example.org")
        assert outbox.email_ids == []

    async def test_a_malformed_number_or_nothing_at_all_is_a_field_error(
        self, db: Database, setup: Setup
    ) -> None:
        with pytest.raises(InvalidInput) as bad:
            await request(db, phone="12")
        assert [p.field for p in bad.value.problems] == ["phone"]
        with pytest.raises(InvalidInput) as empty:
            await request(db)
        assert codes(empty.value) == ["required"]

    async def test_over_its_limit_an_address_is_dropped_silently(
        self, db: Database, setup: Setup
    ) -> None:
        throttle = reset.ResetThrottle(
            limiter=MemoryRateLimiter(clock=lambda: 1_800_000_000.0),
            per_identifier=2,
            per_client=100,
            window_seconds=3600,
            secret=b"k" * 32,
            client="10.0.0.1",
        )
        sent = [await request(db, email="obi@example.org", throttle=throttle) for _ in range(3)]
        assert [len(o.email_ids) for o in sent] == [1, 1, 0]

    async def test_over_its_limit_a_client_is_told_to_wait(
        self, db: Database, setup: Setup
    ) -> None:
        throttle = reset.ResetThrottle(
            limiter=MemoryRateLimiter(clock=lambda: 1_800_000_000.0),
            per_identifier=100,
            per_client=2,
            window_seconds=3600,
            secret=b"k" * 32,
            client="10.0.0.1",
        )
        for n in range(2):
            await request(db, email=f"x{n}@example.org", throttle=throttle)
        with pytest.raises(RateLimited):
            await request(db, email="obi@example.org", throttle=throttle)


class TestResetPassword:
    async def test_a_reset_sets_the_password_and_ends_every_session(
        self, db: Database, setup: Setup
    ) -> None:
        await issue_session(db, setup.user_id)
        await issue_session(db, setup.user_id)
        token = await token_from(db, await request(db, email="obi@example.org"))
        user = await use(db, token)
        assert passwords.verify_password(user.password_hash, NEW_PASSWORD)
        async with db.read() as session:
            sessions = (await session.exec(select(AuthSession))).all()
        assert len(sessions) == 2 and all(s.revoked_at is not None for s in sessions)

    async def test_a_link_works_once(self, db: Database, setup: Setup) -> None:
        token = await token_from(db, await request(db, email="obi@example.org"))
        await use(db, token)
        with pytest.raises(InvalidInput) as refused:
            await use(db, token)
        assert codes(refused.value) == ["invalid_token"]

    async def test_a_link_expires_after_its_time(self, db: Database, setup: Setup) -> None:
        token = await token_from(db, await request(db, email="obi@example.org"))
        with pytest.raises(InvalidInput) as refused:
            await use(db, token, now=NOW + TTL)
        assert codes(refused.value) == ["invalid_token"]
        await use(db, token, now=NOW + TTL - timedelta(seconds=1))

    async def test_a_newer_request_invalidates_the_older_link(
        self, db: Database, setup: Setup
    ) -> None:
        old = await token_from(db, await request(db, email="obi@example.org"))
        new = await token_from(db, await request(db, phone="+254712000004"))
        with pytest.raises(InvalidInput):
            await use(db, old)
        await use(db, new)

    async def test_a_weak_password_is_refused_and_the_link_still_works(
        self, db: Database, setup: Setup
    ) -> None:
        token = await token_from(db, await request(db, email="obi@example.org"))
        with pytest.raises(InvalidInput) as refused:
            async with db.transaction() as session:
                await reset.reset_password(
                    session, token=token, password="obi@example.org1", now=NOW
                )
        assert codes(refused.value) == ["too_weak"]
        await use(db, token)

    async def test_a_deactivated_account_cannot_use_its_link(
        self, db: Database, setup: Setup
    ) -> None:
        token = await token_from(db, await request(db, email="obi@example.org"))
        async with db.transaction() as session:
            user = await session.get(User, setup.user_id)
            assert user is not None
            user.is_active = False
        with pytest.raises(InvalidInput):
            await use(db, token)
