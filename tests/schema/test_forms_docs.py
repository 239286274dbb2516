"""The forms and incidents examples of docs/missions.md work as written."""

from __future__ import annotations

import re
from pathlib import Path

import orjson

from server.forms.describe import expression
from server.forms.service import parse_definition
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, world
from tests.schema.mission_people import MissionPeople, mission_people

__all__ = ["world"]

DOC = (Path(__file__).parents[2] / "docs" / "missions.md").read_text()


def block(after: str, language: str) -> str:
    return DOC.split(after, 1)[1].split(f"```{language}\n", 1)[1].split("```", 1)[0]


class TestDocumentedForm:
    def test_the_definition_parses_and_its_rules_read_as_documented(self) -> None:
        definition = parse_definition(block("`results-definition.json`:", "json"))
        assert [expression(r) for r in definition.rules] == [
            "CA + CB = BC",
            "BA <= @registered_voters",
        ]

    async def test_the_documented_mutations_succeed(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        people: MissionPeople = await mission_people(runtime.db, world)
        definition = block("`results-definition.json`:", "json")
        create = block("version 1:", "graphql")
        create = create.replace('missionId: "1"', f'missionId: "{people.mission}"')
        create = create.replace('"...the JSON above, as a string..."', "$d")
        create = create.replace("mutation {", "mutation($d: String!) {", 1)
        body = await gql.execute(create, {"d": definition}, token=people.token("coordinator"))
        payload = body["data"]["createForm"]
        assert payload["errors"] == [], body
        rules = payload["form"]["version"]["rules"]
        assert [r["expression"] for r in rules] == ["CA + CB = BC", "BA <= @registered_voters"]

        report = block("## Incidents", "graphql")
        report = re.sub(
            r'missionId: "1", locationId: "7"',
            (f'missionId: "{people.mission}", locationId: "{people.station_a}"'),
            report,
        )
        report = report.replace("2027-08-09T07:40:00+03:00", "2026-01-10T07:40:00+03:00")
        body = await gql.execute(report, token=people.token("observer_a"))
        payload = body["data"]["reportIncident"]
        assert payload["errors"] == [], body
        assert orjson.dumps(payload["incident"]["status"]) == b'"NEW"'
