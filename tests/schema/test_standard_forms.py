"""Adding the standard forms to a mission in one step (issue 10: a mission set up in the browser
needs forms to deploy without anyone writing a definition by hand)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, world
from tests.schema.mission_people import MissionPeople, mission_people

__all__ = ["world"]

ADD = """mutation($m: ID!) { addStandardForms(missionId: $m) {
  forms { code kind currentVersion name names { language } }
  errors { field message code } } }"""
LIST = "query($m: ID!) { missionForms(missionId: $m) { code kind } }"


@pytest.fixture
async def people(runtime: Runtime, world: World) -> MissionPeople:
    return await mission_people(runtime.db, world)


async def add(gql: GraphQLClient, people: MissionPeople, who: str) -> dict[str, Any]:
    return await gql.execute(ADD, {"m": str(people.mission)}, token=people.token(who))


class TestAddStandardForms:
    async def test_a_coordinator_gets_the_three_forms_in_four_languages(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        payload = (await add(gql, people, "coordinator"))["data"]["addStandardForms"]
        assert payload["errors"] == []
        forms = {f["code"]: f for f in payload["forms"]}
        assert {code: f["kind"] for code, f in forms.items()} == {
            "CK": "CHECKLIST",
            "RS": "RESULTS",
            "EV": "INCIDENT",
        }
        for form in forms.values():
            assert form["currentVersion"] == 1
            assert {n["language"] for n in form["names"]} == {"en", "fr", "es", "ar"}
        assert forms["CK"]["name"] == "Opening checklist"

    async def test_asking_again_adds_nothing(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        await add(gql, people, "coordinator")
        again = (await add(gql, people, "org_admin"))["data"]["addStandardForms"]
        assert again == {"forms": [], "errors": []}
        body = await gql.execute(LIST, {"m": str(people.mission)}, token=people.token("analyst"))
        assert sorted(f["code"] for f in body["data"]["missionForms"]) == ["CK", "EV", "RS"]

    @pytest.mark.parametrize("who", ["analyst", "partner", "observer_a", "regional_a"])
    async def test_only_those_who_manage_the_mission_may_add_them(
        self, gql: GraphQLClient, people: MissionPeople, who: str
    ) -> None:
        body = await add(gql, people, who)
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        listed = await gql.execute(
            LIST, {"m": str(people.mission)}, token=people.token("coordinator")
        )
        assert listed["data"]["missionForms"] == []


class TestDocumentedExample:
    async def test_the_example_of_docs_missions_md_adds_the_three_forms(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        doc = (Path(__file__).parents[2] / "docs" / "missions.md").read_text()
        example = doc.split("### The standard forms", 1)[1].split("```graphql\n", 1)[1]
        example = example.split("```", 1)[0].replace('"1"', f'"{people.mission}"')
        body = await gql.execute(example, token=people.token("coordinator"))
        payload = body["data"]["addStandardForms"]
        assert payload["errors"] == []
        assert sorted(f["code"] for f in payload["forms"]) == ["CK", "EV", "RS"]
