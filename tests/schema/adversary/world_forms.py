"""The adversary world's missions for the forms and incidents cases (cases_forms.py,
cases_incidents.py): a mission of A and one of B, each with a station, forms and incidents.

The missions, their stations and rosters are rows (their API belongs to the missions work);
forms and incidents are made over GraphQL by each side's own coordinators. A's organizer is a
coordinator of A's mission, A's admin one through the organization role.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

import orjson

from server.forms.service import stored
from server.forms.templates import opening_checklist
from server.missions.models import Mission, MissionLocation, MissionMember, MissionRole

if TYPE_CHECKING:
    from server.db import Database
    from tests.conftest import GraphQLClient
    from tests.schema.adversary.world import AdversaryWorld

CREATE_FORM = """
mutation($m: ID!, $input: CreateFormInput!) { createForm(missionId: $m, input: $input) {
  form { id } errors { code } } }"""
REPORT = """
mutation($input: ReportIncidentInput!) { reportIncident(input: $input) {
  incident { id } errors { code } } }"""
# Far enough in the past for any clock the test runs on.
OCCURRED = "2026-01-10T09:00:00+03:00"


def definition() -> str:
    return orjson.dumps(stored(opening_checklist())).decode()


def incident_input(mission: str, location: str | None, **fields: Any) -> dict[str, Any]:
    return {
        "idempotencyKey": uuid.uuid4().hex,
        "missionId": mission,
        "locationId": location,
        "category": "PROCEDURE",
        "severity": "MEDIUM",
        "description": "Ballot boxes arrived unsealed.",
        "occurredAt": OCCURRED,
        **fields,
    }


async def _mission(db: Database, w: AdversaryWorld, side: str) -> None:
    async with db.transaction() as session:
        mission = Mission(
            organization_id=int(w[f"org_{side}"]),
            name=f"{side} election mission",
            country="KE",
            time_zone="Africa/Nairobi",
            election_date=date(2027, 8, 9),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        station = MissionLocation(
            mission_id=mission.id, code=f"{side.upper()}-1", name="School", is_station=True
        )
        session.add(station)
        await session.flush()
        station.path = f"/{station.id}/"
        session.add(station)
        # A's organizer (or B's) coordinates the mission as its member.
        member = MissionMember(
            mission_id=mission.id,
            person_id=int(w[f"{side}_organizer"]),
            role=MissionRole.COORDINATOR,
        )
        session.add(member)
        await session.flush()
    w.ids[f"{side}_forms_mission"] = str(mission.id)
    w.ids[f"{side}_forms_station"] = str(station.id)
    w.ids[f"{side}_forms_member"] = str(member.id)


async def _create(gql: GraphQLClient, token: str, document: str, variables: dict[str, Any]) -> str:
    body = await gql.execute(document, variables, token=token)
    (payload,) = body["data"].values()
    assert payload["errors"] == [], body
    made = next(v for k, v in payload.items() if k != "errors")
    return str(made["id"])


async def forms_objects(db: Database, gql: GraphQLClient, w: AdversaryWorld) -> None:
    for side in ("a", "b"):
        await _mission(db, w, side)
        token = w.tokens[f"{side}_admin"]
        mission = w[f"{side}_forms_mission"]
        for name, code in (("forms_form", "CK"), ("forms_archived_form", "KA")):
            data = {
                "kind": "CHECKLIST",
                "code": code,
                "names": [{"language": "en", "text": f"{side} {name}"}],
                "definition": definition(),
            }
            w.ids[f"{side}_{name}"] = await _create(
                gql, token, CREATE_FORM, {"m": mission, "input": data}
            )
        # One incident to read, one the workflow cases act on, one only ever assigned.
        for name in ("forms_incident", "forms_incident_work", "forms_incident_assign"):
            data = incident_input(mission, w[f"{side}_forms_station"])
            w.ids[f"{side}_{name}"] = await _create(gql, token, REPORT, {"input": data})
