"""The database itself refuses two sessions in one room at once, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError

from server.db import Database
from server.events.models import Event, EventKind, ProgrammeSession, Room, SessionKind, Venue
from server.orgs.models import Organization, OrganizationKind

NINE = datetime(2026, 3, 29, 7, 0, tzinfo=UTC)


async def _event_with_rooms(db: Database) -> tuple[int, int, int]:
    async with db.transaction() as session:
        org = Organization(name="Host", slug="host", kind=OrganizationKind.MEMBER)
        session.add(org)
        await session.flush()
        assert org.id is not None
        venue = Venue(organization_id=org.id, name="Hall", city="Berlin", country="DE")
        session.add(venue)
        await session.flush()
        assert venue.id is not None
        rooms = [Room(venue_id=venue.id, name=n, capacity=50) for n in ("A", "B")]
        session.add_all(rooms)
        event = Event(
            uid="test-event@pluralis",
            host_organization_id=org.id,
            kind=EventKind.CONFERENCE,
            title="Forum",
            time_zone="Europe/Berlin",
            starts_at=NINE,
            ends_at=NINE + timedelta(hours=8),
            venue_id=venue.id,
        )
        session.add(event)
        await session.flush()
        assert event.id is not None and rooms[0].id is not None and rooms[1].id is not None
        return event.id, rooms[0].id, rooms[1].id


def _slot(event_id: int, room_id: int, start: datetime, hours: float = 1) -> ProgrammeSession:
    return ProgrammeSession(
        event_id=event_id,
        kind=SessionKind.PANEL,
        title="Panel",
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        room_id=room_id,
    )


class TestRoomDoubleBooking:
    async def test_an_overlapping_session_in_the_same_room_is_refused(self, db: Database) -> None:
        event, room_a, _ = await _event_with_rooms(db)
        async with db.transaction() as session:
            session.add(_slot(event, room_a, NINE, hours=2))
        with pytest.raises((IntegrityError, DBAPIError), match="no_room_double_booking"):
            async with db.transaction() as session:
                session.add(_slot(event, room_a, NINE + timedelta(minutes=90)))

    async def test_moving_a_session_onto_another_is_refused(self, db: Database) -> None:
        event, room_a, room_b = await _event_with_rooms(db)
        async with db.transaction() as session:
            session.add(_slot(event, room_a, NINE))
            moving = _slot(event, room_b, NINE)
            session.add(moving)
        with pytest.raises((IntegrityError, DBAPIError), match="no_room_double_booking"):
            async with db.transaction() as session:
                row = await session.get(ProgrammeSession, moving.id)
                assert row is not None
                row.room_id = room_a

    async def test_back_to_back_sessions_and_other_rooms_are_fine(self, db: Database) -> None:
        event, room_a, room_b = await _event_with_rooms(db)
        async with db.transaction() as session:
            session.add(_slot(event, room_a, NINE))
            session.add(_slot(event, room_a, NINE + timedelta(hours=1)))  # starts as one ends
            session.add(_slot(event, room_b, NINE))
            roomless = _slot(event, room_a, NINE)
            roomless.room_id = None  # sessions without a room (online) never conflict
            session.add(roomless)
