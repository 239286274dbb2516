"""The incident workflow: new -> acknowledged -> resolved (resolving straight from new too),
with an assignee and notes. Every change is a history row; an invalid transition is a field
error and changes nothing. Only those who handle the incident's place act on it (coordinators;
regional coordinators in their region)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from server.incidents.models import (
    Incident,
    IncidentAction,
    IncidentChange,
    IncidentNote,
    IncidentStatus,
)
from server.incidents.service import Located, located
from server.kit import limits
from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.missions.access import Can
from server.missions.models import MissionLocation, MissionMember, MissionRole
from server.orgs.access import Principal

NO_SUCH_MEMBER = "No such member."
# Where each status may go next.
NEXT: dict[IncidentStatus, frozenset[IncidentStatus]] = {
    IncidentStatus.NEW: frozenset({IncidentStatus.ACKNOWLEDGED, IncidentStatus.RESOLVED}),
    IncidentStatus.ACKNOWLEDGED: frozenset({IncidentStatus.RESOLVED}),
    IncidentStatus.RESOLVED: frozenset(),
}


def _record(
    session: AsyncSession,
    incident: Incident,
    action: IncidentAction,
    principal: Principal,
    to_status: IncidentStatus | None = None,
) -> None:
    assert incident.id is not None
    session.add(
        IncidentChange(
            incident_id=incident.id,
            action=action,
            from_status=incident.status if to_status else None,
            to_status=to_status,
            actor_user_id=principal.user_id,
        )
    )


async def _move(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: int,
    to: IncidentStatus,
    action: IncidentAction,
) -> Located:
    found = await located(
        session, principal=principal, incident_id=incident_id, can=Can.HANDLE_INCIDENTS
    )
    incident = found.incident
    if to not in NEXT[incident.status]:
        raise InvalidInput(
            [
                FieldProblem(
                    "id",
                    f"An incident that is {incident.status.value} cannot become {to.value}.",
                    "invalid_transition",
                )
            ]
        )
    _record(session, incident, action, principal, to)
    incident.status = to
    session.add(incident)
    await session.flush()
    return found


async def acknowledge_incident(
    session: AsyncSession, *, principal: Principal, incident_id: int
) -> Located:
    return await _move(
        session,
        principal=principal,
        incident_id=incident_id,
        to=IncidentStatus.ACKNOWLEDGED,
        action=IncidentAction.ACKNOWLEDGED,
    )


async def resolve_incident(
    session: AsyncSession, *, principal: Principal, incident_id: int, note: str | None
) -> Located:
    found = await _move(
        session,
        principal=principal,
        incident_id=incident_id,
        to=IncidentStatus.RESOLVED,
        action=IncidentAction.RESOLVED,
    )
    if note is not None and note.strip():
        _add_note(session, found.incident, principal, _text(note, "note"))
        await session.flush()
    return found


def _text(value: str, field: str) -> str:
    text = value.strip()
    if not 1 <= len(text) <= limits.INCIDENT_TEXT:
        raise InvalidInput(
            [
                FieldProblem(
                    field, f"Give 1 to {limits.INCIDENT_TEXT:,} characters.", "invalid_length"
                )
            ]
        )
    return text


def _add_note(session: AsyncSession, incident: Incident, principal: Principal, text: str) -> None:
    assert incident.id is not None
    session.add(IncidentNote(incident_id=incident.id, author_user_id=principal.user_id, text=text))
    _record(session, incident, IncidentAction.NOTE_ADDED, principal)


async def add_incident_note(
    session: AsyncSession, *, principal: Principal, incident_id: int, text: str
) -> Located:
    found = await located(
        session, principal=principal, incident_id=incident_id, can=Can.HANDLE_INCIDENTS
    )
    _add_note(session, found.incident, principal, _text(text, "text"))
    await session.flush()
    return found


async def assign_incident(
    session: AsyncSession, *, principal: Principal, incident_id: int, member_id: int | None
) -> Located:
    """Give the incident to a coordinator of its mission (a regional coordinator only if the
    incident lies in their region), or take it back with None."""
    found = await located(
        session, principal=principal, incident_id=incident_id, can=Can.HANDLE_INCIDENTS
    )
    incident = found.incident
    if member_id is not None:
        member = await session.get(MissionMember, member_id)
        if member is None or member.mission_id != incident.mission_id:
            raise NotFound(NO_SUCH_MEMBER)
        if not await _may_take(session, member, found.path):
            raise InvalidInput(
                [
                    FieldProblem(
                        "memberId",
                        "Assign a coordinator of this mission (a regional coordinator only "
                        "inside their region).",
                        "not_a_coordinator",
                    )
                ]
            )
    if incident.status is IncidentStatus.RESOLVED:
        raise InvalidInput([FieldProblem("id", "This incident is resolved.", "invalid_transition")])
    if member_id == incident.assignee_member_id:
        return found
    action = IncidentAction.UNASSIGNED if member_id is None else IncidentAction.ASSIGNED
    _record(session, incident, action, principal)
    incident.assignee_member_id = member_id
    session.add(incident)
    await session.flush()
    return found


async def _may_take(session: AsyncSession, member: MissionMember, path: str | None) -> bool:
    if member.role is MissionRole.COORDINATOR:
        return True
    if member.role is not MissionRole.REGIONAL_COORDINATOR or member.region_id is None:
        return False
    region = await session.get(MissionLocation, member.region_id)
    return region is not None and path is not None and path.startswith(region.path)
