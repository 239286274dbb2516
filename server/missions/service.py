"""Missions: creating, editing and listing them, and the counts their pages show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit import limits
from server.kit.errors import FieldProblem, InvalidInput, Problems
from server.missions.access import (
    ORGANIZATION_COORDINATORS,
    Can,
    MissionAccess,
    mission_access,
    organization_coordinator,
)
from server.missions.models import (
    Mission,
    MissionLocation,
    MissionMember,
    MissionPhase,
    MissionRole,
    MissionStatus,
)
from server.orgs.access import Principal
from server.orgs.models import Organization
from server.orgs.resolve import NO_ORGANIZATION
from server.orgs.validation import check_country, check_time_zone

# A run-off, a second day of voting, a staggered election: a mission spans a few days.
MAX_ELECTION_DATES = 10


@dataclass(frozen=True)
class MissionInput:
    name: str
    country: str
    time_zone: str
    election_dates: Sequence[date]
    phase: MissionPhase = MissionPhase.PRE_ELECTION


@dataclass(frozen=True)
class MissionChanges:
    """Fields to change; None leaves a field as it is. The country is fixed at creation:
    every observer's phone was read in its numbering plan."""

    name: str | None = None
    time_zone: str | None = None
    election_dates: Sequence[date] | None = None
    status: MissionStatus | None = None
    phase: MissionPhase | None = None


async def get_mission(session: AsyncSession, *, mission_id: int) -> Mission | None:
    return await session.get(Mission, mission_id)


def _check_name(problems: Problems, name: str) -> str:
    name = name.strip()
    if not name:
        problems.add("name", "Enter the mission's name.", "required")
    elif len(name) > limits.NAME:
        problems.add("name", f"Use at most {limits.NAME} characters.", "too_long")
    return name


def _check_dates(problems: Problems, dates: Sequence[date]) -> list[date]:
    if not dates:
        problems.add("electionDates", "Give the election date.", "required")
    elif len(dates) > MAX_ELECTION_DATES:
        problems.add("electionDates", f"Give at most {MAX_ELECTION_DATES} dates.", "too_many")
    elif len(set(dates)) != len(dates):
        problems.add("electionDates", "A date is listed twice.", "duplicate")
    elif list(dates) != sorted(dates):
        problems.add("electionDates", "List the dates in order, earliest first.", "unsorted")
    return list(dates)


def _set_dates(mission: Mission, dates: Sequence[date]) -> None:
    mission.election_date = dates[0]
    mission.more_election_dates = [d.isoformat() for d in dates[1:]]


async def create_mission(
    session: AsyncSession, *, principal: Principal, organization_id: int, data: MissionInput
) -> MissionAccess:
    """A new mission of an organization, by its admins and coordinators (and superusers).

    Anyone else is told there is no such organization, as for one that does not exist.
    """
    principal.require_authenticated()
    allowed = organization_coordinator(principal, organization_id)
    if not allowed or await session.get(Organization, organization_id) is None:
        raise InvalidInput([FieldProblem("organizationId", NO_ORGANIZATION, "not_found")])
    problems = Problems()
    name = _check_name(problems, data.name)
    country = check_country(problems, "country", data.country)
    if country is None and not data.country.strip():
        problems.add("country", "Give the country (ISO 3166 alpha-2, like KE).", "required")
    check_time_zone(problems, "timeZone", data.time_zone)
    dates = _check_dates(problems, data.election_dates)
    problems.raise_if_any()
    assert country is not None
    mission = Mission(
        organization_id=organization_id,
        name=name,
        country=country,
        time_zone=data.time_zone,
        election_date=dates[0],
        phase=data.phase,
    )
    _set_dates(mission, dates)
    session.add(mission)
    await session.flush()
    assert mission.id is not None
    return await mission_access(session, principal=principal, mission_id=mission.id)


async def update_mission(
    session: AsyncSession, *, principal: Principal, mission_id: int, changes: MissionChanges
) -> MissionAccess:
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.MANAGE)
    mission = access.mission
    problems = Problems()
    name = _check_name(problems, changes.name) if changes.name is not None else None
    if changes.time_zone is not None:
        check_time_zone(problems, "timeZone", changes.time_zone)
    if changes.election_dates is not None:
        _check_dates(problems, changes.election_dates)
    problems.raise_if_any()
    if name is not None:
        mission.name = name
    if changes.time_zone is not None:
        mission.time_zone = changes.time_zone
    if changes.election_dates is not None:
        _set_dates(mission, changes.election_dates)
    if changes.status is not None:
        mission.status = changes.status
    if changes.phase is not None:
        mission.phase = changes.phase
    session.add(mission)
    await session.flush()
    return access


@dataclass(frozen=True)
class ListedMission:
    mission: Mission
    role: MissionRole


async def list_missions(session: AsyncSession, *, principal: Principal) -> list[ListedMission]:
    """Missions where the caller has a role, newest election first.

    Admins and coordinators of an organization coordinate all of its missions; superusers
    see every mission. One statement, whatever the number of missions.
    """
    if not principal.is_authenticated:
        return []
    coordinated = [
        org for org, role in principal.roles.items() if role in ORGANIZATION_COORDINATORS
    ]
    own_role = (
        select(MissionMember.role)
        .where(col(MissionMember.mission_id) == col(Mission.id))
        .where(MissionMember.person_id == (principal.person_id or -1))
        .scalar_subquery()
    )
    query = select(Mission, own_role)
    if not (principal.is_superuser or principal.system):
        query = query.where(
            or_(col(Mission.organization_id).in_(coordinated or [-1]), own_role.is_not(None))
        )
    rows = await session.exec(query.order_by(col(Mission.election_date).desc(), col(Mission.id)))
    listed = []
    for mission, role in rows.all():
        if organization_coordinator(principal, mission.organization_id):
            role = MissionRole.COORDINATOR
        listed.append(ListedMission(mission, MissionRole(role)))
    return listed


async def station_counts(session: AsyncSession, *, mission_ids: Sequence[int]) -> dict[int, int]:
    rows = await session.exec(
        select(MissionLocation.mission_id, func.count())
        .where(col(MissionLocation.mission_id).in_(mission_ids))
        .where(col(MissionLocation.is_station))
        .group_by(col(MissionLocation.mission_id))
    )
    return {mission_id: int(count) for mission_id, count in rows.all()}


async def observer_counts(session: AsyncSession, *, mission_ids: Sequence[int]) -> dict[int, int]:
    rows = await session.exec(
        select(MissionMember.mission_id, func.count())
        .where(col(MissionMember.mission_id).in_(mission_ids))
        .where(MissionMember.role == MissionRole.OBSERVER)
        .group_by(col(MissionMember.mission_id))
    )
    return {mission_id: int(count) for mission_id, count in rows.all()}
