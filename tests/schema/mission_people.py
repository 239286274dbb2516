"""A mission of Kenya Forum with one person per mission role, for the forms and incidents
tests: two regions with a station each, observers deployed to one station each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from server.db import Database
from server.missions.models import (
    Deployment,
    Mission,
    MissionLocation,
    MissionMember,
    MissionRole,
    ObserverKind,
)
from server.orgs.models import Role
from tests.schema.conftest import Member, World, make_member


@dataclass(frozen=True)
class MissionPeople:
    mission: int
    region_a: int
    station_a: int
    region_b: int
    station_b: int
    # Mission members by role name; `org_admin` coordinates through the organization role.
    members: dict[str, Member]
    member_ids: dict[str, int]

    def token(self, name: str) -> str:
        return self.members[name].token


async def add_location(
    db: Database, *, mission: int, code: str, parent: MissionLocation | None, voters: int | None
) -> MissionLocation:
    async with db.transaction() as session:
        row = MissionLocation(
            mission_id=mission,
            parent_id=parent.id if parent else None,
            code=code,
            name=f"Place {code}",
            level=0 if parent is None else parent.level + 1,
            registered_voters=voters,
            is_station=voters is not None,
        )
        session.add(row)
        await session.flush()
        row.path = f"{parent.path if parent else '/'}{row.id}/"
        session.add(row)
    return row


async def make_mission(db: Database, organization_id: int, name: str = "Kenya 2027") -> int:
    async with db.transaction() as session:
        mission = Mission(
            organization_id=organization_id,
            name=name,
            country="KE",
            time_zone="Africa/Nairobi",
            election_date=date(2027, 8, 9),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        return mission.id


ROLES: dict[str, tuple[MissionRole, str | None]] = {
    "coordinator": (MissionRole.COORDINATOR, None),
    "regional_a": (MissionRole.REGIONAL_COORDINATOR, "a"),
    "regional_b": (MissionRole.REGIONAL_COORDINATOR, "b"),
    "analyst": (MissionRole.ANALYST, None),
    "partner": (MissionRole.PARTNER_VIEWER, None),
    "observer_a": (MissionRole.OBSERVER, "a"),
    "observer_b": (MissionRole.OBSERVER, "b"),
}


async def mission_people(db: Database, world: World, series: int = 3) -> MissionPeople:
    """The mission and its people; another `series` makes a second mission with its own."""
    mission = await make_mission(db, world.kenya)
    region_a = await add_location(db, mission=mission, code="RA", parent=None, voters=None)
    station_a = await add_location(db, mission=mission, code="RA-1", parent=region_a, voters=500)
    region_b = await add_location(db, mission=mission, code="RB", parent=None, voters=None)
    station_b = await add_location(db, mission=mission, code="RB-1", parent=region_b, voters=400)
    regions = {"a": region_a, "b": region_b}
    stations = {"a": station_a, "b": station_b}
    members: dict[str, Member] = {"org_admin": world.admin}
    member_ids: dict[str, int] = {}
    for index, (name, (role, side)) in enumerate(ROLES.items()):
        person = await make_member(
            db,
            org_id=world.kenya,
            role=Role.OBSERVER,
            name=f"Mission {name.replace('_', ' ').title()}{'' if series == 3 else series}",
            phones=[f"+25473{series}0000{index:02d}"],
        )
        members[name] = person
        async with db.transaction() as session:
            row = MissionMember(
                mission_id=mission,
                person_id=person.person_id,
                role=role,
                region_id=regions[side].id
                if side and role is MissionRole.REGIONAL_COORDINATOR
                else None,
                observer_code=f"K{index}0{index}" if role is MissionRole.OBSERVER else None,
                observer_kind=ObserverKind.SHORT_TERM if role is MissionRole.OBSERVER else None,
            )
            session.add(row)
            await session.flush()
            assert row.id is not None
            member_ids[name] = row.id
            if role is MissionRole.OBSERVER and side:
                station = stations[side].id
                assert station is not None
                session.add(Deployment(mission_id=mission, member_id=row.id, location_id=station))
    assert region_a.id and station_a.id and region_b.id and station_b.id
    return MissionPeople(
        mission=mission,
        region_a=region_a.id,
        station_a=station_a.id,
        region_b=region_b.id,
        station_b=station_b.id,
        members=members,
        member_ids=member_ids,
    )
