"""Locations in GraphQL: the tree of a mission, one location, the CSV import by upload.

The world: a mission of Kenya Forum with a small tree, and one of Ghana Watch that Kenya's
people may not see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import orjson
import pytest
from sqlmodel import select

from server.db import Database
from server.missions.importing import import_file
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes
from tests.sqlcount import count_statements

TREE = (
    "code,name,parent_code,registered_voters\n"
    "NR,Northern Region,,\n"
    "NR-01,Tamale Central,NR,\n"
    "NR-01-001,Tamale Islamic School A,NR-01,812\n"
    "NR-01-002,Tamale Islamic School B,NR-01,790\n"
    "NR-02,Savelugu,NR,\n"
    "UE,Upper East Region,,\n"
    "UE-01,Bolgatanga,UE,\n"
    "UE-01-001,Bolga Library,UE-01,1024\n"
)


@dataclass(frozen=True)
class Missions:
    kenya: int
    ghana: int
    # Kenya's locations by code, and one of Ghana's.
    ids: dict[str, int]
    ghana_station: int


async def make_mission(db: Database, organization_id: int, name: str) -> int:
    async with db.transaction() as session:
        mission = Mission(
            organization_id=organization_id,
            name=name,
            country="GH",
            time_zone="Africa/Accra",
            election_date=date(2028, 12, 7),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        return mission.id


async def load_tree(db: Database, mission_id: int, text: str = TREE) -> dict[str, int]:
    async with db.transaction() as session:
        result = await import_file(
            session, mission_id=mission_id, data=text.encode(), dry_run=False
        )
        assert result.problems == []
    async with db.read() as session:
        rows = await session.exec(
            select(MissionLocation.code, MissionLocation.id).where(
                MissionLocation.mission_id == mission_id
            )
        )
        return {code: row_id for code, row_id in rows if row_id is not None}


async def add_member(db: Database, mission_id: int, person_id: int, role: MissionRole) -> None:
    async with db.transaction() as session:
        session.add(MissionMember(mission_id=mission_id, person_id=person_id, role=role))


async def make_missions(db: Database, world: World) -> Missions:
    kenya = await make_mission(db, world.kenya, "Ghana 2028 (Kenya Forum)")
    ghana = await make_mission(db, world.ghana, "Ghana 2028 (Ghana Watch)")
    ids = await load_tree(db, kenya)
    ghana_ids = await load_tree(db, ghana)
    # Kenya's observer (an observer of the organization) observes its mission.
    await add_member(db, kenya, world.observer.person_id, MissionRole.OBSERVER)
    return Missions(kenya, ghana, ids, ghana_ids["NR-01-001"])


async def upload(
    http: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any],
    data: bytes,
    *,
    token: str,
    header: bool = True,
) -> httpx.Response:
    """A GraphQL multipart request (the spec's operations, map and file parts)."""
    operations = {"query": query, "variables": {**variables, "file": None}}
    headers = {"Authorization": f"Bearer {token}"}
    if header:
        headers["X-Pluralis-Upload"] = "1"
    return await http.post(
        "/graphql",
        data={
            "operations": orjson.dumps(operations).decode(),
            "map": orjson.dumps({"0": ["variables.file"]}).decode(),
        },
        files={"0": ("stations.csv", data, "text/csv")},
        headers=headers,
    )


@pytest.fixture
async def missions(runtime: Runtime, world: World) -> Missions:
    return await make_missions(runtime.db, world)


LOCATIONS = """
query($m: ID!, $p: ID, $s: String, $first: Int!, $after: String) {
  missionLocations(missionId: $m, parentId: $p, search: $s, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code name level isStation registeredVoters childCount ancestors { code } }
  }
}"""
LOCATION = """
query($id: ID!) { location(id: $id) {
  code parentId childCount ancestors { code level } } }"""


async def codes(gql: GraphQLClient, token: str, mission: int, **variables: Any) -> list[str]:
    body = await gql.execute(LOCATIONS, {"m": mission, "first": 100, **variables}, token=token)
    assert "errors" not in body, body
    return [n["code"] for n in body["data"]["missionLocations"]["nodes"]]


class TestMissionLocations:
    async def test_the_top_level_then_the_children_of_a_location(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        token = world.coordinator.token
        assert await codes(gql, token, missions.kenya) == ["NR", "UE"]
        body = await gql.execute(
            LOCATIONS, {"m": missions.kenya, "p": missions.ids["NR"], "first": 10}, token=token
        )
        page = body["data"]["missionLocations"]
        assert page["totalCount"] == 2
        assert page["nodes"][0] == {
            "code": "NR-01",
            "name": "Tamale Central",
            "level": 1,
            "isStation": False,
            "registeredVoters": None,
            "childCount": 2,
            "ancestors": [{"code": "NR"}],
        }
        assert page["nodes"][1]["childCount"] == 0 and page["nodes"][1]["isStation"]

    async def test_search_matches_code_or_name_prefixes_in_the_mission_or_a_subtree(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        token, kenya = world.coordinator.token, missions.kenya
        assert await codes(gql, token, kenya, s="nr-01-") == ["NR-01-001", "NR-01-002"]
        assert await codes(gql, token, kenya, s="tamale islamic") == ["NR-01-001", "NR-01-002"]
        assert await codes(gql, token, kenya, s="bolga") == ["UE-01", "UE-01-001"]
        # Under a location: its descendants only, not itself.
        assert await codes(gql, token, kenya, s="UE", p=missions.ids["UE"]) == [
            "UE-01",
            "UE-01-001",
        ]
        # LIKE's wildcards are plain characters in a search.
        assert await codes(gql, token, kenya, s="%") == []
        assert await codes(gql, token, kenya, s="N_") == []

    async def test_pages_follow_the_cursor(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        seen: list[str] = []
        after = None
        while True:
            body = await gql.execute(
                LOCATIONS,
                {"m": missions.kenya, "s": "N", "first": 2, "after": after},
                token=world.coordinator.token,
            )
            page = body["data"]["missionLocations"]
            seen += [n["code"] for n in page["nodes"]]
            assert page["totalCount"] == 5
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert seen == ["NR", "NR-01", "NR-01-001", "NR-01-002", "NR-02"]

    async def test_a_mission_member_sees_the_tree(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        assert await codes(gql, world.observer.token, missions.kenya) == ["NR", "UE"]

    async def test_a_hidden_mission_answers_like_a_missing_one(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        variables = {"first": 10}
        missing = await gql.execute(LOCATIONS, {**variables, "m": 987654}, token=world.admin.token)
        hidden = await gql.execute(
            LOCATIONS, {**variables, "m": missions.ghana}, token=world.admin.token
        )
        assert error_codes(missing) == ["NOT_FOUND"]
        assert hidden["errors"][0]["message"] == missing["errors"][0]["message"]
        # Kenya's partner has no role in the mission: it does not see it either.
        partner = await gql.execute(
            LOCATIONS, {**variables, "m": missions.kenya}, token=world.partner.token
        )
        assert partner["errors"][0]["message"] == missing["errors"][0]["message"]

    async def test_a_parent_of_another_mission_answers_like_a_missing_one(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        base = {"m": missions.kenya, "first": 10}
        missing = await gql.execute(LOCATIONS, {**base, "p": 987654}, token=world.admin.token)
        other = await gql.execute(
            LOCATIONS, {**base, "p": missions.ghana_station}, token=world.admin.token
        )
        assert error_codes(missing) == ["NOT_FOUND"]
        assert other["errors"][0]["message"] == missing["errors"][0]["message"]
        assert other["data"] == missing["data"]

    async def test_statements_do_not_grow_with_the_page(
        self, runtime: Runtime, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        wide = "code,name,parent_code\n" + "".join(f"W{i:03d},Ward {i},NR-02\n" for i in range(60))
        await load_tree(runtime.db, missions.kenya, wide)
        counts = []
        for first in (2, 60):
            with count_statements(runtime.db.engine) as log:
                body = await gql.execute(
                    LOCATIONS,
                    {"m": missions.kenya, "p": missions.ids["NR-02"], "first": first},
                    token=world.coordinator.token,
                )
            assert len(body["data"]["missionLocations"]["nodes"]) == first
            counts.append(log.count)
        assert counts[0] == counts[1]


class TestLocation:
    async def test_answers_with_its_ancestors_and_child_count(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        body = await gql.execute(
            LOCATION, {"id": missions.ids["NR-01-002"]}, token=world.observer.token
        )
        assert body["data"]["location"] == {
            "code": "NR-01-002",
            "parentId": str(missions.ids["NR-01"]),
            "childCount": 0,
            "ancestors": [{"code": "NR", "level": 0}, {"code": "NR-01", "level": 1}],
        }

    async def test_a_location_of_a_hidden_mission_answers_like_a_missing_one(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        missing = await gql.execute(LOCATION, {"id": 987654}, token=world.admin.token)
        hidden = await gql.execute(
            LOCATION, {"id": missions.ghana_station}, token=world.admin.token
        )
        assert error_codes(missing) == ["NOT_FOUND"]
        assert missing["errors"][0]["message"] == "No such location."
        assert hidden["errors"][0]["message"] == "No such location."
        assert hidden["data"] == missing["data"]


IMPORT = """
mutation($m: ID!, $file: Upload!, $dry: Boolean!) {
  importLocations(missionId: $m, file: $file, dryRun: $dry) {
    result { dryRun ok created updated unchanged problemCount
             problems { line column message } }
    errors { field code message }
  }
}"""
STATIONS = (
    "code;name;parent_code;registered_voters\n"
    "AS;Ashanti;;\n"
    "AS-01;Kumasi;AS;\n"
    "AS-01-001;Kumasi Primary;AS-01;640\n"
)


async def import_result(
    http: httpx.AsyncClient, token: str, mission: int, data: bytes, dry: bool = False
) -> dict[str, Any]:
    response = await upload(http, IMPORT, {"m": mission, "dry": dry}, data, token=token)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


class TestImportLocations:
    async def test_a_dry_run_then_the_import_then_the_same_file_again(
        self, http: httpx.AsyncClient, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        token, data = world.coordinator.token, STATIONS.encode()
        dry = await import_result(http, token, missions.kenya, data, dry=True)
        assert dry["data"]["importLocations"] == {
            "result": {
                "dryRun": True,
                "ok": True,
                "created": 3,
                "updated": 0,
                "unchanged": 0,
                "problemCount": 0,
                "problems": [],
            },
            "errors": [],
        }
        assert await codes(gql, token, missions.kenya) == ["NR", "UE"]
        done = await import_result(http, token, missions.kenya, data)
        assert done["data"]["importLocations"]["result"]["created"] == 3
        assert await codes(gql, token, missions.kenya) == ["AS", "NR", "UE"]
        again = await import_result(http, token, missions.kenya, data)
        result = again["data"]["importLocations"]["result"]
        assert (result["created"], result["updated"], result["unchanged"]) == (0, 0, 3)

    async def test_problems_are_listed_and_nothing_is_imported(
        self, http: httpx.AsyncClient, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        data = (STATIONS + "AS-01-002;Kumasi Middle;AS-09;12x\n").encode()
        body = await import_result(http, world.admin.token, missions.kenya, data)
        result = body["data"]["importLocations"]["result"]
        assert result["ok"] is False and result["created"] == 0
        assert result["problems"] == [
            {
                "line": 5,
                "column": "registered_voters",
                "message": ("bad number '12x': expected a whole number ≥ 0"),
            },
            {"line": 5, "column": "parent_code", "message": "unknown parent 'AS-09'"},
        ]
        assert await codes(gql, world.admin.token, missions.kenya) == ["NR", "UE"]

    async def test_at_most_500_problems_are_listed_and_all_are_counted(
        self, http: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        lines = "".join(f"X{i},Station {i},NOWHERE,\n" for i in range(700))
        data = ("code,name,parent_code,registered_voters\n" + lines).encode()
        body = await import_result(http, world.admin.token, missions.kenya, data, dry=True)
        result = body["data"]["importLocations"]["result"]
        assert result["problemCount"] == 700
        assert len(result["problems"]) == 500
        assert result["problems"][0]["line"] == 2

    async def test_only_coordinators_import_and_others_learn_nothing(
        self, http: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        data = STATIONS.encode()
        missing = await import_result(http, world.admin.token, 987654, data)
        assert error_codes(missing) == ["NOT_FOUND"]
        for token, mission in (
            (world.observer.token, missions.kenya),  # sees the mission, may not manage it
            (world.admin.token, missions.ghana),  # another organization's mission
        ):
            body = await import_result(http, token, mission, data)
            assert body["errors"][0]["message"] == missing["errors"][0]["message"]
            assert body["data"] == missing["data"]

    async def test_a_file_sent_as_json_text_is_a_field_error(
        self, gql: GraphQLClient, world: World, missions: Missions
    ) -> None:
        body = await gql.execute(
            IMPORT, {"m": missions.kenya, "file": STATIONS, "dry": True}, token=world.admin.token
        )
        payload = body["data"]["importLocations"]
        assert payload["result"] is None
        assert [e["field"] for e in payload["errors"]] == ["file"]
