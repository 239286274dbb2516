"""Who may do what in a mission: the one table every mission, form, report and incident rule
consults.

A caller's standing in a mission comes from a `MissionMember` row (their mission role) or
from their organization role: admins and coordinators of the mission's organization, and
superusers, act as the mission's coordinators. Anyone else does not see the mission at all,
and `mission_access` answers for them exactly as for a mission that does not exist.

Regional coordinators act inside one subtree of the locations (`region_path`); observers see
only their own assignments and reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import NotFound
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole
from server.orgs.access import Principal
from server.orgs.models import Role


class Can(StrEnum):
    SEE_MISSION = "see_mission"  # name, dates, locations, forms
    MANAGE = "manage"  # edit the mission, import, forms, roster, deployments
    SEE_PERSONAL_DATA = "see_personal_data"  # observers' names and phones (audited)
    SEE_REPORTS = "see_reports"  # every report, with observer codes, never names
    REVIEW_REPORTS = "review_reports"  # verify, override with a reason, quarantine
    SEE_AGGREGATES = "see_aggregates"  # consolidated station values, counts
    SEE_INCIDENTS = "see_incidents"
    HANDLE_INCIDENTS = "handle_incidents"  # acknowledge, assign, note, resolve
    REPORT = "report"  # submit reports and incidents for one's own deployments


RULES: Mapping[Can, frozenset[MissionRole]] = {
    Can.SEE_MISSION: frozenset(MissionRole),
    Can.MANAGE: frozenset({MissionRole.COORDINATOR}),
    Can.SEE_PERSONAL_DATA: frozenset({MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR}),
    Can.SEE_REPORTS: frozenset(
        {MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR, MissionRole.ANALYST}
    ),
    Can.REVIEW_REPORTS: frozenset({MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR}),
    Can.SEE_AGGREGATES: frozenset(
        {
            MissionRole.COORDINATOR,
            MissionRole.REGIONAL_COORDINATOR,
            MissionRole.ANALYST,
            MissionRole.PARTNER_VIEWER,
        }
    ),
    Can.SEE_INCIDENTS: frozenset(
        {MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR, MissionRole.ANALYST}
    ),
    Can.HANDLE_INCIDENTS: frozenset({MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR}),
    Can.REPORT: frozenset({MissionRole.OBSERVER}),
}

NO_SUCH_MISSION = "No such mission."

# Organization roles that make one a coordinator of every mission of that organization.
ORGANIZATION_COORDINATORS = frozenset({Role.ADMIN, Role.COORDINATOR})


@dataclass(frozen=True)
class MissionAccess:
    """The caller's standing in one mission."""

    mission: Mission
    role: MissionRole
    # The caller's MissionMember row, if they have one (coordinators by organization role may not).
    member_id: int | None = None
    # Regional coordinators: the materialised path of their region ("/12/57/"); None means
    # the whole mission.
    region_path: str | None = None

    @property
    def mission_id(self) -> int:
        assert self.mission.id is not None
        return self.mission.id

    def may(self, can: Can) -> bool:
        return self.role in RULES[can]

    def covers(self, location_path: str) -> bool:
        """Whether a location (by its path) lies in the caller's scope."""
        return self.region_path is None or location_path.startswith(self.region_path)

    def may_at(self, can: Can, location_path: str) -> bool:
        """`may`, for one location: regional coordinators act only inside their region."""
        return self.may(can) and self.covers(location_path)

    def require(self, can: Can) -> None:
        """Refuse, as for a missing mission: a caller who may see the mission but not do this
        learns nothing more than an outsider would."""
        if not self.may(can):
            raise NotFound(NO_SUCH_MISSION)


def organization_coordinator(principal: Principal, organization_id: int) -> bool:
    if principal.system or principal.is_superuser:
        return True
    return principal.roles.get(organization_id) in ORGANIZATION_COORDINATORS


async def mission_access(
    session: AsyncSession, *, principal: Principal, mission_id: int
) -> MissionAccess:
    """The caller's standing in a mission; NotFound when the mission is missing or hidden."""
    mission = await session.get(Mission, mission_id)
    if mission is None or not principal.is_authenticated:
        raise NotFound(NO_SUCH_MISSION)
    if organization_coordinator(principal, mission.organization_id):
        member = await _member(session, principal, mission_id)
        return MissionAccess(mission, MissionRole.COORDINATOR, member.id if member else None)
    member = await _member(session, principal, mission_id)
    if member is None:
        raise NotFound(NO_SUCH_MISSION)
    region_path = None
    if member.role is MissionRole.REGIONAL_COORDINATOR:
        region = await session.get(MissionLocation, member.region_id) if member.region_id else None
        # A regional coordinator without a region (it was deleted) coordinates nothing.
        region_path = region.path if region is not None else "/none/"
    return MissionAccess(mission, member.role, member.id, region_path)


async def _member(
    session: AsyncSession, principal: Principal, mission_id: int
) -> MissionMember | None:
    if principal.person_id is None:
        return None
    result = await session.exec(
        select(MissionMember)
        .where(MissionMember.mission_id == mission_id)
        .where(MissionMember.person_id == principal.person_id)
    )
    return result.first()
