"""The mission roster over GraphQL: roles, observers and who sees their names, deployments,
an observer's own assignments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlmodel import select

from server.audit.models import AuditEvent
from server.forms.models import Form
from server.missions.models import Deployment, MissionMember, MissionRole
from server.missions.observer_codes import validate_observer_code
from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import (
    Member,
    World,
    add_role,
    error_codes,
    make_member,
    make_person,
)
from tests.schema.missions_support import add_form, add_locations, add_member, add_mission
from tests.sqlcount import count_statements

ADD = """
mutation($m: ID!, $p: ID!, $r: MissionRole!, $region: ID) {
  addMissionMember(missionId: $m, personId: $p, role: $r, regionId: $region) {
    member { id personId role regionId name } errors { field code message } } }"""
REMOVE = "mutation($id: ID!) { removeMissionMember(id: $id) { ok errors { code } } }"
MEMBERS = "query($m: ID!) { missionMembers(missionId: $m) { personId role regionId name } }"
OBSERVERS = """
query($m: ID!, $search: String, $loc: ID, $first: Int! = 50, $after: String) {
  missionObservers(missionId: $m, search: $search, locationId: $loc, first: $first,
                   after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id code kind language name phones deploymentCount } } }"""
DEPLOY = """
mutation($o: ID!, $l: ID!, $f: [ID!]!) { deployObserver(observerId: $o, locationId: $l,
  formIds: $f) { deployment { id observer { code } location { code } forms { code } }
  errors { field code message } } }"""
UNDEPLOY = "mutation($id: ID!) { removeDeployment(id: $id) { ok errors { code } } }"
DEPLOYMENTS = """
query($m: ID!, $loc: ID, $o: ID) { missionDeployments(missionId: $m, locationId: $loc,
  observerId: $o) { totalCount nodes { id observer { code name } location { code }
  forms { code } } } }"""
ASSIGNMENTS = """
query($m: ID!) { myAssignments(missionId: $m) { deploymentId location { code isStation }
  forms { code } } }"""


@dataclass
class Roster:
    mission: int
    places: dict[str, int]
    forms: dict[str, int]
    regional: Member  # coordinates R1
    analyst: Member
    viewer: Member
    # observers deployed at S1 (in R1), at S3 (in R2), and nowhere
    observers: dict[str, int]
    persons: dict[str, int]


@pytest.fixture
async def roster(runtime: Runtime, world: World) -> Roster:
    db = runtime.db
    mission = await add_mission(db, organization_id=world.kenya)
    places = await add_locations(db, mission_id=mission)
    forms = {
        code: await add_form(db, mission_id=mission, code=code, archived=code == "OLD")
        for code in ("OP", "CL", "OLD")
    }
    staff = {}
    for name, role in (
        ("Rita Regional", MissionRole.REGIONAL_COORDINATOR),
        ("Ana Analyst", MissionRole.ANALYST),
        ("Vic Viewer", MissionRole.PARTNER_VIEWER),
    ):
        staff[role] = await make_member(db, org_id=world.kenya, role=Role.OBSERVER, name=name)
        region = places["R1"] if role is MissionRole.REGIONAL_COORDINATOR else None
        await add_member(
            db, mission_id=mission, person_id=staff[role].person_id, role=role, region_id=region
        )
    observers, persons = {}, {}
    for name, phone, station in (
        ("Sam North", "+254722000001", "S1"),
        ("Tom South", "+254722000002", "S3"),
        ("Uma Idle", "+254722000003", None),
    ):
        person = await make_person(
            db, org_id=world.kenya, role=Role.OBSERVER, name=name, phones=[phone]
        )
        member = await add_member(
            db, mission_id=mission, person_id=person, role=MissionRole.OBSERVER
        )
        if station:
            async with db.transaction() as session:
                session.add(
                    Deployment(mission_id=mission, member_id=member, location_id=places[station])
                )
        observers[name], persons[name] = member, person
    return Roster(
        mission,
        places,
        forms,
        staff[MissionRole.REGIONAL_COORDINATOR],
        staff[MissionRole.ANALYST],
        staff[MissionRole.PARTNER_VIEWER],
        observers,
        persons,
    )


async def observers_as(
    gql: GraphQLClient, roster: Roster, token: str, **variables: object
) -> dict[str, Any]:
    return await gql.execute(OBSERVERS, {"m": str(roster.mission), **variables}, token=token)


def nodes(body: dict[str, Any]) -> list[dict[str, Any]]:
    return list(body["data"]["missionObservers"]["nodes"])


async def audited_people(runtime: Runtime) -> list[int]:
    async with runtime.db.read() as session:
        rows = await session.exec(
            select(AuditEvent).where(AuditEvent.action == "observer.read_personal_data")
        )
        return sorted(row.subject_id for row in rows.all())


class TestObserverPrivacy:
    async def test_coordinators_see_every_name_and_phone_and_each_read_is_audited(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        body = await observers_as(gql, roster, world.admin.token)
        seen = {n["name"]: n["phones"] for n in nodes(body)}
        assert seen == {
            "Sam North": ["+254722000001"],
            "Tom South": ["+254722000002"],
            "Uma Idle": ["+254722000003"],
        }
        assert await audited_people(runtime) == sorted(roster.persons.values())

    async def test_a_regional_coordinator_sees_only_observers_deployed_in_the_region(
        self, runtime: Runtime, gql: GraphQLClient, roster: Roster
    ) -> None:
        body = await observers_as(gql, roster, roster.regional.token)
        seen = {n["id"]: (n["name"], n["phones"]) for n in nodes(body)}
        assert seen == {
            str(roster.observers["Sam North"]): ("Sam North", ["+254722000001"]),
            str(roster.observers["Tom South"]): (None, None),
            str(roster.observers["Uma Idle"]): (None, None),
        }
        assert await audited_people(runtime) == [roster.persons["Sam North"]]

    @pytest.mark.parametrize("who", ["analyst", "viewer"])
    async def test_analysts_and_partners_see_codes_only_and_nothing_is_audited(
        self, runtime: Runtime, gql: GraphQLClient, roster: Roster, who: str
    ) -> None:
        body = await observers_as(gql, roster, getattr(roster, who).token)
        listed = nodes(body)
        assert len(listed) == 3
        assert all(n["name"] is None and n["phones"] is None for n in listed)
        assert all(validate_observer_code(n["code"]) == n["code"] for n in listed)
        assert await audited_people(runtime) == []

    async def test_an_observer_may_not_list_the_roster_at_all(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        await add_member(
            runtime.db,
            mission_id=roster.mission,
            person_id=world.observer.person_id,
            role=MissionRole.OBSERVER,
        )
        listed = await observers_as(gql, roster, world.observer.token)
        missing = await gql.execute(OBSERVERS, {"m": "987654"}, token=world.observer.token)
        assert listed == missing and error_codes(listed) == ["NOT_FOUND"]


class TestObserverSearch:
    async def test_coordinators_search_by_name_or_code(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        by_name = await observers_as(gql, roster, world.admin.token, search="sou")
        assert [n["name"] for n in nodes(by_name)] == ["Tom South"]
        code = nodes(by_name)[0]["code"]
        by_code = await observers_as(gql, roster, world.admin.token, search=code)
        assert [n["code"] for n in nodes(by_code)] == [code]

    @pytest.mark.parametrize("who", ["analyst", "viewer"])
    async def test_a_name_search_finds_nothing_for_those_who_may_not_see_names(
        self, gql: GraphQLClient, roster: Roster, who: str
    ) -> None:
        token = getattr(roster, who).token
        hit = await observers_as(gql, roster, token, search="Tom")
        miss = await observers_as(gql, roster, token, search="Zed")
        assert nodes(hit) == nodes(miss) == []
        assert hit["data"]["missionObservers"]["totalCount"] == 0

    async def test_a_regional_coordinator_finds_by_name_only_in_the_region(
        self, gql: GraphQLClient, roster: Roster
    ) -> None:
        outside = await observers_as(gql, roster, roster.regional.token, search="Tom")
        inside = await observers_as(gql, roster, roster.regional.token, search="Sam")
        assert nodes(outside) == []
        assert [n["name"] for n in nodes(inside)] == ["Sam North"]

    async def test_everyone_who_may_list_finds_an_observer_by_code_as_typed(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        codes = [n["code"] for n in nodes(await observers_as(gql, roster, world.admin.token))]
        typed = f"{codes[0][:3]} {codes[0][3:]}".replace("0", "O").replace("1", "l")
        body = await observers_as(gql, roster, roster.viewer.token, search=typed)
        assert [n["code"] for n in nodes(body)] == [codes[0]]

    async def test_a_location_lists_the_observers_deployed_below_it(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        body = await observers_as(gql, roster, world.admin.token, loc=str(roster.places["R1"]))
        assert [n["name"] for n in nodes(body)] == ["Sam North"]

    async def test_pages_follow_the_code_order(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        first = await observers_as(gql, roster, world.admin.token, first=2)
        page = first["data"]["missionObservers"]
        assert page["pageInfo"]["hasNextPage"] and page["totalCount"] == 3
        rest = await observers_as(
            gql, roster, world.admin.token, first=2, after=page["pageInfo"]["endCursor"]
        )
        codes = [n["code"] for n in page["nodes"] + nodes(rest)]
        assert codes == sorted(codes) and len(set(codes)) == 3

    async def test_statements_do_not_grow_with_the_number_of_observers(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        with count_statements(runtime.db.engine) as small:
            await observers_as(gql, roster, world.admin.token)
        for i in range(4):
            person = await make_person(
                runtime.db, org_id=world.kenya, role=Role.OBSERVER, name=f"Extra {i}"
            )
            await add_member(
                runtime.db, mission_id=roster.mission, person_id=person, role=MissionRole.OBSERVER
            )
        with count_statements(runtime.db.engine) as large:
            body = await observers_as(gql, roster, world.admin.token)
        assert len(nodes(body)) == 7
        assert large.count == small.count


class TestMissionMembers:
    async def test_adding_an_observer_gives_them_a_checked_code(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        variables = {"m": str(roster.mission), "p": str(world.observer.person_id), "r": "OBSERVER"}
        body = await gql.execute(ADD, variables, token=world.admin.token)
        member = body["data"]["addMissionMember"]["member"]
        assert member["role"] == "OBSERVER" and member["name"] == "Obi Observer"
        async with runtime.db.read() as session:
            row = await session.get(MissionMember, int(member["id"]))
        assert row is not None and row.observer_code is not None
        assert validate_observer_code(row.observer_code) == row.observer_code

    async def test_a_regional_coordinator_needs_a_region_of_this_mission(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        other = await add_mission(runtime.db, organization_id=world.kenya, name="Other")
        foreign = await add_locations(runtime.db, mission_id=other, tree=[("X1", None)])
        base = {"m": str(roster.mission), "p": str(world.organizer.person_id)}
        answers = {}
        for label, region in (
            ("none", None),
            ("foreign", str(foreign["X1"])),
            ("missing", "987654"),
            ("own", str(roster.places["R2"])),
        ):
            variables = {**base, "r": "REGIONAL_COORDINATOR", "region": region}
            body = await gql.execute(ADD, variables, token=world.admin.token)
            answers[label] = body["data"]["addMissionMember"]
        assert answers["none"]["errors"][0]["code"] == "required"
        assert answers["foreign"] == answers["missing"]
        assert answers["missing"]["errors"] == [
            {"field": "regionId", "code": "not_found", "message": "No such location."}
        ]
        assert answers["own"]["member"]["regionId"] == str(roster.places["R2"])

    async def test_a_person_of_another_organization_is_not_added_silently(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        # Kenya's admin does not see Ghana's admin: the same answer as a missing person.
        variables = {
            "m": str(roster.mission),
            "p": str(world.ghana_admin.person_id),
            "r": "ANALYST",
        }
        hidden = await gql.execute(ADD, variables, token=world.admin.token)
        missing = await gql.execute(ADD, {**variables, "p": "987654"}, token=world.admin.token)
        assert hidden == missing
        assert missing["data"]["addMissionMember"]["errors"][0]["code"] == "not_found"
        # A coordinator of the mission who sees them (as a coordinator of Ghana) is told to
        # have them join Kenya first, rather than adding them without their consent.
        await add_role(
            runtime.db,
            person_id=world.coordinator.person_id,
            org_id=world.ghana,
            role=Role.COORDINATOR,
        )
        body = await gql.execute(ADD, variables, token=world.coordinator.token)
        assert body["data"]["addMissionMember"]["errors"][0]["code"] == "not_a_member"

    async def test_coordinators_list_and_remove_staff(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        body = await gql.execute(MEMBERS, {"m": str(roster.mission)}, token=world.admin.token)
        staff = body["data"]["missionMembers"]
        assert {(m["name"], m["role"]) for m in staff} == {
            ("Rita Regional", "REGIONAL_COORDINATOR"),
            ("Ana Analyst", "ANALYST"),
            ("Vic Viewer", "PARTNER_VIEWER"),
        }
        hidden = await gql.execute(MEMBERS, {"m": str(roster.mission)}, token=roster.analyst.token)
        assert error_codes(hidden) == ["NOT_FOUND"]
        uma = {"id": str(roster.observers["Uma Idle"])}
        removed = await gql.execute(REMOVE, uma, token=world.admin.token)
        assert removed["data"]["removeMissionMember"]["ok"]
        again = await gql.execute(REMOVE, uma, token=world.admin.token)
        assert error_codes(again) == ["NOT_FOUND"]


def deploy_vars(roster: Roster, observer: str, place: str, *forms: str) -> dict[str, Any]:
    return {
        "o": str(roster.observers[observer]),
        "l": str(roster.places[place]),
        "f": [str(roster.forms[f]) for f in forms],
    }


class TestDeployments:
    async def test_deploying_again_replaces_the_forms(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        variables = deploy_vars(roster, "Uma Idle", "S2", "OP")
        first = await gql.execute(DEPLOY, variables, token=world.admin.token)
        deployment = first["data"]["deployObserver"]["deployment"]
        assert deployment["location"]["code"] == "S2"
        assert [f["code"] for f in deployment["forms"]] == ["OP"]
        variables = deploy_vars(roster, "Uma Idle", "S2", "CL", "OP")
        again = await gql.execute(DEPLOY, variables, token=world.admin.token)
        redeployed = again["data"]["deployObserver"]["deployment"]
        assert redeployed["id"] == deployment["id"]
        assert [f["code"] for f in redeployed["forms"]] == ["CL", "OP"]

    @pytest.mark.parametrize(
        ("place", "form", "field", "code"),
        [("R1", "OP", "locationId", "station"), ("S1", "OLD", "formIds.0", "archived")],
    )
    async def test_only_stations_and_live_forms(
        self,
        gql: GraphQLClient,
        world: World,
        roster: Roster,
        place: str,
        form: str,
        field: str,
        code: str,
    ) -> None:
        body = await gql.execute(
            DEPLOY, deploy_vars(roster, "Uma Idle", place, form), token=world.admin.token
        )
        errors = body["data"]["deployObserver"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code)]

    async def test_a_staff_member_is_not_an_observer(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        async with runtime.db.read() as session:
            analyst = await session.scalar(
                select(MissionMember.id).where(MissionMember.person_id == roster.analyst.person_id)
            )
        variables = {"o": str(analyst), "l": str(roster.places["S1"]), "f": []}
        staff = await gql.execute(DEPLOY, variables, token=world.admin.token)
        missing = await gql.execute(DEPLOY, {**variables, "o": "987654"}, token=world.admin.token)
        assert staff == missing and error_codes(staff) == ["NOT_FOUND"]

    async def test_listing_filters_by_location_and_observer_and_a_region(
        self, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        m = str(roster.mission)
        every = await gql.execute(DEPLOYMENTS, {"m": m}, token=world.admin.token)
        assert every["data"]["missionDeployments"]["totalCount"] == 2
        under = await gql.execute(
            DEPLOYMENTS, {"m": m, "loc": str(roster.places["R2"])}, token=world.admin.token
        )
        assert [n["location"]["code"] for n in under["data"]["missionDeployments"]["nodes"]] == [
            "S3"
        ]
        mine = await gql.execute(DEPLOYMENTS, {"m": m}, token=roster.regional.token)
        listed = mine["data"]["missionDeployments"]["nodes"]
        assert [(n["location"]["code"], n["observer"]["name"]) for n in listed] == [
            ("S1", "Sam North")
        ]
        analyst = await gql.execute(DEPLOYMENTS, {"m": m}, token=roster.analyst.token)
        assert {n["observer"]["name"] for n in analyst["data"]["missionDeployments"]["nodes"]} == {
            None
        }
        viewer = await gql.execute(DEPLOYMENTS, {"m": m}, token=roster.viewer.token)
        assert error_codes(viewer) == ["NOT_FOUND"]

    async def test_removing_a_deployment(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        body = await gql.execute(DEPLOYMENTS, {"m": str(roster.mission)}, token=world.admin.token)
        first = body["data"]["missionDeployments"]["nodes"][0]["id"]
        hidden = await gql.execute(UNDEPLOY, {"id": first}, token=roster.analyst.token)
        missing = await gql.execute(UNDEPLOY, {"id": "987654"}, token=roster.analyst.token)
        assert hidden == missing and error_codes(hidden) == ["NOT_FOUND"]
        removed = await gql.execute(UNDEPLOY, {"id": first}, token=world.admin.token)
        assert removed["data"]["removeDeployment"]["ok"]


class TestMyAssignments:
    async def test_an_observer_sees_their_own_stations_and_live_forms(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        member = await add_member(
            runtime.db,
            mission_id=roster.mission,
            person_id=world.observer.person_id,
            role=MissionRole.OBSERVER,
        )
        roster.observers["Obi"] = member
        for place in ("S2", "S3"):
            body = await gql.execute(
                DEPLOY, deploy_vars(roster, "Obi", place, "OP", "CL"), token=world.admin.token
            )
            assert body["data"]["deployObserver"]["errors"] == []
        async with runtime.db.transaction() as session:
            form = await session.get(Form, roster.forms["CL"])
            assert form is not None
            form.archived = True
            session.add(form)
        body = await gql.execute(
            ASSIGNMENTS, {"m": str(roster.mission)}, token=world.observer.token
        )
        assert [
            (a["location"]["code"], [f["code"] for f in a["forms"]])
            for a in body["data"]["myAssignments"]
        ] == [("S2", ["OP"]), ("S3", ["OP"])]
        staff = await gql.execute(ASSIGNMENTS, {"m": str(roster.mission)}, token=world.admin.token)
        assert staff["data"]["myAssignments"] == []


class TestListStatements:
    async def test_deployments_and_assignments_do_not_grow_with_their_number(
        self, runtime: Runtime, gql: GraphQLClient, world: World, roster: Roster
    ) -> None:
        member = await add_member(
            runtime.db,
            mission_id=roster.mission,
            person_id=world.observer.person_id,
            role=MissionRole.OBSERVER,
        )
        roster.observers["Obi"] = member
        m = {"m": str(roster.mission)}
        counts = []
        for places in (["S1"], ["S2", "S3"]):
            for place in places:
                variables = deploy_vars(roster, "Obi", place, "OP", "CL")
                await gql.execute(DEPLOY, variables, token=world.admin.token)
            with count_statements(runtime.db.engine) as listing:
                await gql.execute(DEPLOYMENTS, m, token=world.admin.token)
            with count_statements(runtime.db.engine) as own:
                await gql.execute(ASSIGNMENTS, m, token=world.observer.token)
            counts.append((listing.count, own.count))
        assert counts[0] == counts[1]
