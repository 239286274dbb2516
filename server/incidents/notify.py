"""Telling a mission's coordinators at once about a critical incident.

Who: the mission's members with the coordinator role, and regional coordinators whose region
holds the incident's location. What: fixed words (the category and "critical") and a link to
the incident desk, never the description an observer typed. Each coordinator is told once
per incident (the key), so a retried report or job sends nothing more.
"""

from __future__ import annotations

import logging

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.incidents.models import Incident
from server.messaging.outbox import Outbox
from server.messaging.service import BudgetExceeded
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole
from server.notifications.service import About, notify
from server.notifications.templates import INCIDENT_CATEGORIES

logger = logging.getLogger(__name__)

TEMPLATE = "incident_critical"


def desk_path(mission_id: int, incident_id: int) -> str:
    return f"/missions/{mission_id}/incidents/{incident_id}"


async def coordinators_to_alert(
    session: AsyncSession, *, mission_id: int, path: str | None
) -> list[MissionMember]:
    """Coordinators, and the regional coordinators whose region holds `path`, in one
    statement whatever the roster's size."""
    rows = await session.exec(
        select(MissionMember, MissionLocation.path)
        .outerjoin(MissionLocation, col(MissionLocation.id) == col(MissionMember.region_id))
        .where(MissionMember.mission_id == mission_id)
        .where(
            col(MissionMember.role).in_([MissionRole.COORDINATOR, MissionRole.REGIONAL_COORDINATOR])
        )
        .order_by(col(MissionMember.id))
    )
    return [
        member
        for member, region_path in rows
        if member.role is MissionRole.COORDINATOR
        or (path is not None and region_path is not None and path.startswith(region_path))
    ]


async def alert_coordinators(
    session: AsyncSession, *, outbox: Outbox, mission: Mission, incident: Incident, path: str | None
) -> int:
    """Store one alert per coordinator; returns how many were stored (or found stored)."""
    assert mission.id is not None and incident.id is not None
    about = About(
        event_id=None,
        title="",
        host_organization_id=mission.organization_id,
        path=desk_path(mission.id, incident.id),
    )
    sent = 0
    for member in await coordinators_to_alert(session, mission_id=mission.id, path=path):
        try:
            stored = await notify(
                session,
                person_id=member.person_id,
                template=TEMPLATE,
                about=about,
                key=f"incident:{incident.id}:critical:{member.id}",
                outbox=outbox,
                params={"category": INCIDENT_CATEGORIES[incident.category.value]},
            )
        except BudgetExceeded:
            # The incident itself must be stored whatever the SMS budget says; the desk shows
            # it, and the operator sees the refusal in the log.
            logger.warning(
                "sms budget exceeded for an incident alert", extra={"incident": incident.id}
            )
            continue
        sent += stored is not None
    return sent
