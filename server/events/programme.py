"""An event's programme: its sessions, their rooms and people, and the clashes between them.

A room can never hold two sessions at once: that is refused, and the database itself decides
when two organizers save at the same moment. Everything else that looks wrong (a speaker in
two places, a session outside the event, more seats than the room has) is a warning: it is
shown beside the saved session, because organizers often fix such things in a later step.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import get_managed_event
from server.events.conflicts import (
    Warning,
    own_warnings,
    speaker_clashes,
)
from server.events.consent import person_status
from server.events.inputs import pick
from server.events.models import (
    Consent,
    Event,
    ProgrammeSession,
    Room,
    SessionPerson,
    SessionRole,
)
from server.events.programme_reads import ProgrammeEntry as ProgrammeEntry
from server.events.programme_reads import get_session as get_session
from server.events.programme_reads import list_programme as list_programme
from server.events.programme_reads import people_by_session as people_by_session
from server.events.programme_reads import programme_entries as programme_entries
from server.events.programme_reads import sessions_by_event as sessions_by_event
from server.events.session_checks import Checked, room_clash, validate
from server.events.session_checks import SessionChanges as SessionChanges
from server.events.session_checks import SessionInput as SessionInput
from server.events.venues import savepoint
from server.kit.errors import FieldProblem, InvalidInput, NotFound

ROOM_CONSTRAINT = "no_room_double_booking"
DEADLOCK = "40P01"  # SQLSTATE deadlock_detected


@dataclass(frozen=True)
class SessionResult:
    session: ProgrammeSession
    warnings: list[Warning]


# --- writing -------------------------------------------------------------------------------


def _apply(row: ProgrammeSession, checked: Checked) -> None:
    row.kind = checked.kind
    row.title = checked.title
    row.description = checked.description
    row.starts_at = checked.starts_at
    row.ends_at = checked.ends_at
    row.room_id = None if checked.room is None else checked.room.id
    row.track = checked.track
    row.capacity = checked.capacity


async def _write_session(
    session: AsyncSession, *, principal: Principal, row: ProgrammeSession, checked: Checked
) -> None:
    """Save the row and its people; a room taken meanwhile becomes a field error.

    The check in `_validate` gives the friendly message; the exclusion constraint (a trigger
    on SQLite) is what holds when two organizers book the room at the same instant, so its
    refusal is caught here, inside a savepoint that keeps the caller's transaction usable.
    """
    # Read before the savepoint: a rollback to it expires the row, and reloading an expired
    # attribute is not possible from async code.
    session_id = row.id
    answered = await _answers(session, session_id)
    try:
        async with savepoint(session):
            _apply(row, checked)
            session.add(row)
            await session.flush()
            assert row.id is not None
            await session.exec(delete(SessionPerson).where(col(SessionPerson.session_id) == row.id))
            # Someone already on the session keeps their answer; someone new is asked.
            session.add_all(
                SessionPerson(
                    session_id=row.id,
                    person_id=person_id,
                    role=role,
                    status=answered.get((person_id, role)) or person_status(principal, person_id),
                )
                for role, people in (
                    (SessionRole.SPEAKER, checked.speakers),
                    (SessionRole.MODERATOR, checked.moderators),
                )
                for person_id in people
            )
            await session.flush()
    except DBAPIError as error:
        if not _room_refused(error) or checked.room is None:
            raise
        message = await room_clash(
            session,
            principal=principal,
            room=checked.room,
            starts_at=checked.starts_at,
            ends_at=checked.ends_at,
            session_id=session_id,
        )
        raise InvalidInput(
            [
                FieldProblem(
                    "roomId",
                    message or f"{checked.room.name} was just booked for that time.",
                    "room_taken",
                )
            ]
        ) from error


def _room_refused(error: DBAPIError) -> bool:
    """The room's constraint refused the row. Two organizers booking it at the same instant
    each insert their row, then look for a clash, find the other's and wait for it: Postgres
    ends that deadlock by failing one of them (execIndexing.c, "Exclusion Constraints"),
    which is the constraint's refusal by another name."""
    return ROOM_CONSTRAINT in str(error) or getattr(error.orig, "sqlstate", None) == DEADLOCK


async def _answers(
    session: AsyncSession, session_id: int | None
) -> dict[tuple[int, SessionRole], Consent]:
    if session_id is None:
        return {}
    rows = await session.exec(
        select(SessionPerson.person_id, SessionPerson.role, SessionPerson.status).where(
            SessionPerson.session_id == session_id
        )
    )
    return {(p, SessionRole(r)): Consent(c) for p, r, c in rows.all()}


async def add_session(
    session: AsyncSession, *, principal: Principal, event_id: int, data: SessionInput
) -> SessionResult:
    """Add a session to an event's programme (its host and co-host organizers)."""
    event = await get_managed_event(session, principal=principal, event_id=event_id)
    checked = await validate(session, principal=principal, event=event, data=data)
    row = ProgrammeSession(
        event_id=event_id,
        kind=checked.kind,
        title=checked.title,
        starts_at=checked.starts_at,
        ends_at=checked.ends_at,
    )
    await _write_session(session, principal=principal, row=row, checked=checked)
    return SessionResult(row, await _session_warnings(session, principal, event, row, checked))


async def _managed_session(
    session: AsyncSession, *, principal: Principal, session_id: int
) -> tuple[ProgrammeSession, Event]:
    row = await session.get(ProgrammeSession, session_id)
    try:
        if row is None:
            raise NotFound("No such session.")
        event = await get_managed_event(session, principal=principal, event_id=row.event_id)
    except NotFound:
        # A session of a hidden event answers exactly like a missing session.
        raise NotFound("No such session.") from None
    return row, event


async def update_session(
    session: AsyncSession, *, principal: Principal, session_id: int, changes: SessionChanges
) -> SessionResult:
    """Change a session; the result is checked as a whole, like a new one."""
    row, event = await _managed_session(session, principal=principal, session_id=session_id)
    people = (await people_by_session(session, session_ids=[session_id]))[session_id]
    merged = SessionInput(
        kind=pick(changes.kind, row.kind),
        title=pick(changes.title, row.title),
        description=pick(changes.description, row.description),
        starts_at=pick(changes.starts_at, row.starts_at),
        ends_at=pick(changes.ends_at, row.ends_at),
        room_id=pick(changes.room_id, row.room_id),
        track=pick(changes.track, row.track),
        capacity=pick(changes.capacity, row.capacity),
        speakers=pick(
            changes.speakers, [p.person_id for p in people if p.role is SessionRole.SPEAKER]
        ),
        moderators=pick(
            changes.moderators, [p.person_id for p in people if p.role is SessionRole.MODERATOR]
        ),
    )
    checked = await validate(
        session,
        principal=principal,
        event=event,
        data=merged,
        session_id=session_id,
        already=frozenset(p.person_id for p in people),
    )
    await _write_session(session, principal=principal, row=row, checked=checked)
    return SessionResult(row, await _session_warnings(session, principal, event, row, checked))


async def remove_session(session: AsyncSession, *, principal: Principal, session_id: int) -> None:
    """Remove a session; its speakers and session registrations go with it."""
    row, _ = await _managed_session(session, principal=principal, session_id=session_id)
    await session.delete(row)
    await session.flush()


# --- warnings ------------------------------------------------------------------------------


async def _session_warnings(
    session: AsyncSession,
    principal: Principal,
    event: Event,
    row: ProgrammeSession,
    checked: Checked,
) -> list[Warning]:
    assert row.id is not None
    clashes = await speaker_clashes(session, principal, session_id=row.id)
    room_capacity = None if checked.room is None else checked.room.capacity
    return clashes.get(row.id, []) + own_warnings(event, row, room_capacity)


async def programme_warnings(
    session: AsyncSession, *, principal: Principal, event_id: int
) -> dict[int, list[Warning]]:
    """Warnings of every session of an event, by session id, in a fixed number of statements.

    For the organizers' programme grid: managers of the event only.
    """
    event = await get_managed_event(session, principal=principal, event_id=event_id)
    rows = (
        await session.exec(
            select(ProgrammeSession, Room.capacity)
            .outerjoin(Room, col(Room.id) == col(ProgrammeSession.room_id))
            .where(col(ProgrammeSession.event_id) == event_id)
        )
    ).all()
    clashes = await speaker_clashes(session, principal, event_id=event_id)
    warnings: dict[int, list[Warning]] = {}
    for row, room_capacity in rows:
        assert row.id is not None
        warnings[row.id] = clashes.get(row.id, []) + own_warnings(event, row, room_capacity)
    return warnings
