"""Reading an event's programme: its sessions in order, with their rooms and people.

The batch readers serve the API's DataLoaders: one statement for any number of keys. They do
not check access: the loaders serve fields of events the resolver has already checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import get_visible_event
from server.events.models import Consent, ProgrammeSession, Room, SessionPerson, SessionRole
from server.kit.errors import NotFound
from server.orgs.models import Person, PersonRow


async def list_programme(
    session: AsyncSession, *, principal: Principal, event_id: int
) -> list[ProgrammeSession]:
    """An event's sessions in time order, then by room (sessions without a room last)."""
    await get_visible_event(session, principal=principal, event_id=event_id)
    rows = await session.exec(
        select(ProgrammeSession)
        .outerjoin(Room, col(Room.id) == col(ProgrammeSession.room_id))
        .where(col(ProgrammeSession.event_id) == event_id)
        .order_by(
            col(ProgrammeSession.starts_at),
            col(Room.name).is_(None),
            col(Room.name),
            col(ProgrammeSession.id),
        )
    )
    return list(rows.all())


async def get_session(
    session: AsyncSession, *, principal: Principal, session_id: int
) -> ProgrammeSession:
    """A session of an event the caller may see; NOT_FOUND otherwise."""
    row = await session.get(ProgrammeSession, session_id)
    try:
        if row is None:
            raise NotFound("No such session.")
        await get_visible_event(session, principal=principal, event_id=row.event_id)
    except NotFound:
        raise NotFound("No such session.") from None
    return row


# Batch readers used by the GraphQL DataLoaders: one statement for any number of keys. They do
# not check access: the loaders serve fields of events the resolver has already checked.


async def sessions_by_event(
    session: AsyncSession, *, event_ids: Sequence[int]
) -> dict[int, list[ProgrammeSession]]:
    rows = await session.exec(
        select(ProgrammeSession)
        .where(col(ProgrammeSession.event_id).in_(event_ids))
        .order_by(col(ProgrammeSession.starts_at), col(ProgrammeSession.id))
    )
    grouped: dict[int, list[ProgrammeSession]] = {i: [] for i in event_ids}
    for row in rows.all():
        grouped[row.event_id].append(row)
    return grouped


async def people_by_session(
    session: AsyncSession, *, session_ids: Sequence[int]
) -> dict[int, list[SessionPerson]]:
    """Speakers first, then moderators, each by name."""
    rows = await session.exec(
        select(SessionPerson)
        .join(Person, col(Person.id) == col(SessionPerson.person_id))
        .where(col(SessionPerson.session_id).in_(session_ids))
        .order_by(col(SessionPerson.role).desc(), col(Person.name), col(Person.id))
    )
    grouped: dict[int, list[SessionPerson]] = {i: [] for i in session_ids}
    for row in rows.all():
        grouped[row.session_id].append(row)
    return grouped


@dataclass(frozen=True)
class ProgrammeEntry:
    """A session with its room and people, read as plain rows for the API's lists.

    `session` has ProgrammeSession's columns; `room` is None or has id, name and capacity;
    `people` are (role, person row, answer) triples, speakers first, each role by name; people
    who declined are left out. Who may see a PENDING person is the API's to decide with
    `shown_people`.
    """

    session: Any
    room: Any | None
    people: list[tuple[SessionRole, PersonRow, Consent]]

    def shown_people(
        self, *, manager: bool, person_id: int | None
    ) -> list[tuple[SessionRole, PersonRow]]:
        """Accepted people for everyone; pending ones only for the event's managers and for
        the person asked."""
        return [
            (role, person)
            for role, person, status in self.people
            if status is Consent.ACCEPTED or manager or person.id == person_id
        ]


async def programme_entries(
    session: AsyncSession,
    *,
    event_ids: Sequence[int] = (),
    session_ids: Sequence[int] = (),
) -> dict[int, list[ProgrammeEntry]]:
    """The programmes of events (or the given sessions), by event id, in two statements.

    Rooms and people come with their sessions instead of through loaders of their own: a
    list of a thousand events holds thousands of sessions, and one batch per level keeps both
    the statement count and the API's per-field work flat.
    """
    scope = (
        col(ProgrammeSession.event_id).in_(event_ids)
        if event_ids
        else col(ProgrammeSession.id).in_(session_ids)
    )
    sessions: Sequence[Any] = (
        await session.exec(
            select(  # type: ignore[call-overload]
                *ProgrammeSession.__table__.columns,  # type: ignore[attr-defined]
                col(Room.name).label("room_name"),
                col(Room.capacity).label("room_capacity"),
            )
            .outerjoin(Room, col(Room.id) == col(ProgrammeSession.room_id))
            .where(scope)
            .order_by(col(ProgrammeSession.starts_at), col(ProgrammeSession.id))
        )
    ).all()
    people: Sequence[Any] = (
        await session.exec(
            select(  # type: ignore[call-overload]
                col(SessionPerson.session_id),
                col(SessionPerson.role),
                col(Person.id),
                col(Person.name),
                col(Person.email),
                col(Person.preferred_language),
                col(Person.time_zone),
                col(SessionPerson.status),
            )
            .join(Person, col(Person.id) == col(SessionPerson.person_id))
            .join(ProgrammeSession, col(ProgrammeSession.id) == col(SessionPerson.session_id))
            .where(scope, col(SessionPerson.status) != Consent.DECLINED)
            .order_by(col(SessionPerson.role).desc(), col(Person.name), col(Person.id))
        )
    ).all()
    by_session: dict[int, list[tuple[SessionRole, PersonRow, Consent]]] = {}
    for row in people:
        by_session.setdefault(row.session_id, []).append(
            (SessionRole(row.role), row, Consent(row.status))
        )
    grouped: dict[int, list[ProgrammeEntry]] = {i: [] for i in event_ids}
    for row in sessions:
        room = (
            None if row.room_id is None else _RoomRow(row.room_id, row.room_name, row.room_capacity)
        )
        entry = ProgrammeEntry(session=row, room=room, people=by_session.get(row.id, []))
        grouped.setdefault(row.event_id, []).append(entry)
    return grouped


@dataclass(frozen=True)
class _RoomRow:
    id: int
    name: str
    capacity: int | None
