"""Locations in GraphQL: the tree of a mission, one location, and the CSV import
(see docs/missions.md)."""

from __future__ import annotations

import strawberry
from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import Connection, connection, parse_id, selects
from schema.types.imports import ImportPayload, import_result
from schema.types.locations import Location
from server.missions import locations
from server.missions.access import Can, mission_access
from server.missions.importing import import_file

NOT_AN_UPLOAD = FieldError(
    field="file",
    message="Send the file as a multipart upload (the GraphQL multipart request spec).",
    code="invalid",
)


@strawberry.type
class LocationQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Children of parentId (the top level when null); with search, locations "
        "in the whole mission (or under parentId) whose code or name starts with it.",
    )
    async def mission_locations(
        self,
        info: Info,
        mission_id: strawberry.ID,
        parent_id: strawberry.ID | None = None,
        search: str | None = None,
        first: int = 100,
        after: str | None = None,
    ) -> Connection[Location]:
        mission = parse_id(mission_id, "missionId")
        parent = None if parent_id is None else parse_id(parent_id, "parentId")
        async with info.context.runtime.db.read() as session:
            access = await mission_access(
                session, principal=info.context.principal, mission_id=mission
            )
            access.require(Can.SEE_MISSION)
            above = (
                None
                if parent is None
                else await locations.mission_location(
                    session, mission_id=mission, location_id=parent
                )
            )
            page = await locations.list_locations(
                session,
                mission_id=mission,
                parent=above,
                search=search,
                first=first,
                after=after,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, Location.from_row)

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def location(self, info: Info, id: strawberry.ID) -> Location:
        location_id = parse_id(id, "id")
        async with info.context.runtime.db.read() as session:
            row, _ = await locations.location_access(
                session,
                principal=info.context.principal,
                location_id=location_id,
                can=Can.SEE_MISSION,
            )
        return Location.from_row(row)


@strawberry.type
class LocationMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Import locations from a CSV file (docs/missions.md): all or nothing; "
        "with dryRun, check and count only. Coordinators of the mission.",
    )
    async def import_locations(
        self, info: Info, mission_id: strawberry.ID, file: Upload, dry_run: bool = False
    ) -> ImportPayload:
        mission = parse_id(mission_id, "missionId")
        async with info.context.runtime.db.transaction() as session:
            access = await mission_access(
                session, principal=info.context.principal, mission_id=mission
            )
            access.require(Can.MANAGE)
            # A JSON request can put any value where the file goes; only a real upload counts.
            if not isinstance(file, UploadFile):
                return ImportPayload(result=None, errors=[NOT_AN_UPLOAD])
            data = await file.read()
            result = await import_file(session, mission_id=mission, data=data, dry_run=dry_run)
        return ImportPayload(
            result=import_result(
                dry_run=dry_run,
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                problems=result.problems,
            ),
            errors=[],
        )
