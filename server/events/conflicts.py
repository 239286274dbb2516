"""What looks wrong in a programme without being forbidden: the warnings shown to organizers.

A speaker in two places at once (anywhere in the network), a session outside its event, more
seats than the room has. Each is computed for a whole event in a fixed number of statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import visible_events
from server.events.localtime import zone
from server.events.models import (
    Consent,
    Event,
    EventStatus,
    ProgrammeSession,
    SessionPerson,
    SessionRole,
)
from server.orgs.models import Person


@dataclass(frozen=True)
class Warning:  # the API's word for it; it shadows the builtin only inside this module
    """Something an organizer should look at; it never stops a session from being saved."""

    code: str  # speaker_double_booked | outside_event | room_too_small
    message: str
    field: str | None = None


def span(starts_at: datetime, ends_at: datetime, time_zone: str) -> str:
    tz = zone(time_zone)
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%d %b %H:%M}"
    return f"{start:%d %b %H:%M}-{until} ({time_zone})"


def if_visible(principal: Principal, column: Any) -> ColumnElement[str | None]:
    # Rooms and people are shared across the network, so a clash can involve an event the
    # caller may not see; its name is then withheld rather than leaked through a warning.
    return case((visible_events(principal), column), else_=None)


def describe(session_title: str | None, event_title: str | None) -> str:
    if session_title is None or event_title is None:
        return "a session of an event you cannot see"
    return f"'{session_title}' ({event_title})"


def own_warnings(event: Event, row: ProgrammeSession, room_capacity: int | None) -> list[Warning]:
    warnings: list[Warning] = []
    if row.starts_at < event.starts_at or row.ends_at > event.ends_at:
        warnings.append(
            Warning(
                "outside_event",
                "The session is outside the event's time, "
                f"{span(event.starts_at, event.ends_at, event.time_zone)}.",
                "startsAt",
            )
        )
    if row.capacity is not None and room_capacity is not None and row.capacity > room_capacity:
        warnings.append(
            Warning(
                "room_too_small",
                f"The room holds {room_capacity} people; the session expects {row.capacity}.",
                "capacity",
            )
        )
    return warnings


async def speaker_clashes(
    session: AsyncSession,
    principal: Principal,
    *,
    event_id: int | None = None,
    session_id: int | None = None,
) -> dict[int, list[Warning]]:
    """Speakers and moderators who are somewhere else at the same time, anywhere in the network.

    One statement for a whole programme (or one session): each person's rows are joined to
    that person's other sessions that overlap in time, in any event that is not cancelled.
    """
    mine, theirs = aliased(SessionPerson), aliased(SessionPerson)
    this, other = aliased(ProgrammeSession), aliased(ProgrammeSession)
    columns: list[Any] = [
        mine.session_id,
        mine.person_id,
        mine.role,
        Person.name,
        other.id,
        if_visible(principal, other.title),
        if_visible(principal, Event.title),
        other.starts_at,
        other.ends_at,
        Event.time_zone,
    ]
    query = (
        select(*columns)
        .select_from(mine)
        .join(this, col(this.id) == col(mine.session_id))
        .join(
            theirs,
            (col(theirs.person_id) == col(mine.person_id))
            & (col(theirs.session_id) != col(mine.session_id)),
        )
        .join(other, col(other.id) == col(theirs.session_id))
        .join(Event, col(Event.id) == col(other.event_id))
        .join(Person, col(Person.id) == col(mine.person_id))
        .where(
            col(other.starts_at) < col(this.ends_at),
            col(other.ends_at) > col(this.starts_at),
            col(Event.status) != EventStatus.CANCELLED,
            # Someone who declined is not there, on either side.
            col(mine.status) != Consent.DECLINED,
            col(theirs.status) != Consent.DECLINED,
        )
        .order_by(col(mine.session_id), col(Person.name), col(other.starts_at), col(other.id))
    )
    if event_id is not None:
        query = query.where(col(this.event_id) == event_id)
    if session_id is not None:
        query = query.where(col(this.id) == session_id)
    clashes: dict[int, list[Warning]] = {}
    seen: set[tuple[int, int, int]] = set()
    for row in (await session.exec(query)).all():
        mine_id, person_id, role, name, other_id, title, event_title, start, end, tz = row
        # A person who both speaks and moderates shows up twice; one warning is enough.
        if (mine_id, person_id, other_id) in seen:
            continue
        seen.add((mine_id, person_id, other_id))
        # The time and zone of a meeting the caller may not see are withheld with its name.
        where = (
            "another commitment at an overlapping time"
            if title is None or event_title is None
            else f"{describe(title, event_title)}, {span(start, end, tz)}"
        )
        clashes.setdefault(mine_id, []).append(
            Warning(
                "speaker_double_booked",
                f"{name} is also in {where}.",
                "speakerIds" if role is SessionRole.SPEAKER else "moderatorIds",
            )
        )
    return clashes
