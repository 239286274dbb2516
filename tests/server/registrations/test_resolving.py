"""Registration ids a caller names: one resolver, and missing for whoever may not use them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.db import Database
from server.kit.errors import NotFound
from server.registrations import service, waitlist
from server.registrations.models import Registration, RegistrationStatus
from tests.server.registrations.conftest import NOW, Member, Setup, make_event, outbox
from tests.server.registrations.test_register import register

Operation = Callable[[AsyncSession, Principal, int], Awaitable[Registration]]

OPERATIONS: dict[str, Operation] = {
    "cancel": lambda s, p, i: service.cancel_registration(
        s, principal=p, registration_id=i, now=NOW, outbox=outbox()
    ),
    "accept_offer": lambda s, p, i: waitlist.accept_offer(
        s, principal=p, registration_id=i, now=NOW
    ),
    "decline_offer": lambda s, p, i: waitlist.decline_offer(
        s, principal=p, registration_id=i, now=NOW, outbox=outbox()
    ),
    "check_in": lambda s, p, i: service.check_in(s, principal=p, registration_id=i, now=NOW),
}


async def answer(db: Database, member: Member, name: str, registration_id: int) -> str:
    with pytest.raises(NotFound) as raised:
        async with db.transaction() as session:
            await OPERATIONS[name](session, member.principal, registration_id)
    return f"{type(raised.value).__name__}: {raised.value}"


async def offered(db: Database, setup: Setup) -> Registration:
    """Attendee 2's offered seat, after attendee 1 gave up the only seat."""
    event = await make_event(db, setup.host, capacity=1)
    seat = await register(db, setup.attendees[0], event)
    waiting = await register(db, setup.attendees[1], event)
    async with db.transaction() as session:
        assert seat.id is not None
        await service.cancel_registration(
            session,
            principal=setup.attendees[0].principal,
            registration_id=seat.id,
            now=NOW,
            outbox=outbox(),
        )
        row = await session.get(Registration, waiting.id)
    assert row is not None and row.status is RegistrationStatus.OFFERED
    return row


class TestNamingARegistration:
    """Issue 7, deliverable 1 (registrations): every registration id is resolved by
    waitlist.locked_registration, and one the caller may not use answers like a missing one."""

    @pytest.mark.parametrize("name", sorted(OPERATIONS))
    async def test_someone_elses_registration_answers_like_a_missing_one(
        self, db: Database, setup: Setup, name: str
    ) -> None:
        row = await offered(db, setup)
        assert row.id is not None
        missing = await answer(db, setup.attendees[2], name, 999_999)
        for stranger in (setup.attendees[2], setup.outsider):
            assert await answer(db, stranger, name, row.id) == missing
        async with db.read() as session:
            after = await session.get(Registration, row.id)
        assert after is not None and after.status is RegistrationStatus.OFFERED

    async def test_checking_oneself_in_answers_like_a_missing_registration(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        seat = await register(db, setup.attendees[0], event)
        assert seat.id is not None
        missing = await answer(db, setup.attendees[0], "check_in", 999_999)
        assert await answer(db, setup.attendees[0], "check_in", seat.id) == missing
