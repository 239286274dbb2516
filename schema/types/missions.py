"""Missions in GraphQL (owned by the missions/roster work)."""

from __future__ import annotations

from datetime import date

import strawberry

from schema.context import Info
from schema.missions.roster_loaders import roster_loaders
from schema.types.common import Connection
from schema.types.forms import Form
from schema.types.locations import Location
from server.missions import models
from server.missions.access import MissionAccess, mission_access
from server.missions.models import MissionPhase, MissionRole, MissionStatus, ObserverKind
from server.missions.privacy import READ_OBSERVER_DATA, may_see_observer

strawberry.enum(MissionStatus, name="MissionStatus")
strawberry.enum(MissionPhase, name="MissionPhase")
strawberry.enum(MissionRole, name="MissionRole")
strawberry.enum(ObserverKind, name="ObserverKind")


@strawberry.type(description="An observation mission of one election.")
class Mission:
    id: strawberry.ID
    organization_id: strawberry.ID
    name: str
    country: str
    time_zone: str
    election_dates: list[date]
    status: MissionStatus
    phase: MissionPhase
    role: strawberry.Private[MissionRole | None]

    @classmethod
    def from_row(cls, row: models.Mission, role: MissionRole | None = None) -> Mission:
        """`role` is the caller's, when the caller already knows it (else it is looked up
        if asked for)."""
        more = [date.fromisoformat(value) for value in row.more_election_dates]
        return cls(
            id=strawberry.ID(str(row.id)),
            organization_id=strawberry.ID(str(row.organization_id)),
            name=row.name,
            country=row.country,
            time_zone=row.time_zone,
            election_dates=[row.election_date, *more],
            status=row.status,
            phase=row.phase,
            role=role,
        )

    @classmethod
    def from_access(cls, access: MissionAccess) -> Mission:
        return cls.from_row(access.mission, access.role)

    @strawberry.field(
        description="The caller's role here (COORDINATOR for admins/coordinators of the "
        "organization)."
    )
    async def my_role(self, info: Info) -> MissionRole:
        if self.role is not None:
            return self.role
        async with info.context.runtime.db.read() as session:
            access = await mission_access(
                session, principal=info.context.principal, mission_id=int(self.id)
            )
        return access.role

    @strawberry.field(description="Polling stations (locations with nothing below them).")
    async def station_count(self, info: Info) -> int:
        return await roster_loaders(info).station_count.load(int(self.id)) or 0

    @strawberry.field
    async def observer_count(self, info: Info) -> int:
        return await roster_loaders(info).observer_count.load(int(self.id)) or 0


@strawberry.type(description="An observer as analysts and partners see them: a code, never a name.")
class ObserverRef:
    member_id: strawberry.ID
    observer_code: str | None


@strawberry.type(
    description="An observer of a mission. name and phones are null unless the caller may "
    "see them (coordinators; regional coordinators for observers deployed in their region); "
    "every non-null read is audited."
)
class Observer:
    id: strawberry.ID = strawberry.field(description="The mission member id.")
    code: str
    kind: ObserverKind
    language: str
    person_id: strawberry.Private[int]
    access: strawberry.Private[MissionAccess]

    @classmethod
    def from_row(cls, row: models.MissionMember, access: MissionAccess) -> Observer:
        return cls(
            id=strawberry.ID(str(row.id)),
            code=row.observer_code or "",
            kind=row.observer_kind or ObserverKind.SHORT_TERM,
            language=row.language,
            person_id=row.person_id,
            access=access,
        )

    async def _may_see(self, info: Info) -> bool:
        paths = await roster_loaders(info).deployment_paths.load(int(self.id)) or []
        if not may_see_observer(self.access, paths):
            return False
        # Every read of an observer's personal data is audited (one row per person and
        # request, written at the end of the request).
        info.context.audit.record(
            action=READ_OBSERVER_DATA, subject_type="person", subject_id=self.person_id
        )
        return True

    @strawberry.field
    async def name(self, info: Info) -> str | None:
        if not await self._may_see(info):
            return None
        person = await info.context.loaders.person.load(self.person_id)
        return person.name if person else None

    @strawberry.field(description="In E.164 form, like +254712345678.")
    async def phones(self, info: Info) -> list[str] | None:
        if not await self._may_see(info):
            return None
        rows = await info.context.loaders.phones_by_person.load(self.person_id) or []
        return [p.e164 for p in rows]

    @strawberry.field
    async def deployment_count(self, info: Info) -> int:
        return len(await roster_loaders(info).deployment_paths.load(int(self.id)) or [])


ObserverConnection = Connection[Observer]


@strawberry.type(
    description="A non-observer role in the mission (coordinators only see this list)."
)
class MissionMember:
    id: strawberry.ID
    person_id: strawberry.ID
    role: MissionRole
    region_id: strawberry.ID | None
    show_name: strawberry.Private[bool]

    @classmethod
    def from_row(cls, row: models.MissionMember, *, show_name: bool) -> MissionMember:
        return cls(
            id=strawberry.ID(str(row.id)),
            person_id=strawberry.ID(str(row.person_id)),
            role=row.role,
            region_id=None if row.region_id is None else strawberry.ID(str(row.region_id)),
            show_name=show_name,
        )

    @strawberry.field(description="Null for callers who may not see names.")
    async def name(self, info: Info) -> str | None:
        if not self.show_name:
            return None
        person = await info.context.loaders.person.load(int(self.person_id))
        return person.name if person else None


async def _forms(info: Info, deployment_id: int) -> list[Form]:
    loaders = roster_loaders(info)
    form_ids = await loaders.forms_by_deployment.load(deployment_id) or []
    rows = await loaders.form.load_many(form_ids)
    return [Form.from_row(row) for row in rows if row is not None]


async def _location(info: Info, location_id: int) -> Location:
    row = await roster_loaders(info).location.load(location_id)
    assert row is not None  # a foreign key guarantees it
    return Location.from_row(row)


@strawberry.type(description="An observer sent to a polling station, with the forms expected.")
class Deployment:
    id: strawberry.ID
    member_id: strawberry.Private[int]
    location_id: strawberry.Private[int]
    access: strawberry.Private[MissionAccess]

    @classmethod
    def from_row(cls, row: models.Deployment, access: MissionAccess) -> Deployment:
        return cls(
            id=strawberry.ID(str(row.id)),
            member_id=row.member_id,
            location_id=row.location_id,
            access=access,
        )

    @strawberry.field
    async def observer(self, info: Info) -> Observer:
        row = await roster_loaders(info).member.load(self.member_id)
        assert row is not None
        return Observer.from_row(row, self.access)

    @strawberry.field
    async def location(self, info: Info) -> Location:
        return await _location(info, self.location_id)

    @strawberry.field
    async def forms(self, info: Info) -> list[Form]:
        return await _forms(info, int(self.id))


DeploymentConnection = Connection[Deployment]


@strawberry.type(
    description="What one observer is expected to report: a station and its forms (the "
    "observer's own view)."
)
class Assignment:
    deployment_id: strawberry.ID
    location_id: strawberry.Private[int]
    form_ids: strawberry.Private[list[int]]

    @strawberry.field
    async def location(self, info: Info) -> Location:
        return await _location(info, self.location_id)

    @strawberry.field
    async def forms(self, info: Info) -> list[Form]:
        rows = await roster_loaders(info).form.load_many(self.form_ids)
        return [Form.from_row(row) for row in rows if row is not None]
