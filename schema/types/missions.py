"""Missions in GraphQL (owned by the missions/roster work)."""

from __future__ import annotations

from datetime import date

import strawberry

from server.missions import models
from server.missions.models import MissionPhase, MissionRole, MissionStatus, ObserverKind

strawberry.enum(MissionStatus, name="MissionStatus")
strawberry.enum(MissionPhase, name="MissionPhase")
strawberry.enum(MissionRole, name="MissionRole")
strawberry.enum(ObserverKind, name="ObserverKind")


@strawberry.type(description="An observation mission of one election.")
class Mission:
    id: strawberry.ID
    organization_id: strawberry.ID
    name: str
    country: str
    time_zone: str
    election_dates: list[date]
    status: MissionStatus
    phase: MissionPhase

    @classmethod
    def from_row(cls, row: models.Mission) -> Mission:
        more = [date.fromisoformat(value) for value in row.more_election_dates]
        return cls(
            id=strawberry.ID(str(row.id)),
            organization_id=strawberry.ID(str(row.organization_id)),
            name=row.name,
            country=row.country,
            time_zone=row.time_zone,
            election_dates=[row.election_date, *more],
            status=row.status,
            phase=row.phase,
        )


@strawberry.type(description="An observer as analysts and partners see them: a code, never a name.")
class ObserverRef:
    member_id: strawberry.ID
    observer_code: str | None
