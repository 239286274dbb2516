"""The demo mission (issue 10, item 11): a living mission on whatever day the demo is loaded,
and an account to try each role with."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import SYSTEM
from server.db import Database
from server.events.localtime import to_local, zone
from server.forms.models import Form
from server.incidents.models import Incident, IncidentSeverity
from server.missions.access import mission_access
from server.missions.models import (
    Deployment,
    Mission,
    MissionLocation,
    MissionMember,
    MissionPhase,
    MissionRole,
    MissionStatus,
)
from server.models import metadata
from server.reports.models import Report, ReportStatus
from server.reports.queries import mission_summary
from server.seed import DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, seed_demo
from server.seed_missions import (
    DEMO_OBSERVER_EMAIL,
    DEMO_PARTNER_EMAIL,
    MISSION_NAME,
    TIME_ZONE,
    locations_csv,
    observers_csv,
)
from tests.conftest import GraphQLClient
from tests.server.test_cli import pluralis
from tests.server.test_seed import EDGE_DAYS

# The seed's month ends, leap day and European clock changes, North America's autumn one, and
# the last day of a leap year.
DAYS = [*EDGE_DAYS, date(2026, 11, 1), date(2028, 12, 31)]
DAY = date(2027, 8, 9)

EXPECTED = {
    "locations": 340,
    "stations": 320,
    "levels": 3,
    "observers": 12,
    "partner viewers": 1,
    "deployments": 13,  # the long-term observer covers two stations
    "forms": 3,
    "expected reports": 26,  # every deployment expects the checklist and the results form
    "reports": 13,
    "stations reporting": 8,
    "flagged": 1,
    "quarantined": 0,
    "conflicts": 1,
    "incidents": 1,
}


async def _count(session: AsyncSession, model: type[Any], *where: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def _mission(session: AsyncSession) -> Mission:
    mission = (await session.exec(select(Mission).where(Mission.name == MISSION_NAME))).one()
    return mission


async def census(session: AsyncSession, mission_id: int) -> dict[str, int]:
    """What a coordinator's dashboard of the demo mission counts."""
    access = await mission_access(session, principal=SYSTEM, mission_id=mission_id)
    summary = await mission_summary(session, access=access)
    here = MissionLocation.mission_id == mission_id
    members = MissionMember.mission_id == mission_id
    return {
        "locations": await _count(session, MissionLocation, here),
        "stations": summary.stations,
        "levels": int(
            await session.scalar(select(func.max(MissionLocation.level)).where(here)) or 0
        )
        + 1,
        "observers": await _count(
            session, MissionMember, members, MissionMember.role == MissionRole.OBSERVER
        ),
        "partner viewers": await _count(
            session, MissionMember, members, MissionMember.role == MissionRole.PARTNER_VIEWER
        ),
        "deployments": await _count(session, Deployment, Deployment.mission_id == mission_id),
        "forms": await _count(session, Form, Form.mission_id == mission_id),
        "expected reports": summary.expected_reports,
        "reports": summary.reports,
        "stations reporting": summary.stations_reporting,
        "flagged": summary.flagged,
        "quarantined": summary.quarantined,
        "conflicts": summary.conflicts,
        "incidents": await _count(session, Incident, Incident.mission_id == mission_id),
    }


async def _row_counts(session: AsyncSession) -> dict[str, int]:
    return {
        table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
        for table in metadata.sorted_tables
    }


class TestDemoMission:
    async def test_a_mission_on_election_day_with_stations_observers_reports_and_an_incident(
        self, db: Database
    ) -> None:
        async with db.transaction() as session:
            assert (await seed_demo(session, today=DAY)).created
        async with db.read() as session:
            mission = await _mission(session)
            assert mission.id is not None
            assert await census(session, mission.id) == EXPECTED
            flagged = await session.exec(
                select(MissionLocation.code, Form.code)
                .join(Report, col(Report.location_id) == MissionLocation.id)
                .join(Form, col(Form.id) == Report.form_id)
                .where(Report.status == ReportStatus.FLAGGED)
            )
            incident = (await session.exec(select(Incident))).one()
        assert (mission.country, mission.time_zone, mission.election_date) == ("GH", TIME_ZONE, DAY)
        assert (mission.status, mission.phase) == (MissionStatus.ACTIVE, MissionPhase.ELECTION_DAY)
        assert flagged.all() == [("NR-01-004", "RS")]
        assert incident.severity is IncidentSeverity.HIGH
        assert incident.reporter_member_id is not None

    async def test_the_stations_hang_three_levels_deep_and_their_paths_follow_their_parents(
        self, db: Database
    ) -> None:
        async with db.transaction() as session:
            await seed_demo(session, today=DAY)
        async with db.read() as session:
            rows = (await session.exec(select(MissionLocation))).all()
        by_id = {row.id: row for row in rows}
        for row in rows:
            parent = by_id.get(row.parent_id)
            above = parent.path if parent is not None else "/"
            assert row.path == f"{above}{row.id}/", row.code
            assert row.is_station == (row.level == 2), row.code
            assert (row.registered_voters is not None) == row.is_station, row.code

    async def test_seeding_again_changes_nothing(self, db: Database) -> None:
        async with db.transaction() as session:
            await seed_demo(session, today=DAY)
        async with db.read() as session:
            before = await _row_counts(session)
        async with db.transaction() as session:
            again = await seed_demo(session, today=date(2027, 8, 10))
        async with db.read() as session:
            assert await _row_counts(session) == before
            assert (await _mission(session)).election_date == DAY
        assert not again.created
        assert [email for _, email in again.other_accounts] == [
            DEMO_OBSERVER_EMAIL,
            DEMO_PARTNER_EMAIL,
        ]

    def test_the_files_it_imports_are_the_same_every_time(self) -> None:
        # Same stations, observer codes and phones on every load: idempotency keys and the
        # documented demo depend on them.
        assert locations_csv() == locations_csv()
        assert observers_csv() == observers_csv()
        assert locations_csv().count(b"\n") == 1 + 340


class TestDemoMissionOnAnyDay:
    @pytest.mark.parametrize("today", DAYS, ids=str)
    async def test_the_whole_demo_loads_and_election_day_is_the_day_it_is_loaded(
        self, db: Database, today: date
    ) -> None:
        async with db.transaction() as session:
            assert (await seed_demo(session, today=today)).created
        async with db.read() as session:
            mission = await _mission(session)
            assert mission.id is not None
            counts = await census(session, mission.id)
            incident = (await session.exec(select(Incident))).one()
        assert counts == EXPECTED
        assert mission.election_date == today
        assert to_local(incident.occurred_at, zone(TIME_ZONE)).date() == today


MISSIONS = "{ missions { id name myRole status phase electionDates stationCount observerCount } }"
ASSIGNMENTS = """query($m: ID!) { myAssignments(missionId: $m) {
  location { code } forms { code } } }"""
PARTNER_VIEW = """query($m: ID!) {
  missionSummary(missionId: $m) { stations reports flagged conflicts }
  missionObservers(missionId: $m, first: 50) { totalCount nodes { code name phones } } }"""


class TestDemoAccounts:
    async def _seeded(self, db: Database) -> None:
        async with db.transaction() as session:
            await seed_demo(session)

    async def _missions(self, gql: GraphQLClient, email: str) -> list[dict[str, Any]]:
        await gql.sign_in(email, DEMO_ADMIN_PASSWORD)
        body = await gql.execute(MISSIONS)
        assert "errors" not in body, body
        missions: list[dict[str, Any]] = body["data"]["missions"]
        return missions

    async def test_the_admin_coordinates_the_mission_on_todays_date(
        self, db: Database, gql: GraphQLClient
    ) -> None:
        await self._seeded(db)
        (mission,) = await self._missions(gql, DEMO_ADMIN_EMAIL)
        today = datetime.now(UTC).date().isoformat()
        assert mission["myRole"] == "COORDINATOR"
        assert (mission["status"], mission["phase"]) == ("ACTIVE", "ELECTION_DAY")
        # The seed's default day is the current UTC date: a run across midnight may see tomorrow.
        assert mission["electionDates"][0] >= today
        assert (mission["stationCount"], mission["observerCount"]) == (320, 12)

    async def test_the_observer_signs_in_and_finds_her_station_and_forms(
        self, db: Database, gql: GraphQLClient
    ) -> None:
        await self._seeded(db)
        (mission,) = await self._missions(gql, DEMO_OBSERVER_EMAIL)
        assert mission["myRole"] == "OBSERVER"
        body = await gql.execute(ASSIGNMENTS, {"m": mission["id"]})
        assert body["data"]["myAssignments"] == [
            {"location": {"code": "GA-01-001"}, "forms": [{"code": "CK"}, {"code": "RS"}]}
        ]

    async def test_the_partner_viewer_sees_counts_and_codes_but_no_name_or_phone(
        self, db: Database, gql: GraphQLClient
    ) -> None:
        await self._seeded(db)
        (mission,) = await self._missions(gql, DEMO_PARTNER_EMAIL)
        assert mission["myRole"] == "PARTNER_VIEWER"
        body = await gql.execute(PARTNER_VIEW, {"m": mission["id"]})
        assert "errors" not in body, body
        assert body["data"]["missionSummary"] == {
            "stations": 320,
            "reports": 13,
            "flagged": 1,
            "conflicts": 1,
        }
        observers = body["data"]["missionObservers"]
        assert observers["totalCount"] == 12
        assert all(
            o["code"] and o["name"] is None and o["phones"] is None for o in observers["nodes"]
        )


class TestSeedCommand:
    # faketime is a Debian package installed by `make chromium` (infra/install-chromium.sh),
    # which `make pytest` runs first.
    def test_election_day_is_the_utc_date_when_the_command_runs(self, tmp_path: Path) -> None:
        # 13:50 on 1 March in Kiritimati (UTC+14) is still leap day in UTC.
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/clock.db"}
        assert pluralis("migrate", env=env).returncode == 0
        seeded = subprocess.run(
            ["faketime", "2028-03-01 13:50:00", sys.executable, "-m", "server.cli", "seed"],
            capture_output=True,
            text=True,
            env={**os.environ, **env, "TZ": "Pacific/Kiritimati"},
            timeout=120,
            check=False,
        )
        assert seeded.returncode == 0, seeded.stderr
        with sqlite3.connect(tmp_path / "clock.db") as connection:
            (day,) = connection.execute("SELECT election_date FROM mission").fetchone()
        assert day == "2028-02-29"

    def test_prints_a_sign_in_for_each_role_and_again_when_already_loaded(
        self, tmp_path: Path
    ) -> None:
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/seed.db"}
        assert pluralis("migrate", env=env).returncode == 0
        for _ in range(2):
            seeded = pluralis("seed", env=env)
            assert seeded.returncode == 0, seeded.stderr
            assert f"Demo sign-in: {DEMO_ADMIN_EMAIL} / {DEMO_ADMIN_PASSWORD}" in seeded.stdout
            assert f"Demo observer: {DEMO_OBSERVER_EMAIL} / {DEMO_ADMIN_PASSWORD}" in seeded.stdout
            assert (
                f"Demo partner viewer: {DEMO_PARTNER_EMAIL} / {DEMO_ADMIN_PASSWORD}"
                in seeded.stdout
            )
