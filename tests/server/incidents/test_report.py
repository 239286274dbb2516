"""Reporting an incident, at the service: the clock check on any day, and who is alerted."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from server.db import Database
from server.incidents.models import IncidentCategory, IncidentSeverity
from server.incidents.notify import coordinators_to_alert
from server.incidents.service import IncidentReport, report_incident
from server.kit.errors import InvalidInput
from server.messaging.outbox import Outbox
from server.missions.models import (
    Deployment,
    Mission,
    MissionLocation,
    MissionMember,
    MissionRole,
)
from server.orgs.access import Principal
from server.orgs.models import Organization, OrganizationKind, Person

# Month and year ends, a leap day, and both of Europe's clock changes of 2027.
NOWS = [
    datetime(2027, 1, 31, 23, 58, tzinfo=UTC),
    datetime(2027, 12, 31, 23, 59, 30, tzinfo=UTC),
    datetime(2028, 2, 29, 12, 0, tzinfo=UTC),
    datetime(2027, 3, 28, 1, 0, tzinfo=UTC),
    datetime(2027, 10, 31, 0, 59, tzinfo=UTC),
]


class Setup:
    def __init__(self, mission: int, station: int, region: int, members: dict[str, int]) -> None:
        self.mission, self.station, self.region, self.members = mission, station, region, members


async def _setup(db: Database) -> tuple[Setup, Principal]:
    async with db.transaction() as session:
        org = Organization(name="Watchers", slug="watchers", kind=OrganizationKind.MEMBER)
        session.add(org)
        await session.flush()
        assert org.id is not None
        mission = Mission(
            organization_id=org.id,
            name="Ruritania",
            country="RU",
            time_zone="Europe/Vienna",
            election_date=date(2027, 5, 9),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        region = MissionLocation(mission_id=mission.id, code="R", name="North")
        other = MissionLocation(mission_id=mission.id, code="Q", name="South")
        session.add_all([region, other])
        await session.flush()
        region.path, other.path = f"/{region.id}/", f"/{other.id}/"
        station = MissionLocation(
            mission_id=mission.id, parent_id=region.id, code="R1", name="School", level=1
        )
        session.add(station)
        await session.flush()
        station.path = f"{region.path}{station.id}/"
        members: dict[str, int] = {}
        roles = {
            "coordinator": (MissionRole.COORDINATOR, None),
            "north": (MissionRole.REGIONAL_COORDINATOR, region.id),
            "south": (MissionRole.REGIONAL_COORDINATOR, other.id),
            "analyst": (MissionRole.ANALYST, None),
            "observer": (MissionRole.OBSERVER, None),
        }
        for name, (role, region_id) in roles.items():
            person = Person(name=name)
            session.add(person)
            await session.flush()
            assert person.id is not None
            member = MissionMember(
                mission_id=mission.id, person_id=person.id, role=role, region_id=region_id
            )
            session.add(member)
            await session.flush()
            assert member.id is not None
            members[name] = member.id
            if name == "observer":
                observer_person = person.id
        assert station.id is not None and region.id is not None
        session.add(
            Deployment(mission_id=mission.id, member_id=members["observer"], location_id=station.id)
        )
    principal = Principal(user_id=None, person_id=observer_person, system=False)
    return Setup(mission.id, station.id, region.id, members), principal


def _report(setup: Setup, occurred_at: datetime) -> IncidentReport:
    return IncidentReport(
        idempotency_key=uuid.uuid4().hex,
        mission_id=setup.mission,
        location_id=setup.station,
        category=IncidentCategory.ACCESS_DENIED,
        severity=IncidentSeverity.LOW,
        description="Observers kept outside.",
        occurred_at=occurred_at,
    )


class TestTheClockCheck:
    @pytest.mark.parametrize("now", NOWS, ids=str)
    async def test_up_to_five_minutes_ahead_is_a_clock_and_more_is_refused(
        self, db: Database, now: datetime
    ) -> None:
        setup, principal = await _setup(db)
        # An API token's principal: authenticated without a user.
        principal = Principal(person_id=principal.person_id, api_token_id=1)
        async with db.transaction() as session:
            found = await report_incident(
                session,
                principal=principal,
                outbox=Outbox(gateway="outbox"),
                report=_report(setup, now + timedelta(minutes=5)),
                now=now,
            )
            assert found.incident.id is not None
            with pytest.raises(InvalidInput) as refused:
                await report_incident(
                    session,
                    principal=principal,
                    outbox=Outbox(gateway="outbox"),
                    report=_report(setup, now + timedelta(minutes=5, seconds=1)),
                    now=now,
                )
        assert [p.field for p in refused.value.problems] == ["occurredAt"]


class TestWhoIsAlerted:
    async def test_coordinators_and_the_regional_coordinator_of_the_place(
        self, db: Database
    ) -> None:
        setup, _ = await _setup(db)
        async with db.read() as session:
            async with db.read() as other:
                station = await other.get(MissionLocation, setup.station)
            assert station is not None
            placed = await coordinators_to_alert(
                session, mission_id=setup.mission, path=station.path
            )
            nowhere = await coordinators_to_alert(session, mission_id=setup.mission, path=None)
        by_id = {v: k for k, v in setup.members.items()}
        assert sorted(by_id[m.id] for m in placed if m.id) == ["coordinator", "north"]
        assert [by_id[m.id] for m in nowhere if m.id] == ["coordinator"]
