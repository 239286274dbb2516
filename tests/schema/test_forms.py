"""Forms as data over GraphQL: creating, versioning, archiving and reading a mission's forms."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from server.forms.service import stored
from server.forms.templates import results_form
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, world
from tests.schema.mission_people import MissionPeople, mission_people
from tests.sqlcount import count_statements

__all__ = ["world"]

FORM = """id code kind name names { language text } currentVersion archived
  versions { number }
  version { number questions { code type label(language: "fr") required min max
    options { value label(language: "ar") } }
    rules { code severity expression message(language: "es") } definition }"""
CREATE = f"""
mutation($m: ID!, $input: CreateFormInput!) {{ createForm(missionId: $m, input: $input) {{
  form {{ {FORM} }} errors {{ field message code }} }} }}"""
PUBLISH = f"""
mutation($f: ID!, $d: String!) {{ publishFormVersion(formId: $f, definition: $d) {{
  form {{ {FORM} }} errors {{ field message code }} }} }}"""
ARCHIVE = "mutation($f: ID!) { archiveForm(id: $f) { form { archived } errors { code } } }"
LIST = "query($m: ID!, $a: Boolean!) { missionForms(missionId: $m, includeArchived: $a) { code } }"
ONE = """query($f: ID!, $n: Int) { form(id: $f) { code version(number: $n) {
  number questions { code } } versions { number } } }"""

NAMES = [{"language": "en", "text": "Results"}, {"language": "fr", "text": "Résultats"}]


def definition() -> str:
    return orjson.dumps(stored(results_form())).decode()


@pytest.fixture
async def people(runtime: Runtime, world: World) -> MissionPeople:
    return await mission_people(runtime.db, world)


async def create(
    gql: GraphQLClient, people: MissionPeople, token: str, **fields: Any
) -> dict[str, Any]:
    data = {"kind": "RESULTS", "code": "RS", "names": NAMES, "definition": definition(), **fields}
    body = await gql.execute(CREATE, {"m": str(people.mission), "input": data}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["createForm"]
    return payload


class TestCreateForm:
    async def test_a_coordinator_creates_a_form_published_as_version_1(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        payload = await create(gql, people, people.token("coordinator"))
        form = payload["form"]
        assert payload["errors"] == []
        assert (form["code"], form["kind"], form["currentVersion"]) == ("RS", "RESULTS", 1)
        assert form["versions"] == [{"number": 1}]
        rules = {r["code"]: r for r in form["version"]["rules"]}
        assert rules["SUM"]["expression"] == "CA + CB + CC = BC"
        assert rules["TURNOUT"]["expression"] == "BA <= @registered_voters"
        assert rules["TURNOUT"]["severity"] == "FLAG"
        assert rules["SUM"]["message"].startswith("Los votos")
        first = form["version"]["questions"][0]
        assert (first["code"], first["type"], first["min"]) == ("BA", "INTEGER", 0)
        assert first["label"] == "Bulletins déposés"
        assert orjson.loads(form["version"]["definition"]) == stored(results_form())

    async def test_an_organization_admin_creates_forms_as_the_missions_coordinator(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        assert (await create(gql, people, people.token("org_admin")))["errors"] == []

    @pytest.mark.parametrize("role", ["regional_a", "analyst", "partner", "observer_a"])
    async def test_other_roles_get_the_missing_missions_answer(
        self, gql: GraphQLClient, people: MissionPeople, role: str
    ) -> None:
        data = {"kind": "RESULTS", "code": "RS", "names": NAMES, "definition": definition()}
        body = await gql.execute(
            CREATE, {"m": str(people.mission), "input": data}, token=people.token(role)
        )
        missing = await gql.execute(
            CREATE, {"m": "987654", "input": data}, token=people.token(role)
        )
        assert error_codes(body) == ["NOT_FOUND"]
        assert body["errors"][0]["message"] == missing["errors"][0]["message"]

    async def test_bad_codes_names_and_definitions_are_field_errors_with_paths(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        bad = orjson.loads(definition())
        bad["questions"][2]["code"] = "BI"
        bad["rules"].append({**bad["rules"][0], "code": "XX", "right": [{"question": "ZZ"}]})
        payload = await create(
            gql,
            people,
            people.token("coordinator"),
            code="OL",
            names=[{"language": "de", "text": "Ergebnisse"}],
            definition=orjson.dumps(bad).decode(),
        )
        assert payload["form"] is None
        fields = {(e["field"], e["code"]) for e in payload["errors"]}
        assert ("code", "invalid_code") in fields
        assert ("names[0].language", "unknown_language") in fields
        messages = [e["message"] for e in payload["errors"] if e["field"] == "definition"]
        assert any(m.startswith("definition.questions[2]: question code 'BI'") for m in messages)

    async def test_names_need_english_and_definitions_need_json(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        payload = await create(
            gql,
            people,
            people.token("coordinator"),
            names=[{"language": "fr", "text": "Résultats"}],
            definition="{not json",
        )
        codes = {(e["field"], e["code"]) for e in payload["errors"]}
        assert codes == {("names", "required"), ("definition", "invalid_json")}

    async def test_a_code_is_unique_in_its_mission(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        await create(gql, people, people.token("coordinator"))
        again = await create(gql, people, people.token("coordinator"), code="rs")
        assert [(e["field"], e["code"]) for e in again["errors"]] == [("code", "duplicate")]


class TestVersions:
    async def test_publishing_adds_a_version_and_keeps_the_old_one_readable(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        form = (await create(gql, people, people.token("coordinator")))["form"]
        changed = orjson.loads(definition())
        changed["questions"] = changed["questions"][:3]
        changed["rules"] = []
        body = await gql.execute(
            PUBLISH,
            {"f": form["id"], "d": orjson.dumps(changed).decode()},
            token=people.token("coordinator"),
        )
        published = body["data"]["publishFormVersion"]["form"]
        assert published["currentVersion"] == 2
        assert [v["number"] for v in published["versions"]] == [1, 2]
        old = await gql.execute(ONE, {"f": form["id"], "n": 1}, token=people.token("observer_a"))
        assert len(old["data"]["form"]["version"]["questions"]) == 6
        new = await gql.execute(ONE, {"f": form["id"], "n": None}, token=people.token("observer_a"))
        assert new["data"]["form"]["version"]["number"] == 2
        none = await gql.execute(ONE, {"f": form["id"], "n": 9}, token=people.token("observer_a"))
        assert none["data"]["form"]["version"] is None

    async def test_an_invalid_version_is_refused_and_nothing_changes(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        form = (await create(gql, people, people.token("coordinator")))["form"]
        body = await gql.execute(
            PUBLISH, {"f": form["id"], "d": '{"questions": []}'}, token=people.token("coordinator")
        )
        payload = body["data"]["publishFormVersion"]
        assert payload["form"] is None
        assert payload["errors"][0]["message"].startswith("definition.questions:")
        again = await gql.execute(
            ONE, {"f": form["id"], "n": None}, token=people.token("coordinator")
        )
        assert again["data"]["form"]["versions"] == [{"number": 1}]

    async def test_an_analyst_may_read_but_not_publish(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        form = (await create(gql, people, people.token("coordinator")))["form"]
        body = await gql.execute(
            PUBLISH, {"f": form["id"], "d": definition()}, token=people.token("analyst")
        )
        missing = await gql.execute(
            PUBLISH, {"f": "987654", "d": definition()}, token=people.token("analyst")
        )
        assert body["errors"][0]["message"] == missing["errors"][0]["message"] == "No such form."


class TestArchiveAndList:
    async def test_archived_forms_leave_the_list_unless_asked_for(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        form = (await create(gql, people, people.token("coordinator")))["form"]
        await create(gql, people, people.token("coordinator"), code="CK", kind="CHECKLIST")
        body = await gql.execute(ARCHIVE, {"f": form["id"]}, token=people.token("coordinator"))
        assert body["data"]["archiveForm"]["form"]["archived"] is True
        token = people.token("observer_b")
        live = await gql.execute(LIST, {"m": str(people.mission), "a": False}, token=token)
        every = await gql.execute(LIST, {"m": str(people.mission), "a": True}, token=token)
        assert live["data"]["missionForms"] == [{"code": "CK"}]
        assert every["data"]["missionForms"] == [{"code": "CK"}, {"code": "RS"}]
        refused = await gql.execute(
            PUBLISH, {"f": form["id"], "d": definition()}, token=people.token("coordinator")
        )
        assert refused["data"]["publishFormVersion"]["errors"][0]["code"] == "archived"

    async def test_outsiders_see_no_form(
        self, gql: GraphQLClient, people: MissionPeople, world: World
    ) -> None:
        form = (await create(gql, people, people.token("coordinator")))["form"]
        for token in (world.ghana_admin.token, world.organizer.token):
            hidden = await gql.execute(ONE, {"f": form["id"], "n": None}, token=token)
            missing = await gql.execute(ONE, {"f": "987654", "n": None}, token=token)
            assert hidden["errors"][0]["message"] == missing["errors"][0]["message"]
            listed = await gql.execute(LIST, {"m": str(people.mission), "a": True}, token=token)
            assert error_codes(listed) == ["NOT_FOUND"]

    async def test_listing_forms_with_versions_costs_the_same_for_2_and_6_forms(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        query = f"query($m: ID!) {{ missionForms(missionId: $m) {{ {FORM} }} }}"
        counts = []
        for codes in (("AA", "AB"), ("AC", "AD", "AE", "AF")):
            for code in codes:
                await create(gql, people, people.token("coordinator"), code=code)
            with count_statements(runtime.db.engine) as log:
                body = await gql.execute(
                    query, {"m": str(people.mission)}, token=people.token("analyst")
                )
            assert "errors" not in body, body
            counts.append(log.count)
        assert counts[0] == counts[1]
