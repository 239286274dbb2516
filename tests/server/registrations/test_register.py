"""Registering: seats, the waitlist, idempotency, access, and the race for the last seat."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import Database
from server.events.models import EventStatus, Visibility
from server.kit.errors import Forbidden, InvalidInput, NotFound
from server.registrations import service, waitlist
from server.registrations.models import Registration, RegistrationStatus
from tests.server.registrations.conftest import (
    NOW,
    Member,
    Setup,
    make_event,
    make_session,
    outbox,
    registration_count,
    statuses,
)

R, W = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED


async def register(db: Database, member: Member, event_id: int, **kwargs: object) -> Registration:
    async with db.transaction() as session:
        return await service.register(
            session,
            principal=member.principal,
            event_id=event_id,
            now=NOW,
            outbox=outbox(),
            **kwargs,  # type: ignore[arg-type]
        )


class TestRegister:
    async def test_seats_are_given_until_capacity_then_people_are_waitlisted(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=2)
        results = [await register(db, m, event) for m in setup.attendees[:3]]
        assert [r.status for r in results] == [R, R, W]
        assert results[2].waitlisted_at == NOW
        assert results[0].waitlisted_at is None

    async def test_without_capacity_everyone_gets_a_seat(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, capacity=None)
        for member in setup.attendees:
            await register(db, member, event)
        assert set((await statuses(db, event)).values()) == {R}

    async def test_registering_twice_returns_the_same_registration(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=1)
        first = await register(db, setup.attendees[0], event)
        again = await register(db, setup.attendees[0], event)
        assert again.id == first.id and again.status is R
        assert await registration_count(db) == 1

    async def test_registering_after_cancelling_reactivates_the_row(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=1)
        first = await register(db, setup.attendees[0], event)
        assert first.id is not None
        async with db.transaction() as session:
            await service.cancel_registration(
                session,
                principal=setup.attendees[0].principal,
                registration_id=first.id,
                now=NOW,
                outbox=outbox(),
            )
        again = await register(db, setup.attendees[0], event)
        assert (again.id, again.status, again.cancelled_at) == (first.id, R, None)
        assert await registration_count(db) == 1

    async def test_a_session_uses_its_own_capacity_and_scope(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=None)
        workshop = await make_session(db, event, capacity=1)
        a = await register(db, setup.attendees[0], event, session_id=workshop)
        b = await register(db, setup.attendees[1], event, session_id=workshop)
        whole = await register(db, setup.attendees[1], event)
        assert (a.status, a.scope, a.session_id) == (R, workshop, workshop)
        assert b.status is W
        assert (whole.status, whole.scope) == (R, 0)

    async def test_a_session_of_another_event_is_refused(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        other = await make_event(db, setup.host, title="Other")
        workshop = await make_session(db, other, capacity=None)
        with pytest.raises(InvalidInput) as raised:
            await register(db, setup.attendees[0], event, session_id=workshop)
        assert [(p.field, p.code) for p in raised.value.problems] == [("sessionId", "not_found")]

    @pytest.mark.parametrize("status", [EventStatus.POSTPONED, EventStatus.CANCELLED])
    async def test_only_published_events_take_registrations(
        self, db: Database, setup: Setup, status: EventStatus
    ) -> None:
        event = await make_event(db, setup.host, status=status)
        with pytest.raises(InvalidInput) as raised:
            await register(db, setup.attendees[0], event)
        assert [(p.field, p.code) for p in raised.value.problems] == [("eventId", "not_published")]

    async def test_a_draft_is_not_found_by_attendees(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, status=EventStatus.DRAFT)
        with pytest.raises(NotFound):
            await register(db, setup.attendees[0], event)

    async def test_only_managers_register_other_people(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        target = setup.attendees[1].person_id
        with pytest.raises(Forbidden):
            await register(db, setup.attendees[0], event, person_id=target)
        registration = await register(db, setup.organizer, event, person_id=target)
        assert registration.person_id == target
        assert registration.registered_by_id == setup.organizer.principal.user_id

    async def test_invite_only_events_need_an_invitation_unless_a_manager_registers(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        with pytest.raises(NotFound):
            await register(db, setup.attendees[0], event)
        await register(db, setup.organizer, event, person_id=setup.attendees[0].person_id)
        # Once placed by a manager, registering again is the idempotent answer.
        again = await register(db, setup.attendees[0], event)
        assert again.status is R


@pytest.fixture
def slow_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widen the window between counting seats and taking one, so the race really happens:
    without the event lock, both transactions would count before either inserts."""
    count = waitlist.seats_held

    async def slow(session: AsyncSession, *, event_id: int, scope: int) -> int:
        held = await count(session, event_id=event_id, scope=scope)
        await asyncio.sleep(0.1)
        return held

    monkeypatch.setattr(service, "seats_held", slow)


@pytest.mark.usefixtures("slow_count")
class TestLastSeatRace:
    async def test_two_simultaneous_registrations_get_one_seat_and_one_waitlist_place(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=2)
        await register(db, setup.attendees[0], event)
        # Two separate transactions on two connections, started together: without the event
        # lock both would count one held seat and both would take the last one.
        a, b = await asyncio.gather(
            register(db, setup.attendees[1], event), register(db, setup.attendees[2], event)
        )
        assert sorted([a.status, b.status]) == sorted([R, W])
        counts = list((await statuses(db, event)).values())
        assert counts.count(R) == 2 and counts.count(W) == 1

    async def test_many_at_once_never_exceed_capacity(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, capacity=1)
        results = await asyncio.gather(*(register(db, m, event) for m in setup.attendees))
        assert [r.status for r in results].count(R) == 1
        waitlisted = sorted((r for r in results if r.status is W), key=lambda r: r.id or 0)
        assert all(r.waitlisted_at == NOW for r in waitlisted)

    async def test_the_same_person_twice_at_once_gets_one_row(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=5)
        a, b = await asyncio.gather(
            register(db, setup.attendees[0], event), register(db, setup.attendees[0], event)
        )
        assert a.id == b.id
        assert await registration_count(db) == 1
