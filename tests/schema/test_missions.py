"""Missions over GraphQL: creating, editing, listing, and what each caller's role is."""

from __future__ import annotations

from typing import Any

import pytest

from server.missions.models import MissionRole
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes
from tests.schema.missions_support import add_locations, add_member, add_mission
from tests.sqlcount import count_statements

CREATE = """
mutation($input: CreateMissionInput!) { createMission(input: $input) {
  mission { id organizationId name country timeZone electionDates status phase myRole
            stationCount observerCount }
  errors { field code message } } }"""
UPDATE = """
mutation($id: ID!, $input: UpdateMissionInput!) { updateMission(id: $id, input: $input) {
  mission { id name timeZone electionDates status phase } errors { field code } } }"""
MISSIONS = "{ missions { id name myRole stationCount observerCount electionDates } }"
MISSION = "query($id: ID!) { mission(id: $id) { id name myRole stationCount observerCount } }"


def mission_input(org: int, **fields: Any) -> dict[str, Any]:
    return {
        "organizationId": str(org),
        "name": "Kenya general election 2027",
        "country": "ke",
        "timeZone": "Africa/Nairobi",
        "electionDates": ["2027-08-10"],
        **fields,
    }


class TestCreateMission:
    async def test_an_admin_creates_a_mission_and_coordinates_it(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            CREATE, {"input": mission_input(world.kenya)}, token=world.admin.token
        )
        payload = body["data"]["createMission"]
        assert payload["errors"] == []
        assert payload["mission"] | {"id": None} == {
            "id": None,
            "organizationId": str(world.kenya),
            "name": "Kenya general election 2027",
            "country": "KE",
            "timeZone": "Africa/Nairobi",
            "electionDates": ["2027-08-10"],
            "status": "DRAFT",
            "phase": "PRE_ELECTION",
            "myRole": "COORDINATOR",
            "stationCount": 0,
            "observerCount": 0,
        }

    async def test_an_organization_coordinator_may_create_one(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            CREATE, {"input": mission_input(world.kenya)}, token=world.coordinator.token
        )
        assert body["data"]["createMission"]["errors"] == []

    @pytest.mark.parametrize("who", ["organizer", "observer", "partner", "ghana_admin"])
    async def test_anyone_else_is_told_there_is_no_such_organization(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        token = getattr(world, who).token
        hidden = await gql.execute(CREATE, {"input": mission_input(world.kenya)}, token=token)
        missing = await gql.execute(CREATE, {"input": mission_input(987654)}, token=token)
        assert hidden == missing
        assert hidden["data"]["createMission"]["errors"] == [
            {"field": "organizationId", "code": "not_found", "message": "No such organization."}
        ]

    @pytest.mark.parametrize(
        ("fields", "field", "code"),
        [
            ({"name": "  "}, "name", "required"),
            ({"country": "XX"}, "country", "unknown"),
            ({"country": ""}, "country", "required"),
            ({"timeZone": "Mars/Olympus"}, "timeZone", "invalid"),
            ({"electionDates": []}, "electionDates", "required"),
            ({"electionDates": ["2027-08-10", "2027-08-10"]}, "electionDates", "duplicate"),
            ({"electionDates": ["2027-08-11", "2027-08-10"]}, "electionDates", "unsorted"),
            (
                {"electionDates": [f"2027-08-{d:02d}" for d in range(1, 12)]},
                "electionDates",
                "too_many",
            ),
        ],
    )
    async def test_bad_input_is_refused_field_by_field(
        self, gql: GraphQLClient, world: World, fields: dict[str, Any], field: str, code: str
    ) -> None:
        body = await gql.execute(
            CREATE, {"input": mission_input(world.kenya, **fields)}, token=world.admin.token
        )
        payload = body["data"]["createMission"]
        assert payload["mission"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]

    async def test_several_polling_days_are_kept_in_order(
        self, gql: GraphQLClient, world: World
    ) -> None:
        dates = ["2027-08-10", "2027-08-11", "2027-10-05"]
        body = await gql.execute(
            CREATE,
            {"input": mission_input(world.kenya, electionDates=dates, phase="ELECTION_DAY")},
            token=world.admin.token,
        )
        mission = body["data"]["createMission"]["mission"]
        assert (mission["electionDates"], mission["phase"]) == (dates, "ELECTION_DAY")


class TestUpdateMission:
    async def test_a_coordinator_edits_name_dates_status_and_phase(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        mission = await add_mission(runtime.db, organization_id=world.kenya)
        changes = {
            "name": "Renamed",
            "timeZone": "UTC",
            "electionDates": ["2027-09-01", "2027-09-02"],
            "status": "ACTIVE",
            "phase": "ELECTION_DAY",
        }
        body = await gql.execute(
            UPDATE, {"id": str(mission), "input": changes}, token=world.coordinator.token
        )
        payload = body["data"]["updateMission"]
        assert payload["errors"] == []
        assert payload["mission"] == {"id": str(mission), **changes}

    async def test_fields_left_out_stay_as_they_are(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        mission = await add_mission(runtime.db, organization_id=world.kenya)
        body = await gql.execute(
            UPDATE, {"id": str(mission), "input": {"status": "ACTIVE"}}, token=world.admin.token
        )
        assert body["data"]["updateMission"]["mission"]["name"] == "Kenya 2027"

    @pytest.mark.parametrize(
        "role", [MissionRole.ANALYST, MissionRole.OBSERVER, MissionRole.PARTNER_VIEWER]
    )
    async def test_other_mission_roles_are_told_there_is_no_such_mission(
        self, runtime: Runtime, gql: GraphQLClient, world: World, role: MissionRole
    ) -> None:
        mission = await add_mission(runtime.db, organization_id=world.kenya)
        await add_member(
            runtime.db, mission_id=mission, person_id=world.organizer.person_id, role=role
        )
        token = world.organizer.token
        hidden = await gql.execute(
            UPDATE, {"id": str(mission), "input": {"name": "x"}}, token=token
        )
        missing = await gql.execute(UPDATE, {"id": "987654", "input": {"name": "x"}}, token=token)
        assert hidden == missing
        assert error_codes(hidden) == ["NOT_FOUND"]


class TestMissions:
    async def test_each_caller_lists_the_missions_where_they_have_a_role(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        db = runtime.db
        kenya = await add_mission(db, organization_id=world.kenya, name="Kenya")
        ghana = await add_mission(db, organization_id=world.ghana, name="Ghana")
        await add_member(
            db, mission_id=ghana, person_id=world.observer.person_id, role=MissionRole.OBSERVER
        )
        mine = await gql.execute(MISSIONS, token=world.observer.token)
        assert [(m["id"], m["myRole"]) for m in mine["data"]["missions"]] == [
            (str(ghana), "OBSERVER")
        ]
        admin = await gql.execute(MISSIONS, token=world.admin.token)
        assert [(m["id"], m["myRole"]) for m in admin["data"]["missions"]] == [
            (str(kenya), "COORDINATOR")
        ]
        nobody = await gql.execute(MISSIONS, token=world.partner.token)
        assert nobody["data"]["missions"] == []

    async def test_counts_come_from_a_fixed_number_of_statements(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        db = runtime.db
        counts: list[int] = []
        for n in (1, 4):
            for i in range(n if not counts else n - 1):
                mission = await add_mission(db, organization_id=world.kenya, name=f"M{n}{i}")
                await add_locations(db, mission_id=mission)
                await add_member(
                    db,
                    mission_id=mission,
                    person_id=world.observer.person_id,
                    role=MissionRole.OBSERVER,
                )
            with count_statements(db.engine) as log:
                body = await gql.execute(MISSIONS, token=world.admin.token)
            assert {(m["stationCount"], m["observerCount"]) for m in body["data"]["missions"]} == {
                (3, 1)
            }
            counts.append(log.count)
        assert counts[0] == counts[1]

    async def test_one_mission_answers_with_the_callers_role(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        mission = await add_mission(runtime.db, organization_id=world.kenya)
        await add_member(
            runtime.db,
            mission_id=mission,
            person_id=world.partner.person_id,
            role=MissionRole.PARTNER_VIEWER,
        )
        body = await gql.execute(MISSION, {"id": str(mission)}, token=world.partner.token)
        assert body["data"]["mission"]["myRole"] == "PARTNER_VIEWER"
        hidden = await gql.execute(MISSION, {"id": str(mission)}, token=world.ghana_admin.token)
        missing = await gql.execute(MISSION, {"id": "987654"}, token=world.ghana_admin.token)
        assert hidden == missing and error_codes(hidden) == ["NOT_FOUND"]
