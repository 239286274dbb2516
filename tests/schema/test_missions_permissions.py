"""The permission matrix of the missions roster: every role against every query and
mutation of it, from one table (issue 10, deliverable 12)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from server.db import Database
from server.missions.models import Deployment, MissionRole
from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, make_member, make_person
from tests.schema.missions_support import add_form, add_locations, add_member, add_mission

ROLES = ("org_admin", "coordinator", "regional", "analyst", "observer", "partner", "outsider")
MANAGERS = {"org_admin": "ok", "coordinator": "ok"}


def only(allowed: dict[str, str], others: str = "hidden") -> dict[str, str]:
    return {role: allowed.get(role, others) for role in ROLES}


# What each role gets: ok, hidden (NOT_FOUND, as for a missing mission), names (observer
# names shown), codes (codes only), some (names of the region's observers only).
MATRIX: dict[str, dict[str, str]] = {
    "mission": only({r: "ok" for r in ROLES if r != "outsider"}),
    "missions": only({r: "ok" for r in ROLES if r != "outsider"}, "absent"),
    "missionObservers": only(
        {
            "org_admin": "names",
            "coordinator": "names",
            "regional": "some",
            "analyst": "codes",
            "partner": "codes",
        }
    ),
    "missionMembers": only(MANAGERS),
    "missionDeployments": only({**MANAGERS, "regional": "ok", "analyst": "ok"}),
    "myAssignments": only({r: "ok" for r in ROLES if r != "outsider"}),
    "createMission": only({"org_admin": "ok"}, "not_found"),
    "updateMission": only(MANAGERS),
    "addMissionMember": only(MANAGERS),
    "removeMissionMember": only(MANAGERS),
    "importObservers": only(MANAGERS),
    "deployObserver": only(MANAGERS),
    "removeDeployment": only(MANAGERS),
}


@dataclass
class Setup:
    db: Database
    gql: GraphQLClient
    world: World
    mission: int
    places: dict[str, int]
    form: int
    observer: int  # deployed in R1
    tokens: dict[str, str]


@pytest.fixture
async def setup(runtime: Runtime, gql: GraphQLClient, world: World) -> Setup:
    db = runtime.db
    mission = await add_mission(db, organization_id=world.kenya)
    places = await add_locations(db, mission_id=mission)
    form = await add_form(db, mission_id=mission, code="OP")
    tokens = {"org_admin": world.admin.token, "outsider": world.ghana_admin.token}
    roles = {
        "coordinator": MissionRole.COORDINATOR,
        "regional": MissionRole.REGIONAL_COORDINATOR,
        "analyst": MissionRole.ANALYST,
        "observer": MissionRole.OBSERVER,
        "partner": MissionRole.PARTNER_VIEWER,
    }
    for name, role in roles.items():
        # The mission's coordinator is one of the organization's organizers: they see its
        # people, whom they add to the mission. Everyone else holds no staff role there.
        org_role = Role.ORGANIZER if role is MissionRole.COORDINATOR else Role.OBSERVER
        member = await make_member(db, org_id=world.kenya, role=org_role, name=f"{name} x")
        region = places["R1"] if role is MissionRole.REGIONAL_COORDINATOR else None
        await add_member(
            db, mission_id=mission, person_id=member.person_id, role=role, region_id=region
        )
        tokens[name] = member.token
    observer = await _observer(db, world, mission, "Deployed One")
    await _deploy(db, mission, observer, places["S1"])
    await _observer(db, world, mission, "Idle Two")
    return Setup(db, gql, world, mission, places, form, observer, tokens)


async def _observer(db: Database, world: World, mission: int, name: str) -> int:
    person = await make_person(db, org_id=world.kenya, role=Role.OBSERVER, name=name)
    return await add_member(db, mission_id=mission, person_id=person, role=MissionRole.OBSERVER)


async def _deploy(db: Database, mission: int, member: int, location: int) -> int:
    async with db.transaction() as session:
        row = Deployment(mission_id=mission, member_id=member, location_id=location)
        session.add(row)
        await session.flush()
        assert row.id is not None
        return row.id


def _payload_outcome(body: dict[str, Any]) -> str:
    if error_codes(body):
        return "hidden" if error_codes(body) == ["NOT_FOUND"] else f"error {body['errors']}"
    (payload,) = body["data"].values()
    errors = payload.get("errors") or [] if isinstance(payload, dict) else []
    if any(e["code"] == "not_found" for e in errors):
        return "not_found"
    # importObservers sent as JSON: only a caller who may import is told to upload the file.
    return "ok" if all(e["field"] == "file" for e in errors) else f"errors {errors}"


async def _observers_outcome(s: Setup, token: str) -> str:
    body = await s.gql.execute(
        "query($m: ID!) { missionObservers(missionId: $m) { nodes { name phones } } }",
        {"m": str(s.mission)},
        token=token,
    )
    if error_codes(body):
        return "hidden" if error_codes(body) == ["NOT_FOUND"] else f"error {body['errors']}"
    names = [n["name"] for n in body["data"]["missionObservers"]["nodes"]]
    if all(names):
        return "names"
    return "some" if any(names) else "codes"


Call = Callable[[Setup, str], Awaitable[str]]


async def _run(s: Setup, token: str, document: str, variables: dict[str, Any]) -> str:
    return _payload_outcome(await s.gql.execute(document, variables, token=token))


async def _missions(s: Setup, token: str) -> str:
    body = await s.gql.execute("{ missions { id } }", token=token)
    ids = [m["id"] for m in body["data"]["missions"]]
    return "ok" if ids == [str(s.mission)] else "absent" if not ids else f"listed {ids}"


async def _remove_member(s: Setup, token: str) -> str:
    target = await _observer(s.db, s.world, s.mission, "Removable")
    document = "mutation($id: ID!) { removeMissionMember(id: $id) { ok errors { field code } } }"
    return await _run(s, token, document, {"id": str(target)})


async def _remove_deployment(s: Setup, token: str) -> str:
    observer = await _observer(s.db, s.world, s.mission, "Redeployable")
    target = await _deploy(s.db, s.mission, observer, s.places["S2"])
    document = "mutation($id: ID!) { removeDeployment(id: $id) { ok errors { field code } } }"
    return await _run(s, token, document, {"id": str(target)})


CALLS: dict[str, Call] = {
    "mission": lambda s, t: _run(s, t, "query($m: ID!) { mission(id: $m) { id } }", m(s)),
    "missions": _missions,
    "missionObservers": _observers_outcome,
    "missionMembers": lambda s, t: _run(
        s, t, "query($m: ID!) { missionMembers(missionId: $m) { id } }", m(s)
    ),
    "missionDeployments": lambda s, t: _run(
        s, t, "query($m: ID!) { missionDeployments(missionId: $m) { totalCount } }", m(s)
    ),
    "myAssignments": lambda s, t: _run(
        s, t, "query($m: ID!) { myAssignments(missionId: $m) { deploymentId } }", m(s)
    ),
    "createMission": lambda s, t: _run(
        s,
        t,
        'mutation($o: ID!) { createMission(input: {organizationId: $o, name: "N", '
        'country: "KE", timeZone: "UTC", electionDates: ["2027-08-10"]}) '
        "{ mission { id } errors { field code } } }",
        {"o": str(s.world.kenya)},
    ),
    "updateMission": lambda s, t: _run(
        s,
        t,
        'mutation($m: ID!) { updateMission(id: $m, input: {name: "N"}) '
        "{ mission { id } errors { field code } } }",
        m(s),
    ),
    "addMissionMember": lambda s, t: _run(
        s,
        t,
        "mutation($m: ID!, $p: ID!) { addMissionMember(missionId: $m, personId: $p, "
        "role: ANALYST) { member { id } errors { field code } } }",
        {**m(s), "p": str(s.world.observer.person_id)},
    ),
    "removeMissionMember": _remove_member,
    "importObservers": lambda s, t: _run(
        s,
        t,
        'mutation($m: ID!) { importObservers(missionId: $m, file: "x", dryRun: true) '
        "{ result { ok } errors { field code } } }",
        m(s),
    ),
    "deployObserver": lambda s, t: _run(
        s,
        t,
        "mutation($o: ID!, $l: ID!, $f: ID!) { deployObserver(observerId: $o, locationId: $l, "
        "formIds: [$f]) { deployment { id } errors { field code } } }",
        {"o": str(s.observer), "l": str(s.places["S3"]), "f": str(s.form)},
    ),
    "removeDeployment": _remove_deployment,
}


def m(s: Setup) -> dict[str, Any]:
    return {"m": str(s.mission)}


class TestPermissionMatrix:
    def test_the_matrix_covers_every_roster_field(self) -> None:
        assert set(MATRIX) == set(CALLS)

    @pytest.mark.parametrize("field", sorted(MATRIX))
    async def test_each_role_gets_what_the_matrix_says(self, setup: Setup, field: str) -> None:
        got = {role: await CALLS[field](setup, setup.tokens[role]) for role in ROLES}
        assert got == MATRIX[field]
