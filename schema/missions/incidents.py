"""Incidents in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import Connection, connection, parse_id, parse_optional_id, selects
from schema.types.incidents import Incident
from schema.units import in_transaction, in_transaction_with_outbox
from server.incidents import service as incidents
from server.incidents import workflow
from server.incidents.models import IncidentCategory, IncidentSeverity, IncidentStatus
from server.incidents.service import IncidentReport, Located


@strawberry.input
class ReportIncidentInput:
    idempotency_key: str = strawberry.field(
        description="Client-generated; the same key always yields the same incident."
    )
    mission_id: strawberry.ID
    location_id: strawberry.ID | None = None
    category: IncidentCategory
    severity: IncidentSeverity
    description: str
    occurred_at: datetime


@strawberry.type
class IncidentPayload:
    incident: Incident | None = None
    errors: list[FieldError]


def _payload(found: Located | None, errors: list[FieldError]) -> IncidentPayload:
    if found is None:
        return IncidentPayload(errors=errors)
    return IncidentPayload(incident=Incident.of(found.incident, found.access), errors=[])


async def _change(
    info: Info, work: Callable[[AsyncSession], Awaitable[Located]]
) -> IncidentPayload:
    found, errors = await in_transaction(info, work)
    return _payload(found, errors)


@strawberry.type
class IncidentQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Coordinators/analysts: all (regional: their region); observers: their own.",
    )
    async def mission_incidents(
        self,
        info: Info,
        mission_id: strawberry.ID,
        status: IncidentStatus | None = None,
        severity: IncidentSeverity | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> Connection[Incident]:
        async with info.context.runtime.db.read() as session:
            access, page = await incidents.list_incidents(
                session,
                principal=info.context.principal,
                mission_id=parse_id(mission_id, "missionId"),
                status=status,
                severity=severity,
                first=first,
                after=after,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, lambda row: Incident.of(row, access))

    @strawberry.field(permission_classes=AUTHENTICATED, description="NOT_FOUND when hidden.")
    async def incident(self, info: Info, id: strawberry.ID) -> Incident:
        async with info.context.runtime.db.read() as session:
            found = await incidents.get_incident(
                session, principal=info.context.principal, incident_id=parse_id(id, "id")
            )
        return Incident.of(found.incident, found.access)


@strawberry.type
class IncidentMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Observers for their stations (or none); coordinators anywhere. A critical "
        "incident alerts the mission's coordinators at once.",
    )
    async def report_incident(self, info: Info, input: ReportIncidentInput) -> IncidentPayload:
        principal = info.context.principal
        report = IncidentReport(
            idempotency_key=input.idempotency_key,
            mission_id=parse_id(input.mission_id, "missionId"),
            location_id=parse_optional_id(input.location_id, "locationId"),
            category=input.category,
            severity=input.severity,
            description=input.description,
            occurred_at=input.occurred_at,
        )
        found, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: incidents.report_incident(
                s, principal=principal, outbox=outbox, report=report
            ),
        )
        return _payload(found, errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def acknowledge_incident(self, info: Info, id: strawberry.ID) -> IncidentPayload:
        principal, incident_id = info.context.principal, parse_id(id, "id")
        return await _change(
            info,
            lambda s: workflow.acknowledge_incident(
                s, principal=principal, incident_id=incident_id
            ),
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Give it to a coordinator of the mission; memberId null takes it back.",
    )
    async def assign_incident(
        self, info: Info, id: strawberry.ID, member_id: strawberry.ID | None = None
    ) -> IncidentPayload:
        principal, incident_id = info.context.principal, parse_id(id, "id")
        member = parse_optional_id(member_id, "memberId")
        return await _change(
            info,
            lambda s: workflow.assign_incident(
                s, principal=principal, incident_id=incident_id, member_id=member
            ),
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def add_incident_note(self, info: Info, id: strawberry.ID, text: str) -> IncidentPayload:
        principal, incident_id = info.context.principal, parse_id(id, "id")
        return await _change(
            info,
            lambda s: workflow.add_incident_note(
                s, principal=principal, incident_id=incident_id, text=text
            ),
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def resolve_incident(
        self, info: Info, id: strawberry.ID, note: str | None = None
    ) -> IncidentPayload:
        principal, incident_id = info.context.principal, parse_id(id, "id")
        return await _change(
            info,
            lambda s: workflow.resolve_incident(
                s, principal=principal, incident_id=incident_id, note=note
            ),
        )
