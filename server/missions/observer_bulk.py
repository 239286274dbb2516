"""Creating the new observers of an import in bulk: a few executemany statements per
thousand rows (people, memberships, phones, mission members, deployments and their forms),
never an ORM object and a flush per row, so that a national roster imports in seconds.

Phones follow the rule of server/orgs/phones.py: a number nobody has becomes the person's
usable number; a number someone already has is kept as disputed, and the import answers the
same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.missions.models import (
    Deployment,
    DeploymentForm,
    MissionMember,
    MissionRole,
)
from server.missions.observer_csv import ObserverRow
from server.orgs.models import DisputedPhone, Membership, Person, PersonPhone, Role

BATCH = 1_000


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


@dataclass(frozen=True)
class NewObserver:
    row: ObserverRow
    code: str
    stations: Sequence[int]
    forms: Sequence[int]


async def _insert(session: AsyncSession, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
    """Inserts the rows in one executemany statement; their ids, in the rows' order."""
    if not rows:
        return []
    table = _table(model)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    result = await session.exec(statement, params=rows)
    return [row_id for (row_id,) in result]


async def _taken(session: AsyncSession, numbers: Sequence[str]) -> set[str]:
    if not numbers:
        return set()
    rows = await session.exec(select(PersonPhone.e164).where(col(PersonPhone.e164).in_(numbers)))
    return set(rows.all())


async def _phones(
    session: AsyncSession, batch: Sequence[NewObserver], person_ids: Sequence[int]
) -> None:
    now = utcnow()
    taken = await _taken(session, [n for new in batch for n in new.row.phones])
    usable: list[dict[str, Any]] = []
    disputed: list[dict[str, Any]] = []
    for new, person_id in zip(batch, person_ids, strict=True):
        for position, e164 in enumerate(new.row.phones):
            row = {"person_id": person_id, "e164": e164, "label": None, "position": position}
            (disputed if e164 in taken else usable).append({**row, "created_at": now})
    await _insert(session, PersonPhone, usable)
    await _insert(session, DisputedPhone, disputed)


async def _deployments(
    session: AsyncSession, mission_id: int, batch: Sequence[NewObserver], member_ids: Sequence[int]
) -> None:
    now = utcnow()
    pairs = [
        (
            new,
            {"mission_id": mission_id, "member_id": member, "location_id": loc, "created_at": now},
        )
        for new, member in zip(batch, member_ids, strict=True)
        for loc in new.stations
    ]
    ids = await _insert(session, Deployment, [row for _, row in pairs])
    forms = [
        {"deployment_id": deployment_id, "form_id": form_id}
        for (new, _), deployment_id in zip(pairs, ids, strict=True)
        for form_id in new.forms
    ]
    await _insert(session, DeploymentForm, forms)


async def _people(
    session: AsyncSession, organization_id: int, batch: Sequence[NewObserver]
) -> list[int]:
    """The batch's people, each a member of the mission's organization as an observer."""
    now = utcnow()
    people = [
        {
            "name": new.row.name,
            "email": new.row.email,
            "preferred_language": new.row.language,
            "time_zone": "UTC",
            "created_at": now,
            "updated_at": now,
        }
        for new in batch
    ]
    person_ids = await _insert(session, Person, people)
    memberships = [
        {
            "person_id": person_id,
            "organization_id": organization_id,
            "role": Role.OBSERVER,
            "created_at": now,
        }
        for person_id in person_ids
    ]
    await _insert(session, Membership, memberships)
    return person_ids


async def _members(
    session: AsyncSession, mission_id: int, batch: Sequence[NewObserver], person_ids: list[int]
) -> list[int]:
    now = utcnow()
    members = [
        {
            "mission_id": mission_id,
            "person_id": person_id,
            "role": MissionRole.OBSERVER,
            "region_id": None,
            "observer_code": new.code,
            "observer_kind": new.row.kind,
            "language": new.row.language,
            "created_at": now,
            "updated_at": now,
        }
        for new, person_id in zip(batch, person_ids, strict=True)
    ]
    return await _insert(session, MissionMember, members)


async def create_observers(
    session: AsyncSession,
    *,
    mission_id: int,
    organization_id: int,
    observers: Sequence[NewObserver],
    progress: Callable[[int], None],
) -> None:
    """Writes new observers with their people, phones and deployments, a batch at a time;
    `progress` is told how many are written after each batch."""
    for start in range(0, len(observers), BATCH):
        batch = observers[start : start + BATCH]
        person_ids = await _people(session, organization_id, batch)
        await _phones(session, batch, person_ids)
        member_ids = await _members(session, mission_id, batch, person_ids)
        await _deployments(session, mission_id, batch, member_ids)
        progress(start + len(batch))
