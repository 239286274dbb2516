"""Building missions for the GraphQL tests: a mission, its location tree and forms as plain
rows (their own services belong to other work), people through the services."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from server.db import Database
from server.forms.models import Form, FormKind
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole
from server.missions.observer_codes import new_observer_code

# region > district > station; R1 holds S1 and S2, R2 holds S3.
TREE: tuple[tuple[str, str | None], ...] = (
    ("R1", None),
    ("R2", None),
    ("D1", "R1"),
    ("D2", "R2"),
    ("S1", "D1"),
    ("S2", "D1"),
    ("S3", "D2"),
)


async def add_mission(
    db: Database, *, organization_id: int, name: str = "Kenya 2027", country: str = "KE"
) -> int:
    async with db.transaction() as session:
        mission = Mission(
            organization_id=organization_id,
            name=name,
            country=country,
            time_zone="Africa/Nairobi",
            election_date=date(2027, 8, 10),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        return mission.id


async def add_locations(
    db: Database, *, mission_id: int, tree: Sequence[tuple[str, str | None]] = TREE
) -> dict[str, int]:
    """The tree's locations (parents listed before children), with paths and levels."""
    parents = {parent for _, parent in tree if parent}
    ids: dict[str, int] = {}
    rows: dict[str, MissionLocation] = {}
    async with db.transaction() as session:
        for code, parent in tree:
            above = rows[parent] if parent else None
            row = MissionLocation(
                mission_id=mission_id,
                parent_id=above.id if above else None,
                code=code,
                name=f"Place {code}",
                level=above.level + 1 if above else 0,
                is_station=code not in parents,
                registered_voters=None if code in parents else 500,
            )
            session.add(row)
            await session.flush()
            row.path = f"{above.path if above else '/'}{row.id}/"
            session.add(row)
            rows[code] = row
            assert row.id is not None
            ids[code] = row.id
    return ids


async def add_form(db: Database, *, mission_id: int, code: str, archived: bool = False) -> int:
    async with db.transaction() as session:
        form = Form(
            mission_id=mission_id,
            kind=FormKind.CHECKLIST,
            code=code,
            names={"en": f"Checklist {code}"},
            archived=archived,
        )
        session.add(form)
        await session.flush()
        assert form.id is not None
        return form.id


async def add_member(
    db: Database,
    *,
    mission_id: int,
    person_id: int,
    role: MissionRole,
    region_id: int | None = None,
) -> int:
    async with db.transaction() as session:
        member = MissionMember(
            mission_id=mission_id,
            person_id=person_id,
            role=role,
            region_id=region_id,
            observer_code=new_observer_code(set()) if role is MissionRole.OBSERVER else None,
        )
        session.add(member)
        await session.flush()
        assert member.id is not None
        return member.id
