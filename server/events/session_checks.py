"""Checking a programme session before it is saved: its fields, room, people and room clash.

Everything a session names is resolved here for the caller: a room of the event's venue, people
the caller may see. A clash names the other session only when the caller may see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.conflicts import (
    describe,
    if_visible,
    span,
)
from server.events.inputs import UNSET, Unset
from server.events.localtime import typed_instant
from server.events.models import (
    Event,
    ProgrammeSession,
    Room,
    SessionKind,
)
from server.kit.errors import Problems
from server.orgs.models import Membership, Person


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
class Checked:
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


async def room_clash(
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


async def validate(
    session: AsyncSession,
    *,
    principal: Principal,
    event: Event,
    data: SessionInput,
    session_id: int | None = None,
    already: frozenset[int] = frozenset(),
) -> Checked:
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
        clash = await room_clash(
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
    return Checked(
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
