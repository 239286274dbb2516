"""SMS sign-in codes at the service level: expiry with a controlled clock, and the same
statements for known and unknown numbers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from server.accounts import codes, service
from server.accounts.models import SignInCode
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn
from server.db import Database
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.orgs.models import Role
from tests.schema.conftest import make_account, make_org, make_person
from tests.sqlcount import count_statements

POLICY = SignInPolicy(secret=b"k" * 32)
KNOWN = "+254712000004"
UNKNOWN = "+254712000099"
# Any instant works; these cross a month end and a year end.
NOWS = [datetime(2027, 1, 31, 23, 55, tzinfo=UTC), datetime(2027, 12, 31, 23, 59, tzinfo=UTC)]


@pytest.fixture
async def observer(db: Database) -> int:
    org = await make_org(db, "Kenya Forum", country="KE")
    person = await make_person(
        db, org_id=org, role=Role.OBSERVER, name="Obi", email="obi@example.org", phones=[KNOWN]
    )
    return await make_account(db, email="obi@example.org", person_id=person)


async def request(db: Database, phone: str, now: datetime) -> None:
    async with db.transaction() as session:
        await codes.request_sign_in_code(
            session, outbox=Outbox(gateway="outbox"), policy=POLICY, e164=phone, now=now
        )


async def last_code(db: Database) -> str:
    async with db.read() as session:
        message = (
            await session.exec(select(OutboundMessage).order_by(col(OutboundMessage.id).desc()))
        ).first()
    assert message is not None
    found = re.search(r"\d{6}", message.body)
    assert found
    return found.group(0)


async def check(db: Database, phone: str, code: str, now: datetime) -> object:
    async with db.transaction() as session:
        return await codes.sign_in_with_code(
            session, policy=POLICY, e164=phone, code=code, user_agent="test", now=now
        )


class TestCodeExpiry:
    @pytest.mark.parametrize("now", NOWS)
    async def test_a_code_works_for_ten_minutes_and_not_after(
        self, db: Database, observer: int, now: datetime
    ) -> None:
        await request(db, KNOWN, now)
        code = await last_code(db)
        late = await check(db, KNOWN, code, now + timedelta(minutes=10))
        assert late is None
        await request(db, KNOWN, now)
        code = await last_code(db)
        in_time = await check(db, KNOWN, code, now + timedelta(minutes=9, seconds=59))
        assert isinstance(in_time, SignedIn)
        assert in_time.user.id == observer
        assert in_time.expires_at == now + timedelta(minutes=9, seconds=59) + POLICY.sms_session_ttl


class TestSameWorkForUnknownNumbers:
    async def test_known_and_unknown_numbers_cost_the_same_statements(
        self, db: Database, observer: int
    ) -> None:
        now = NOWS[0]
        counts = []
        for phone in (KNOWN, UNKNOWN, KNOWN, UNKNOWN):
            with count_statements(db.engine) as log:
                await request(db, phone, now)
            counts.append(log.count)
        # Two lookups, the code replaced, and the three statements of queuing a message (for an
        # unknown number the last one writes nothing).
        assert counts == [6, 6, 6, 6]
        async with db.read() as session:
            sent = (await session.exec(select(OutboundMessage.to))).all()
        assert list(sent) == [KNOWN, KNOWN]


class TestPruning:
    async def test_expired_codes_are_pruned_with_the_sessions(
        self, db: Database, observer: int
    ) -> None:
        now = NOWS[1]
        await request(db, KNOWN, now)
        await request(db, UNKNOWN, now + timedelta(minutes=5))
        async with db.transaction() as session:
            await service.prune_expired_sessions(session, now=now + timedelta(minutes=12))
        async with db.read() as session:
            left = await session.scalar(select(func.count()).select_from(SignInCode))
        assert left == 1
