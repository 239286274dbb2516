"""Incidents in GraphQL. Names (note authors, assignees) only for callers who may see
personal data, and every such read is audited; analysts see observer codes, never names."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.dataloader import DataLoader

from schema.context import Info
from schema.types.forms import request_loader
from schema.types.locations import Location
from schema.types.missions import MissionMember, ObserverRef
from server.audit.service import READ_PERSONAL_DATA
from server.incidents import models
from server.incidents import reads as incident_reads
from server.incidents.models import IncidentCategory, IncidentSeverity, IncidentStatus
from server.missions.access import Can, MissionAccess
from server.missions.models import MissionLocation

strawberry.enum(IncidentSeverity, name="IncidentSeverity")
strawberry.enum(IncidentStatus, name="IncidentStatus")
strawberry.enum(IncidentCategory, name="IncidentCategory")


def _personal(info: Info, access: MissionAccess, person_id: int | None) -> bool:
    """Whether a person's name may be shown here; a shown name is audited."""
    if person_id is None or not access.may(Can.SEE_PERSONAL_DATA):
        return False
    info.context.audit.record(
        action=READ_PERSONAL_DATA, subject_type="person", subject_id=person_id
    )
    return True


def assignee_of(info: Info, row: incident_reads.MemberRow, access: MissionAccess) -> MissionMember:
    """The roster's MissionMember type; its name shows (audited) only to those who may see it."""
    member = row.member
    return MissionMember.from_row(member, show_name=_personal(info, access, member.person_id))


@strawberry.type
class IncidentNote:
    id: strawberry.ID
    text: str
    at: datetime
    author_name: str | None = strawberry.field(
        description="Null for callers who may not see names."
    )


@strawberry.type
class IncidentChange:
    at: datetime
    action: str
    from_status: IncidentStatus | None
    to_status: IncidentStatus | None


@strawberry.type(description="Something that went wrong at a mission's station, or anywhere.")
class Incident:
    id: strawberry.ID
    mission_id: strawberry.ID
    category: IncidentCategory
    severity: IncidentSeverity
    status: IncidentStatus
    description: str
    occurred_at: datetime
    reported_at: datetime
    row: strawberry.Private[models.Incident]
    access: strawberry.Private[MissionAccess]

    @classmethod
    def of(cls, row: models.Incident, access: MissionAccess) -> Incident:
        return cls(
            id=strawberry.ID(str(row.id)),
            mission_id=strawberry.ID(str(row.mission_id)),
            category=row.category,
            severity=row.severity,
            status=row.status,
            description=row.description,
            occurred_at=row.occurred_at,
            reported_at=row.reported_at,
            row=row,
            access=access,
        )

    @strawberry.field
    async def location(self, info: Info) -> Location | None:
        if self.row.location_id is None:
            return None
        loader: DataLoader[int, MissionLocation | None] = request_loader(
            info, "incident_location", lambda s, ids: incident_reads.locations_by_ids(s, ids=ids)
        )
        row = await loader.load(self.row.location_id)
        return None if row is None else Location.from_row(row)

    @strawberry.field(
        description="The observer who reported it, by code; null when a coordinator logged it."
    )
    async def reporter(self, info: Info) -> ObserverRef | None:
        if self.row.reporter_member_id is None:
            return None
        row = await _members(info).load(self.row.reporter_member_id)
        code = row.member.observer_code if row is not None else None
        return ObserverRef(
            member_id=strawberry.ID(str(self.row.reporter_member_id)), observer_code=code
        )

    @strawberry.field
    async def assignee(self, info: Info) -> MissionMember | None:
        if self.row.assignee_member_id is None:
            return None
        row = await _members(info).load(self.row.assignee_member_id)
        return None if row is None else assignee_of(info, row, self.access)

    @strawberry.field(description="The desk's notes; empty for the observer who reported it.")
    async def notes(self, info: Info) -> list[IncidentNote]:
        if not self.access.may(Can.SEE_INCIDENTS):
            return []
        loader: DataLoader[int, list[incident_reads.NoteRow] | None] = request_loader(
            info,
            "incident_notes",
            lambda s, ids: incident_reads.notes_by_incident(s, incident_ids=ids),
        )
        rows = await loader.load(int(self.id)) or []
        return [
            IncidentNote(
                id=strawberry.ID(str(r.note.id)),
                text=r.note.text,
                at=r.note.at,
                author_name=r.person_name if _personal(info, self.access, r.person_id) else None,
            )
            for r in rows
        ]

    @strawberry.field
    async def history(self, info: Info) -> list[IncidentChange]:
        loader: DataLoader[int, list[models.IncidentChange] | None] = request_loader(
            info,
            "incident_changes",
            lambda s, ids: incident_reads.changes_by_incident(s, incident_ids=ids),
        )
        rows = await loader.load(int(self.id)) or []
        return [
            IncidentChange(
                at=r.at, action=r.action.value, from_status=r.from_status, to_status=r.to_status
            )
            for r in rows
        ]


def _members(info: Info) -> DataLoader[int, incident_reads.MemberRow | None]:
    return request_loader(
        info, "incident_members", lambda s, ids: incident_reads.members_by_ids(s, ids=ids)
    )
