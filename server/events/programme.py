"""An event's programme: its sessions, their rooms and people, and the clashes between them.

A room can never hold two sessions at once: that is refused, and the database itself decides
when two organizers save at the same moment. Everything else that looks wrong (a speaker in
two places, a session outside the event, more seats than the room has) is a warning: it is
shown beside the saved session, because organizers often fix such things in a later step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, or_
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.access import get_managed_event, get_visible_event
from server.events.conflicts import (
    Warning,
    describe,
    if_visible,
    own_warnings,
    span,
    speaker_clashes,
)
from server.events.consent import person_status
from server.events.inputs import UNSET, Unset, pick
from server.events.localtime import typed_instant
from server.events.models import (
    Consent,
    Event,
    ProgrammeSession,
    Room,
    SessionKind,
    SessionPerson,
    SessionRole,
)
from server.events.venues import savepoint
from server.kit.errors import FieldProblem, InvalidInput, NotFound, Problems
from server.orgs.models import Membership, Person, PersonRow

ROOM_CONSTRAINT = "no_room_double_booking"


@dataclass(frozen=True)
class SessionInput:
    """A new session. A time without an offset is the wall-clock in the event's own zone.

    It is read in that zone only after the caller is known to manage the event, so a hidden
    event answers like a missing one and its zone is never used for a stranger's input.
    """

    kind: SessionKind
    title: str
    starts_at: datetime
    ends_at: datetime
    description: str = ""
    room_id: int | None = None
    track: str | None = None
    capacity: int | None = None
    speakers: Sequence[int] = ()  # person ids
    moderators: Sequence[int] = ()


@dataclass(frozen=True)
class SessionChanges:
    """Changes to a session; UNSET leaves a field as it is, None clears a nullable one."""

    kind: SessionKind | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    starts_at: datetime | Unset = UNSET
    ends_at: datetime | Unset = UNSET
    room_id: int | Unset | None = UNSET
    track: str | Unset | None = UNSET
    capacity: int | Unset | None = UNSET
    speakers: Sequence[int] | Unset = UNSET
    moderators: Sequence[int] | Unset = UNSET


@dataclass(frozen=True)
class SessionResult:
    session: ProgrammeSession
    warnings: list[Warning]


# --- validation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    kind: SessionKind
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    room: Room | None
    track: str | None
    capacity: int | None
    speakers: list[int]
    moderators: list[int]


async def _check_room(
    session: AsyncSession, problems: Problems, event: Event, room_id: int | None
) -> Room | None:
    if room_id is None:
        return None
    room = await session.get(Room, room_id)
    if room is None or event.venue_id is None or room.venue_id != event.venue_id:
        problems.add("roomId", "Choose a room of the event's venue.", "not_in_venue")
        return None
    return room


async def _check_people(
    session: AsyncSession,
    problems: Problems,
    *,
    principal: Principal,
    speakers: Sequence[int],
    moderators: Sequence[int],
    already: set[int],
) -> tuple[list[int], list[int]]:
    """The people named, each of whom the caller may see; anyone else is "No such person".

    People already on the session stay without a new check, so a co-host can edit a session
    whose speakers the host named. A name never comes back for an id the caller may not see.
    """
    wanted = list(dict.fromkeys(speakers)), list(dict.fromkeys(moderators))
    ids = (set(wanted[0]) | set(wanted[1])) - already
    query = select(Person.id).where(col(Person.id).in_(ids))
    if not principal.is_superuser:
        orgs = principal.organizations_where(Action.VIEW_MEMBERS)
        query = query.where(
            or_(
                col(Person.id) == (principal.person_id or 0),
                exists().where(
                    (col(Membership.person_id) == col(Person.id))
                    & col(Membership.organization_id).in_(orgs or [-1])
                ),
            )
        )
    found = set((await session.exec(query)).all()) if ids else set()
    for field, people in zip(("speakerIds", "moderatorIds"), wanted, strict=True):
        missing = [i for i in people if i not in found and i not in already]
        if missing:
            listed = ", ".join(str(i) for i in missing)
            problems.add(field, f"No such person: {listed}.", "not_found")
    return wanted


async def _room_clash(
    session: AsyncSession,
    *,
    principal: Principal,
    room: Room,
    starts_at: datetime,
    ends_at: datetime,
    session_id: int | None,
) -> str | None:
    """Why the room is taken at that time, or None when it is free."""
    # A list, because sqlmodel's typed select() takes at most four columns.
    columns: list[Any] = [
        if_visible(principal, ProgrammeSession.title),
        if_visible(principal, Event.title),
        ProgrammeSession.starts_at,
        ProgrammeSession.ends_at,
        Event.time_zone,
    ]
    query = (
        select(*columns)
        .join(Event, col(Event.id) == col(ProgrammeSession.event_id))
        .where(
            col(ProgrammeSession.room_id) == room.id,
            col(ProgrammeSession.starts_at) < ends_at,
            col(ProgrammeSession.ends_at) > starts_at,
        )
        .order_by(col(ProgrammeSession.starts_at))
        .limit(1)
    )
    if session_id is not None:
        query = query.where(col(ProgrammeSession.id) != session_id)
    clash = (await session.exec(query)).first()
    if clash is None:
        return None
    title, event_title, other_start, other_end, time_zone = clash
    if title is None or event_title is None:
        # Neither the time nor the zone of a session the caller may not see.
        return f"{room.name} is already booked at an overlapping time."
    return (
        f"{room.name} is already booked for {describe(title, event_title)}, "
        f"{span(other_start, other_end, time_zone)}."
    )


async def _validate(
    session: AsyncSession,
    *,
    principal: Principal,
    event: Event,
    data: SessionInput,
    session_id: int | None = None,
    already: frozenset[int] = frozenset(),
) -> _Checked:
    problems = Problems()
    title = data.title.strip()
    if not title:
        problems.add("title", "Enter the session's title.", "required")
    elif len(title) > 300:
        problems.add("title", "Use at most 300 characters.", "too_long")
    track = (data.track or "").strip() or None
    if track is not None and len(track) > 120:
        problems.add("track", "Use at most 120 characters.", "too_long")
    if data.capacity is not None and data.capacity < 1:
        problems.add("capacity", "A session has room for at least one person.", "too_small")
    starts_at = typed_instant(problems, "startsAt", data.starts_at, event.time_zone)
    ends_at = typed_instant(problems, "endsAt", data.ends_at, event.time_zone)
    if starts_at is not None and ends_at is not None and ends_at <= starts_at:
        problems.add("endsAt", "The session must end after it starts.", "ends_before_start")
    room = await _check_room(session, problems, event, data.room_id)
    speakers, moderators = await _check_people(
        session,
        problems,
        principal=principal,
        speakers=data.speakers,
        moderators=data.moderators,
        already=set(already),
    )
    if room is not None and not problems.items:
        assert starts_at is not None and ends_at is not None
        clash = await _room_clash(
            session,
            principal=principal,
            room=room,
            starts_at=starts_at,
            ends_at=ends_at,
            session_id=session_id,
        )
        if clash is not None:
            problems.add("roomId", clash, "room_taken")
    problems.raise_if_any()
    assert starts_at is not None and ends_at is not None
    return _Checked(
        kind=data.kind,
        title=title,
        description=data.description,
        starts_at=starts_at,
        ends_at=ends_at,
        room=room,
        track=track,
        capacity=data.capacity,
        speakers=speakers,
        moderators=moderators,
    )


# --- writing -------------------------------------------------------------------------------


def _apply(row: ProgrammeSession, checked: _Checked) -> None:
    row.kind = checked.kind
    row.title = checked.title
    row.description = checked.description
    row.starts_at = checked.starts_at
    row.ends_at = checked.ends_at
    row.room_id = None if checked.room is None else checked.room.id
    row.track = checked.track
    row.capacity = checked.capacity


async def _write_session(
    session: AsyncSession, *, principal: Principal, row: ProgrammeSession, checked: _Checked
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
        if ROOM_CONSTRAINT not in str(error) or checked.room is None:
            raise
        message = await _room_clash(
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
    checked = await _validate(session, principal=principal, event=event, data=data)
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
    checked = await _validate(
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
    checked: _Checked,
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


# --- reading -------------------------------------------------------------------------------


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
