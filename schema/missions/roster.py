"""The mission roster in GraphQL: roles, observers (and their import), deployments.

Resolvers parse ids, ask server/missions for the caller's access and the rows, and shape the
answer; what each caller sees of an observer is decided per observer in the types.
"""

from __future__ import annotations

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from schema.accounts.two_factor import OkPayload
from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import connection, parse_id, parse_optional_id, selects
from schema.types.imports import MAX_LISTED_PROBLEMS, ImportPayload, ImportProblem, ImportResult
from schema.types.missions import (
    Assignment,
    Deployment,
    DeploymentConnection,
    MissionMember,
    Observer,
    ObserverConnection,
)
from schema.units import in_transaction
from server.missions import deployments, members, observers
from server.missions.access import Can, MissionAccess, mission_access
from server.missions.importing import ImportResult as ServerImportResult
from server.missions.models import MissionRole
from server.missions.observer_import import import_observers


@strawberry.type
class MissionMemberPayload:
    member: MissionMember | None
    errors: list[FieldError]


@strawberry.type
class DeploymentPayload:
    deployment: Deployment | None
    errors: list[FieldError]


def import_result(result: ServerImportResult, *, dry_run: bool) -> ImportResult:
    return ImportResult(
        dry_run=dry_run,
        ok=result.clean,
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        problems=[
            ImportProblem(line=p.line, column=p.column, message=p.message)
            for p in result.problems[:MAX_LISTED_PROBLEMS]
        ],
        problem_count=len(result.problems),
    )


async def _access(info: Info, mission_id: strawberry.ID) -> MissionAccess:
    async with info.context.runtime.db.read() as session:
        return await mission_access(
            session, principal=info.context.principal, mission_id=parse_id(mission_id, "missionId")
        )


@strawberry.type
class RosterQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="A mission's observers by code, for everyone with a role in it but "
        "observers. search matches codes, and names for those who may see them.",
    )
    async def mission_observers(
        self,
        info: Info,
        mission_id: strawberry.ID,
        search: str | None = None,
        location_id: strawberry.ID | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> ObserverConnection:
        location = parse_optional_id(location_id, "locationId")
        async with info.context.runtime.db.read() as session:
            access = await mission_access(
                session,
                principal=info.context.principal,
                mission_id=parse_id(mission_id, "missionId"),
            )
            page = await observers.list_observers(
                session,
                access=access,
                search=search,
                location_id=location,
                first=first,
                after=after,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, lambda row: Observer.from_row(row, access))

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="The mission's coordinators, regional coordinators, analysts and partner "
        "viewers (for its coordinators).",
    )
    async def mission_members(self, info: Info, mission_id: strawberry.ID) -> list[MissionMember]:
        access = await _access(info, mission_id)
        async with info.context.runtime.db.read() as session:
            rows = await members.list_staff(session, access=access)
        return [MissionMember.from_row(row, show_name=True) for row in rows]

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def mission_deployments(
        self,
        info: Info,
        mission_id: strawberry.ID,
        location_id: strawberry.ID | None = None,
        observer_id: strawberry.ID | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> DeploymentConnection:
        location = parse_optional_id(location_id, "locationId")
        observer = parse_optional_id(observer_id, "observerId")
        access = await _access(info, mission_id)
        async with info.context.runtime.db.read() as session:
            page = await deployments.list_deployments(
                session,
                access=access,
                location_id=location,
                observer_id=observer,
                first=first,
                after=after,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, lambda row: Deployment.from_row(row, access))

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="The caller's own deployments in a mission (observers).",
    )
    async def my_assignments(self, info: Info, mission_id: strawberry.ID) -> list[Assignment]:
        access = await _access(info, mission_id)
        async with info.context.runtime.db.read() as session:
            assigned = await deployments.my_assignments(session, access=access)
        return [
            Assignment(
                deployment_id=strawberry.ID(str(a.deployment.id)),
                location_id=a.location.id or 0,
                form_ids=a.form_ids,
            )
            for a in assigned
        ]


@strawberry.type
class RosterMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Give a person a role in a mission (a second call changes it). The person "
        "must be a member of the mission's organization or of one you administer. "
        "regionId: for regional coordinators, the top of their region.",
    )
    async def add_mission_member(
        self,
        info: Info,
        mission_id: strawberry.ID,
        person_id: strawberry.ID,
        role: MissionRole,
        region_id: strawberry.ID | None = None,
    ) -> MissionMemberPayload:
        principal = info.context.principal
        mission, person = parse_id(mission_id, "missionId"), parse_id(person_id, "personId")
        region = parse_optional_id(region_id, "regionId")

        async def work(session: AsyncSession) -> MissionMember:
            row = await members.add_member(
                session,
                principal=principal,
                mission_id=mission,
                person_id=person,
                role=role,
                region_id=region,
            )
            return MissionMember.from_row(row, show_name=True)

        member, errors = await in_transaction(info, work)
        return MissionMemberPayload(member=member, errors=errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def remove_mission_member(self, info: Info, id: strawberry.ID) -> OkPayload:
        principal = info.context.principal
        member_id = parse_id(id, "id")
        _, errors = await in_transaction(
            info, lambda s: members.remove_member(s, principal=principal, member_id=member_id)
        )
        return OkPayload(ok=not errors, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Import observers from CSV (see docs/missions.md): all rows or none. "
        "Send as a multipart request with the header X-Pluralis-Upload: 1.",
    )
    async def import_observers(
        self, info: Info, mission_id: strawberry.ID, file: Upload, dry_run: bool = False
    ) -> ImportPayload:
        principal = info.context.principal
        mission = parse_id(mission_id, "missionId")
        # Access first: whoever may not import learns nothing, whatever they sent.
        async with info.context.runtime.db.read() as session:
            access = await mission_access(session, principal=principal, mission_id=mission)
            access.require(Can.MANAGE)
        if not isinstance(file, UploadFile):
            problem = FieldError(
                field="file", message="Send the file as a multipart upload.", code="invalid"
            )
            return ImportPayload(result=None, errors=[problem])
        data = await file.read()

        async def work(session: AsyncSession) -> ServerImportResult:
            return await import_observers(
                session, principal=principal, mission_id=mission, data=data, dry_run=dry_run
            )

        result, errors = await in_transaction(info, work)
        if result is None:
            return ImportPayload(result=None, errors=errors)
        return ImportPayload(result=import_result(result, dry_run=dry_run), errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Send an observer to a polling station for these forms; deploying them "
        "there again replaces the forms.",
    )
    async def deploy_observer(
        self,
        info: Info,
        observer_id: strawberry.ID,
        location_id: strawberry.ID,
        form_ids: list[strawberry.ID],
    ) -> DeploymentPayload:
        principal = info.context.principal
        observer, location = (
            parse_id(observer_id, "observerId"),
            parse_id(location_id, "locationId"),
        )
        forms = [parse_id(f, f"formIds.{i}") for i, f in enumerate(form_ids)]

        async def work(session: AsyncSession) -> Deployment:
            row, access = await deployments.deploy_observer(
                session,
                principal=principal,
                observer_id=observer,
                location_id=location,
                form_ids=forms,
            )
            return Deployment.from_row(row, access)

        deployment, errors = await in_transaction(info, work)
        return DeploymentPayload(deployment=deployment, errors=errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def remove_deployment(self, info: Info, id: strawberry.ID) -> OkPayload:
        principal = info.context.principal
        deployment_id = parse_id(id, "id")
        _, errors = await in_transaction(
            info,
            lambda s: deployments.remove_deployment(
                s, principal=principal, deployment_id=deployment_id
            ),
        )
        return OkPayload(ok=not errors, errors=errors)
