"""Missions in GraphQL: root fields (see docs/missions.md). The roster, imports and
deployments are in schema/missions/roster.py."""

from __future__ import annotations

from datetime import date

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.missions.roster import RosterMutations, RosterQueries
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.missions import Mission
from schema.units import in_transaction
from server.missions import service
from server.missions.access import MissionAccess, mission_access
from server.missions.models import MissionPhase, MissionStatus


@strawberry.input
class CreateMissionInput:
    organization_id: strawberry.ID
    name: str
    country: str = strawberry.field(description="ISO 3166 alpha-2, like KE.")
    time_zone: str = strawberry.field(description="An IANA time zone, like Africa/Nairobi.")
    election_dates: list[date] = strawberry.field(
        description="1 to 10 polling days, earliest first."
    )
    phase: MissionPhase | None = MissionPhase.PRE_ELECTION


@strawberry.input
class UpdateMissionInput:
    name: str | None = None
    time_zone: str | None = None
    election_dates: list[date] | None = None
    status: MissionStatus | None = None
    phase: MissionPhase | None = None


@strawberry.type
class MissionPayload:
    mission: Mission | None
    errors: list[FieldError]


def _payload(access: MissionAccess | None, errors: list[FieldError]) -> MissionPayload:
    return MissionPayload(mission=Mission.from_access(access) if access else None, errors=errors)


@strawberry.type
class MissionQueries(RosterQueries):
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Missions where the caller has a role (observers included), newest "
        "election first.",
    )
    async def missions(self, info: Info) -> list[Mission]:
        async with info.context.runtime.db.read() as session:
            listed = await service.list_missions(session, principal=info.context.principal)
        return [Mission.from_row(m.mission, m.role) for m in listed]

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def mission(self, info: Info, id: strawberry.ID) -> Mission:
        mission_id = parse_id(id, "id")
        async with info.context.runtime.db.read() as session:
            access = await mission_access(
                session, principal=info.context.principal, mission_id=mission_id
            )
        return Mission.from_access(access)


@strawberry.type
class MissionMutations(RosterMutations):
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A new mission of an organization you administer or coordinate.",
    )
    async def create_mission(self, info: Info, input: CreateMissionInput) -> MissionPayload:
        principal = info.context.principal
        organization_id = parse_id(input.organization_id, "organizationId")
        data = service.MissionInput(
            name=input.name,
            country=input.country,
            time_zone=input.time_zone,
            election_dates=input.election_dates,
            phase=input.phase or MissionPhase.PRE_ELECTION,
        )

        async def work(session: AsyncSession) -> MissionAccess:
            return await service.create_mission(
                session, principal=principal, organization_id=organization_id, data=data
            )

        access, errors = await in_transaction(info, work)
        return _payload(access, errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def update_mission(
        self, info: Info, id: strawberry.ID, input: UpdateMissionInput
    ) -> MissionPayload:
        principal = info.context.principal
        mission_id = parse_id(id, "id")
        changes = service.MissionChanges(
            name=input.name,
            time_zone=input.time_zone,
            election_dates=input.election_dates,
            status=input.status,
            phase=input.phase,
        )

        async def work(session: AsyncSession) -> MissionAccess:
            return await service.update_mission(
                session, principal=principal, mission_id=mission_id, changes=changes
            )

        access, errors = await in_transaction(info, work)
        return _payload(access, errors)
