"""Incidents over GraphQL: who reads which, with which names, at what cost."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from server.audit.models import AuditEvent
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, world
from tests.schema.mission_people import MissionPeople, mission_people
from tests.schema.test_incidents import (
    ASSIGN,
    INCIDENT,
    LIST,
    MISSING,
    NOTE,
    ONE,
    audit_count,
    report,
)
from tests.sqlcount import count_statements

__all__ = ["world"]


@pytest.fixture
async def people(runtime: Runtime, world: World) -> MissionPeople:
    return await mission_people(runtime.db, world)


class TestReads:
    async def _three(self, gql: GraphQLClient, people: MissionPeople) -> dict[str, str]:
        made = {
            "a": await report(gql, people, "observer_a", description="in A"),
            "b": await report(
                gql, people, "observer_b", description="in B", locationId=str(people.station_b)
            ),
            "none": await report(
                gql, people, "coordinator", description="nowhere", locationId=None
            ),
        }
        ids = {k: v["incident"]["id"] for k, v in made.items()}
        await gql.execute(
            NOTE, {"id": ids["a"], "text": "Called the police."}, token=people.token("coordinator")
        )
        return ids

    async def _listed(self, gql: GraphQLClient, people: MissionPeople, role: str) -> list[str]:
        seen: list[str] = []
        after = None
        while True:
            body = await gql.execute(
                LIST, {"m": str(people.mission), "after": after}, token=people.token(role)
            )
            assert "errors" not in body, body
            page = body["data"]["missionIncidents"]
            seen += [n["description"] for n in page["nodes"]]
            if not page["pageInfo"]["hasNextPage"]:
                return seen
            after = page["pageInfo"]["endCursor"]

    async def test_each_role_lists_what_it_may_see_newest_first(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        await self._three(gql, people)
        assert await self._listed(gql, people, "coordinator") == ["nowhere", "in B", "in A"]
        assert await self._listed(gql, people, "analyst") == ["nowhere", "in B", "in A"]
        assert await self._listed(gql, people, "regional_a") == ["in A"]
        assert await self._listed(gql, people, "observer_b") == ["in B"]
        body = await gql.execute(LIST, {"m": str(people.mission)}, token=people.token("partner"))
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_analysts_see_codes_but_no_names(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        ids = await self._three(gql, people)
        await gql.execute(
            ASSIGN,
            {"id": ids["a"], "member": str(people.member_ids["coordinator"])},
            token=people.token("coordinator"),
        )
        before = await audit_count(runtime)
        body = await gql.execute(ONE, {"id": ids["a"]}, token=people.token("analyst"))
        seen = body["data"]["incident"]
        assert seen["reporter"]["observerCode"] == "K505"
        assert seen["notes"] == [{"text": "Called the police.", "authorName": None}]
        assert seen["assignee"]["name"] is None
        assert await audit_count(runtime) == before

    async def test_a_coordinators_read_of_a_name_is_audited(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        ids = await self._three(gql, people)
        before = await audit_count(runtime)
        body = await gql.execute(ONE, {"id": ids["a"]}, token=people.token("coordinator"))
        assert body["data"]["incident"]["notes"][0]["authorName"] == "Mission Coordinator"
        async with runtime.db.read() as session:
            rows = (await session.exec(select(AuditEvent).order_by(col(AuditEvent.id)))).all()
        assert [(r.subject_type, r.subject_id) for r in rows[before:]] == [
            ("person", people.members["coordinator"].person_id)
        ]

    async def test_observers_see_only_their_own_and_no_notes(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        ids = await self._three(gql, people)
        own = await gql.execute(ONE, {"id": ids["a"]}, token=people.token("observer_a"))
        assert own["data"]["incident"]["notes"] == []
        for name in ("b", "none"):
            hidden = await gql.execute(ONE, {"id": ids[name]}, token=people.token("observer_a"))
            missing = await gql.execute(ONE, {"id": MISSING}, token=people.token("observer_a"))
            assert hidden["errors"][0]["message"] == missing["errors"][0]["message"]

    async def test_outsiders_and_partners_see_no_incident(
        self, gql: GraphQLClient, people: MissionPeople, world: World
    ) -> None:
        ids = await self._three(gql, people)
        for token in (world.ghana_admin.token, people.token("partner"), world.organizer.token):
            hidden = await gql.execute(ONE, {"id": ids["a"]}, token=token)
            missing = await gql.execute(ONE, {"id": MISSING}, token=token)
            assert hidden["errors"] == missing["errors"]


class TestStatementCount:
    async def test_a_page_costs_the_same_for_2_and_8_incidents(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        query = f"""query($m: ID!) {{ missionIncidents(missionId: $m, first: 50) {{
          totalCount nodes {{ {INCIDENT} }} }} }}"""
        counts = []
        for batch in (2, 6):
            for _ in range(batch):
                made = await report(gql, people, "observer_a", severity="LOW")
                incident = made["incident"]["id"]
                token = people.token("coordinator")
                await gql.execute(NOTE, {"id": incident, "text": "Seen."}, token=token)
                member = str(people.member_ids["regional_a"])
                await gql.execute(ASSIGN, {"id": incident, "member": member}, token=token)
            with count_statements(runtime.db.engine) as log:
                body = await gql.execute(
                    query, {"m": str(people.mission)}, token=people.token("coordinator")
                )
            assert "errors" not in body, body
            assert len(body["data"]["missionIncidents"]["nodes"]) == {2: 2, 6: 8}[batch]
            counts.append(log.count)
        assert counts[0] == counts[1]
