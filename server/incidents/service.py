"""Incidents: reporting one (idempotently), and who sees which.

Observers report for the stations they are deployed to (or for no station); coordinators
anywhere, regional coordinators inside their region. Coordinators and analysts read every
incident (regional coordinators: those in their region; an incident without a location only
the mission's coordinators); observers only those they reported; partner viewers none.
An incident the caller may not see answers exactly as a missing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.incidents.models import (
    IDEMPOTENCY_KEY,
    Incident,
    IncidentAction,
    IncidentCategory,
    IncidentChange,
    IncidentSeverity,
    IncidentStatus,
)
from server.incidents.notify import alert_coordinators
from server.kit import limits
from server.kit.errors import FieldProblem, InvalidInput, NotFound, Problems
from server.kit.pagination import Page, check_page_size, decode_cursor, keyset_page
from server.messaging.outbox import Outbox
from server.missions.access import NO_SUCH_MISSION, Can, MissionAccess, mission_access
from server.missions.models import Deployment, MissionLocation
from server.orgs.access import Principal

NO_SUCH_INCIDENT = "No such incident."
NO_SUCH_LOCATION = "No such location."
# Phones' clocks drift; an incident a few minutes "in the future" is a clock, not a lie.
CLOCK_SKEW = timedelta(minutes=5)
MIN_KEY = 8


@dataclass(frozen=True)
class IncidentReport:
    idempotency_key: str
    mission_id: int
    location_id: int | None
    category: IncidentCategory
    severity: IncidentSeverity
    description: str
    occurred_at: datetime


@dataclass(frozen=True)
class Located:
    """An incident with its location's path (None without a location) and the caller's
    standing in its mission."""

    incident: Incident
    path: str | None
    access: MissionAccess


def may_see(access: MissionAccess, incident: Incident, path: str | None) -> bool:
    if access.may(Can.SEE_INCIDENTS):
        # Only the whole mission's coordinators and analysts see incidents without a place.
        return access.region_path is None or (path is not None and access.covers(path))
    if access.may(Can.REPORT):
        return access.member_id is not None and incident.reporter_member_id == access.member_id
    return False


def may_handle(access: MissionAccess, path: str | None) -> bool:
    if not access.may(Can.HANDLE_INCIDENTS):
        return False
    return access.region_path is None or (path is not None and access.covers(path))


async def located(
    session: AsyncSession, *, principal: Principal, incident_id: int, can: Can
) -> Located:
    """The incident, if the caller may see it (SEE_INCIDENTS) or handle it
    (HANDLE_INCIDENTS); NotFound as for a missing incident otherwise."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(NO_SUCH_INCIDENT)
    try:
        access = await mission_access(session, principal=principal, mission_id=incident.mission_id)
    except NotFound:
        raise NotFound(NO_SUCH_INCIDENT) from None
    path = None
    if incident.location_id is not None:
        location = await session.get(MissionLocation, incident.location_id)
        path = location.path if location is not None else None
    allowed = (
        may_handle(access, path) if can is Can.HANDLE_INCIDENTS else may_see(access, incident, path)
    )
    if not allowed:
        raise NotFound(NO_SUCH_INCIDENT)
    return Located(incident, path, access)


def _check(report: IncidentReport, now: datetime) -> str:
    problems = Problems()
    key = report.idempotency_key.strip()
    if not MIN_KEY <= len(key) <= IDEMPOTENCY_KEY:
        problems.add("idempotencyKey", f"Give {MIN_KEY} to {IDEMPOTENCY_KEY} characters.")
    description = report.description.strip()
    if not 1 <= len(description) <= limits.INCIDENT_TEXT:
        problems.add(
            "description", f"Give 1 to {limits.INCIDENT_TEXT:,} characters.", "invalid_length"
        )
    if report.occurred_at.utcoffset() is None:
        problems.add("occurredAt", "Give the time with its time zone.", "naive_time")
    elif report.occurred_at > now + CLOCK_SKEW:
        problems.add("occurredAt", "This time is in the future.", "in_the_future")
    problems.raise_if_any()
    return description


async def _location(
    session: AsyncSession, *, access: MissionAccess, location_id: int | None
) -> MissionLocation | None:
    """The named location, checked against the caller's right to report there."""
    if location_id is None:
        if not access.may(Can.REPORT) and access.region_path is not None:
            raise InvalidInput(
                [FieldProblem("locationId", "Name a location in your region.", "outside_region")]
            )
        return None
    location = await session.get(MissionLocation, location_id)
    if location is None or location.mission_id != access.mission_id:
        raise NotFound(NO_SUCH_LOCATION)
    if access.may(Can.REPORT):
        deployed = await session.scalar(
            select(Deployment.id)
            .where(Deployment.member_id == access.member_id)
            .where(Deployment.location_id == location_id)
            .limit(1)
        )
        if deployed is None:
            raise InvalidInput(
                [FieldProblem("locationId", "You are not deployed here.", "not_deployed")]
            )
    elif not access.covers(location.path):
        raise InvalidInput(
            [FieldProblem("locationId", "This location is outside your region.", "outside_region")]
        )
    return location


async def _existing(
    session: AsyncSession, *, access: MissionAccess, principal: Principal, key: str
) -> Incident | None:
    row = await session.scalar(
        select(Incident).where(
            Incident.mission_id == access.mission_id, Incident.idempotency_key == key
        )
    )
    reporter = access.member_id if access.may(Can.REPORT) else None
    mine = row is not None and (row.created_by_user_id, row.reporter_member_id) == (
        principal.user_id,
        reporter,
    )
    if row is not None and not mine:
        # Keys are random per submission: someone else's is a client bug; say nothing of it.
        raise InvalidInput([FieldProblem("idempotencyKey", "Use a new key.", "key_in_use")])
    return row


async def report_incident(
    session: AsyncSession,
    *,
    principal: Principal,
    outbox: Outbox,
    report: IncidentReport,
    now: datetime | None = None,
) -> Located:
    """Store an incident once per key: any retry, or a racing copy, gets the same incident
    back and notifies nobody again. A critical one alerts the coordinators at once."""
    access = await mission_access(session, principal=principal, mission_id=report.mission_id)
    if not (access.may(Can.REPORT) or access.may(Can.HANDLE_INCIDENTS)):
        raise NotFound(NO_SUCH_MISSION)
    key = report.idempotency_key.strip()
    found = await _existing(session, access=access, principal=principal, key=key)
    if found is not None:
        return await _with_path(session, found, access)
    description = _check(report, now or utcnow())
    location = await _location(session, access=access, location_id=report.location_id)
    incident = Incident(
        mission_id=access.mission_id,
        location_id=report.location_id,
        reporter_member_id=access.member_id if access.may(Can.REPORT) else None,
        created_by_user_id=principal.user_id,
        category=report.category,
        severity=report.severity,
        description=description,
        occurred_at=report.occurred_at,
        idempotency_key=key,
    )
    try:
        async with session.begin_nested():
            session.add(incident)
            await session.flush()
    except IntegrityError:
        # A copy of this submission committed first (the unique key): answer with it.
        raced = await _existing(session, access=access, principal=principal, key=key)
        if raced is None:
            raise
        return await _with_path(session, raced, access)
    assert incident.id is not None
    session.add(
        IncidentChange(
            incident_id=incident.id,
            action=IncidentAction.REPORTED,
            to_status=IncidentStatus.NEW,
            actor_user_id=principal.user_id,
        )
    )
    if incident.severity is IncidentSeverity.CRITICAL:
        await alert_coordinators(
            session,
            outbox=outbox,
            mission=access.mission,
            incident=incident,
            path=location.path if location else None,
        )
    await session.flush()
    return Located(incident, location.path if location else None, access)


async def _with_path(session: AsyncSession, incident: Incident, access: MissionAccess) -> Located:
    location = (
        await session.get(MissionLocation, incident.location_id) if incident.location_id else None
    )
    return Located(incident, location.path if location else None, access)


async def get_incident(session: AsyncSession, *, principal: Principal, incident_id: int) -> Located:
    return await located(
        session, principal=principal, incident_id=incident_id, can=Can.SEE_INCIDENTS
    )


async def list_incidents(
    session: AsyncSession,
    *,
    principal: Principal,
    mission_id: int,
    status: IncidentStatus | None,
    severity: IncidentSeverity | None,
    first: int,
    after: str | None,
    with_total: bool,
) -> tuple[MissionAccess, Page[Incident]]:
    """Newest first. Partner viewers are refused as for a missing mission (they see counts
    elsewhere)."""
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    if not (access.may(Can.SEE_INCIDENTS) or access.may(Can.REPORT)):
        raise NotFound(NO_SUCH_MISSION)
    statement = select(Incident).where(Incident.mission_id == mission_id)
    if status is not None:
        statement = statement.where(Incident.status == status)
    if severity is not None:
        statement = statement.where(Incident.severity == severity)
    if not access.may(Can.SEE_INCIDENTS):
        statement = statement.where(Incident.reporter_member_id == access.member_id)
    elif access.region_path is not None:
        statement = statement.join(
            MissionLocation, col(MissionLocation.id) == col(Incident.location_id)
        ).where(col(MissionLocation.path).startswith(access.region_path, autoescape=True))
    # Newest first: the negated id orders like the report time and is unique.
    order = -col(Incident.id)
    page = await keyset_page(
        session,
        statement,
        order=(order, col(Incident.id)),
        after=None if after is None else _cursor(after),
        first=check_page_size(first),
        count=select(func.count()).select_from(statement.subquery()) if with_total else None,
        cursor=lambda row: (-(row.id or 0), row.id),
    )
    return access, page


def _cursor(after: str) -> tuple[int, int]:
    values = decode_cursor(after, 2)
    if not all(type(v) is int for v in values):
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")])
    return int(str(values[0])), int(str(values[1]))


async def incidents_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, Incident]:
    rows = await session.exec(select(Incident).where(col(Incident.id).in_(ids)))
    return {row.id: row for row in rows if row.id is not None}
