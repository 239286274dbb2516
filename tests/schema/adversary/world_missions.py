"""The adversary world's missions: one of A (the attackers' own, for the controls) and one
of B (the victim), each with a location tree, a form, an observer and a deployment.

Rows are inserted directly: the tests of each mission service make them through the API.
`mission_world(db)` is for every adversary world file of the mission work (forms, reports,
incidents): it reads the organizations and people of world.py by name and returns the ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from server.forms.models import Form, FormKind
from server.missions.models import (
    Deployment,
    DeploymentForm,
    Mission,
    MissionLocation,
    MissionMember,
    MissionRole,
    ObserverKind,
)
from server.missions.observer_codes import with_check_digit
from server.orgs.models import Organization, Person

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

    from server.db import Database
    from tests.schema.adversary.world import AdversaryWorld


@dataclass
class MissionWorld:
    """Names of mission objects (a_mission, b_station, b_form, ...) to their row ids."""

    ids: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


async def _location(
    session: AsyncSession, mission: int, code: str, parent: MissionLocation | None, station: bool
) -> MissionLocation:
    row = MissionLocation(
        mission_id=mission,
        parent_id=parent.id if parent else None,
        code=code,
        name=f"Place {code}",
        level=parent.level + 1 if parent else 0,
        is_station=station,
        registered_voters=400 if station else None,
    )
    session.add(row)
    await session.flush()
    row.path = f"{parent.path if parent else '/'}{row.id}/"
    session.add(row)
    return row


async def _side(
    session: AsyncSession, w: MissionWorld, side: str, org: int, observer: int, seq: int
) -> None:
    """A mission of one organization: region > station, a form, an observer deployed."""
    mission = Mission(
        organization_id=org,
        name=f"{side} mission",
        country="KE",
        time_zone="Africa/Nairobi",
        election_date=date(2027, 8, 10),
    )
    session.add(mission)
    await session.flush()
    assert mission.id is not None
    region = await _location(session, mission.id, f"{side.upper()}R", None, False)
    station = await _location(session, mission.id, f"{side.upper()}S", region, True)
    form = Form(mission_id=mission.id, kind=FormKind.CHECKLIST, code="OP", names={"en": "Open"})
    member = MissionMember(
        mission_id=mission.id,
        person_id=observer,
        role=MissionRole.OBSERVER,
        observer_code=with_check_digit(f"{seq:06d}"),
        observer_kind=ObserverKind.SHORT_TERM,
    )
    session.add_all([form, member])
    await session.flush()
    deployment = Deployment(
        mission_id=mission.id, member_id=member.id or 0, location_id=station.id or 0
    )
    session.add(deployment)
    await session.flush()
    session.add(DeploymentForm(deployment_id=deployment.id or 0, form_id=form.id or 0))
    for name, row_id in (
        ("mission", mission.id),
        ("region", region.id),
        ("station", station.id),
        ("form", form.id),
        ("mission_observer", member.id),
        ("deployment", deployment.id),
    ):
        assert row_id is not None
        w.ids[f"{side}_{name}"] = row_id


async def _ids(
    session: AsyncSession, model: type[Organization] | type[Person], *names: str
) -> list[int]:
    rows = await session.exec(select(model.id, model.name).where(col(model.name).in_(names)))
    found = {name: row_id for row_id, name in rows.all() if row_id is not None}
    return [found[name] for name in names]


async def mission_world(db: Database) -> MissionWorld:
    """A's and B's missions, made once world.py has made the organizations and people."""
    w = MissionWorld()
    async with db.transaction() as session:
        org_a, org_b = await _ids(session, Organization, "Alpha Forum", "Beta Watch")
        a_observer, b_observer, a_organizer, a_spare, b_organizer = await _ids(
            session, Person, "a_observer", "b_observer", "a_organizer", "a_spare", "b_organizer"
        )
        await _side(session, w, "a", org_a, a_observer, 101)
        await _side(session, w, "b", org_b, b_observer, 202)
        # A's organizer coordinates A's mission by a mission role (A's admin does by the
        # organization role); A's spare person is an analyst there, for removeMissionMember.
        staff = {
            "a_organizer_member": MissionMember(
                mission_id=w["a_mission"], person_id=a_organizer, role=MissionRole.COORDINATOR
            ),
            "a_spare_member": MissionMember(
                mission_id=w["a_mission"], person_id=a_spare, role=MissionRole.ANALYST
            ),
            "b_member": MissionMember(
                mission_id=w["b_mission"], person_id=b_organizer, role=MissionRole.ANALYST
            ),
        }
        session.add_all(staff.values())
        await session.flush()
        w.ids.update({name: row.id or 0 for name, row in staff.items()})
    return w


async def mission_objects(db: Database, world: AdversaryWorld) -> MissionWorld:
    missions = await mission_world(db)
    world.ids.update({name: str(row_id) for name, row_id in missions.ids.items()})
    return missions
