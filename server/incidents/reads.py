"""Batched reads behind an incident's fields: one statement per kind of thing, however many
incidents a page holds. They serve incidents a resolver has already checked; whether a name
may be shown is the resolver's decision (server/missions/access.py, SEE_PERSONAL_DATA)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.models import User
from server.incidents.models import IncidentChange, IncidentNote
from server.missions.models import MissionLocation, MissionMember
from server.orgs.models import Person


@dataclass(frozen=True)
class NoteRow:
    note: IncidentNote
    person_id: int | None
    person_name: str | None


@dataclass(frozen=True)
class MemberRow:
    member: MissionMember
    person_name: str


async def notes_by_incident(
    session: AsyncSession, *, incident_ids: Sequence[int]
) -> dict[int, list[NoteRow]]:
    rows = await session.exec(
        select(IncidentNote, Person.id, Person.name)
        .outerjoin(User, col(User.id) == col(IncidentNote.author_user_id))
        .outerjoin(Person, col(Person.id) == col(User.person_id))
        .where(col(IncidentNote.incident_id).in_(incident_ids))
        .order_by(col(IncidentNote.id))
    )
    found: dict[int, list[NoteRow]] = {}
    for note, person_id, name in rows:
        found.setdefault(note.incident_id, []).append(NoteRow(note, person_id, name))
    return found


async def changes_by_incident(
    session: AsyncSession, *, incident_ids: Sequence[int]
) -> dict[int, list[IncidentChange]]:
    rows = await session.exec(
        select(IncidentChange)
        .where(col(IncidentChange.incident_id).in_(incident_ids))
        .order_by(col(IncidentChange.id))
    )
    found: dict[int, list[IncidentChange]] = {}
    for change in rows:
        found.setdefault(change.incident_id, []).append(change)
    return found


async def members_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, MemberRow]:
    rows = await session.exec(
        select(MissionMember, Person.name)
        .join(Person, col(Person.id) == col(MissionMember.person_id))
        .where(col(MissionMember.id).in_(ids))
    )
    return {member.id: MemberRow(member, name) for member, name in rows if member.id is not None}


async def locations_by_ids(
    session: AsyncSession, *, ids: Sequence[int]
) -> dict[int, MissionLocation]:
    rows = await session.exec(select(MissionLocation).where(col(MissionLocation.id).in_(ids)))
    return {row.id: row for row in rows if row.id is not None}
