"""The adversary world's missions and reports, for the cases in cases_reports.py.

B runs a mission where its observer reported (a checklist and an incident). A runs a
mission the attackers coordinate (a_organizer as a mission coordinator, a_admin through
the organization role), with a report of A's observer to review, and a drill mission where
the attackers are observers, so that submitReport's controls reach every id check.
Missions, stations, forms and deployments are rows (their services belong to the roster
work); the reports are submitted over GraphQL by the observers themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from server.missions.models import MissionRole
from tests.server.reports.fixtures import MissionRows, add_member, build_mission

if TYPE_CHECKING:
    from server.db import Database
    from tests.conftest import GraphQLClient
    from tests.schema.adversary.world import AdversaryWorld

SUBMIT = """
mutation($input: SubmitReportInput!) { submitReport(input: $input) {
  report { id } errors { field code } } }"""


def submission(rows: MissionRows, key: str, *, incident: bool = False) -> dict[str, Any]:
    answers = (
        [{"question": "BA", "value": "Crowd"}]
        if incident
        else [
            {"question": "AA", "value": "yes"},
            {"question": "AB", "value": "300"},
        ]
    )
    return {
        "idempotencyKey": key,
        "formId": str(rows.incident if incident else rows.checklist),
        "locationId": str(rows.stations[0]),
        "answers": answers,
    }


async def _submit(gql: GraphQLClient, token: str, variables: dict[str, Any]) -> str:
    body = await gql.execute(SUBMIT, {"input": variables}, token=token)
    payload = body["data"]["submitReport"]
    assert payload["errors"] == [], body
    return str(payload["report"]["id"])


def _name(w: AdversaryWorld, prefix: str, rows: MissionRows) -> None:
    w.ids[f"{prefix}_rep_mission"] = str(rows.mission_id)
    w.ids[f"{prefix}_rep_form"] = str(rows.checklist)
    w.ids[f"{prefix}_rep_incident_form"] = str(rows.incident)
    w.ids[f"{prefix}_rep_station"] = str(rows.stations[0])


async def report_objects(db: Database, gql: GraphQLClient, w: AdversaryWorld) -> None:
    b = await build_mission(
        db,
        name="Beta mission",
        observers=0,
        org_id=int(w["org_b"]),
        observer_people=(int(w["b_observer"]),),
    )
    _name(w, "b", b)
    w.ids["b_report"] = await _submit(gql, w.tokens["b_observer"], submission(b, "b-key-0001"))
    w.ids["b_rep_incident"] = await _submit(
        gql, w.tokens["b_observer"], submission(b, "b-key-0002", incident=True)
    )
    a = await build_mission(
        db,
        name="Alpha mission",
        observers=0,
        org_id=int(w["org_a"]),
        observer_people=(int(w["a_observer"]),),
    )
    _name(w, "a", a)
    await add_member(db, a, role=MissionRole.COORDINATOR, person=int(w["a_organizer"]))
    w.ids["a_report"] = await _submit(gql, w.tokens["a_observer"], submission(a, "a-key-0001"))
    drill = await build_mission(
        db,
        name="Alpha drill",
        observers=0,
        org_id=int(w["org_a"]),
        observer_people=(int(w["a_organizer"]), int(w["a_admin"])),
    )
    _name(w, "drill", drill)
    for attacker in ("a_organizer", "a_admin"):
        w.ids[f"{attacker}_drill_report"] = await _submit(
            gql, w.tokens[attacker], submission(drill, f"{attacker}-drill-key")
        )
