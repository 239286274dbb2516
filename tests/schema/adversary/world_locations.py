"""The adversary world's missions and locations, for the cases in cases_locations.py.

A and B each run a mission with a small tree of locations. A's organizer is an analyst of
A's mission (so may read its locations but not import into it); A's admin coordinates it
through the organization role. Neither attacker has any standing in B's mission.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import select

from server.missions.importing import import_file
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole

if TYPE_CHECKING:
    from server.db import Database
    from tests.schema.adversary.world import AdversaryWorld

TREE = b"code,name,parent_code,registered_voters\nR,Region,,\nR-1,Station 1,R,500\n"


async def _mission(db: Database, organization_id: int, name: str) -> tuple[int, int]:
    """A mission with its tree imported; its id and the id of its station."""
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
        result = await import_file(session, mission_id=mission.id, data=TREE, dry_run=False)
        assert result.problems == []
        station = (
            await session.exec(
                select(MissionLocation.id).where(
                    MissionLocation.mission_id == mission.id, MissionLocation.code == "R-1"
                )
            )
        ).one()
        assert station is not None
        return mission.id, station


async def location_objects(db: Database, w: AdversaryWorld) -> None:
    for side in ("a", "b"):
        mission, station = await _mission(db, int(w[f"org_{side}"]), f"{side} mission")
        w.ids[f"{side}_loc_mission"] = str(mission)
        w.ids[f"{side}_loc_station"] = str(station)
    async with db.transaction() as session:
        session.add(
            MissionMember(
                mission_id=int(w["a_loc_mission"]),
                person_id=int(w["a_organizer"]),
                role=MissionRole.ANALYST,
            )
        )
