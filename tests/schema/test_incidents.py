"""Incidents over GraphQL: reporting, idempotency, the workflow, alerts and who sees what."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import select

from server.audit.models import AuditEvent
from server.incidents.models import Incident
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.orgs.models import Channel, Person
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, world
from tests.schema.mission_people import ROLES, MissionPeople, mission_people
from tests.schema.test_events_write import messages

__all__ = ["world"]

INCIDENT = """id status category severity description location { code }
  reporter { memberId observerCode } assignee { id role name }
  notes { text authorName } history { action fromStatus toStatus }"""
REPORT = f"""mutation($input: ReportIncidentInput!) {{ reportIncident(input: $input) {{
  incident {{ {INCIDENT} }} errors {{ field message code }} }} }}"""
ONE = f"query($id: ID!) {{ incident(id: $id) {{ {INCIDENT} }} }}"
LIST = """query($m: ID!, $s: IncidentStatus, $after: String) {
  missionIncidents(missionId: $m, status: $s, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id description } } }"""
ACK = f"""mutation($id: ID!) {{ acknowledgeIncident(id: $id) {{
  incident {{ {INCIDENT} }} errors {{ field code }} }} }}"""
RESOLVE = f"""mutation($id: ID!, $note: String) {{ resolveIncident(id: $id, note: $note) {{
  incident {{ {INCIDENT} }} errors {{ field code }} }} }}"""
NOTE = f"""mutation($id: ID!, $text: String!) {{ addIncidentNote(id: $id, text: $text) {{
  incident {{ {INCIDENT} }} errors {{ field code }} }} }}"""
ASSIGN = f"""mutation($id: ID!, $member: ID) {{ assignIncident(id: $id, memberId: $member) {{
  incident {{ {INCIDENT} }} errors {{ field code }} }} }}"""
MISSING = "987654"


@pytest.fixture
async def people(runtime: Runtime, world: World) -> MissionPeople:
    return await mission_people(runtime.db, world)


def report_input(people: MissionPeople, **fields: Any) -> dict[str, Any]:
    return {
        "idempotencyKey": uuid.uuid4().hex,
        "missionId": str(people.mission),
        "locationId": str(people.station_a),
        "category": "INTIMIDATION",
        "severity": "HIGH",
        "description": "Party agents blocked the entrance.",
        "occurredAt": (datetime.now(UTC) - timedelta(minutes=30)).isoformat(),
        **fields,
    }


async def report(
    gql: GraphQLClient, people: MissionPeople, who: str, **fields: Any
) -> dict[str, Any]:
    body = await gql.execute(
        REPORT, {"input": report_input(people, **fields)}, token=people.token(who)
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["reportIncident"]
    return payload


async def incident_count(runtime: Runtime) -> int:
    async with runtime.db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Incident)) or 0)


async def audit_count(runtime: Runtime) -> int:
    async with runtime.db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


class TestReportIncident:
    async def test_an_observer_reports_for_their_station(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        payload = await report(gql, people, "observer_a")
        incident = payload["incident"]
        assert payload["errors"] == []
        assert (incident["status"], incident["location"]["code"]) == ("NEW", "RA-1")
        assert incident["reporter"]["observerCode"] == "K505"
        assert incident["history"] == [
            {"action": "reported", "fromStatus": None, "toStatus": "NEW"}
        ]

    async def test_an_observer_may_report_without_a_location_but_not_for_another_station(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        assert (await report(gql, people, "observer_a", locationId=None))["errors"] == []
        other = await report(gql, people, "observer_a", locationId=str(people.station_b))
        assert [(e["field"], e["code"]) for e in other["errors"]] == [
            ("locationId", "not_deployed")
        ]

    async def test_a_coordinator_logs_one_anywhere_without_a_reporter(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        payload = await report(gql, people, "coordinator", locationId=str(people.station_b))
        assert payload["incident"]["reporter"] is None

    async def test_a_regional_coordinator_reports_only_inside_their_region(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        inside = await report(gql, people, "regional_a")
        outside = await report(gql, people, "regional_a", locationId=str(people.station_b))
        assert inside["errors"] == []
        assert outside["errors"][0]["code"] == "outside_region"

    @pytest.mark.parametrize("role", ["analyst", "partner"])
    async def test_analysts_and_partners_cannot_report(
        self, gql: GraphQLClient, people: MissionPeople, role: str
    ) -> None:
        body = await gql.execute(REPORT, {"input": report_input(people)}, token=people.token(role))
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_a_location_of_another_mission_answers_like_a_missing_one(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime, world: World
    ) -> None:
        other = await mission_people(runtime.db, world, series=4)
        token = people.token("coordinator")
        hidden = await gql.execute(
            REPORT, {"input": report_input(people, locationId=str(other.station_a))}, token=token
        )
        missing = await gql.execute(
            REPORT, {"input": report_input(people, locationId=MISSING)}, token=token
        )
        assert hidden["errors"][0]["message"] == missing["errors"][0]["message"]
        assert error_codes(hidden) == ["NOT_FOUND"]

    async def test_a_future_time_and_an_empty_description_are_field_errors(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        later = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
        payload = await report(gql, people, "observer_a", occurredAt=later, description="  ")
        assert {e["field"] for e in payload["errors"]} == {"occurredAt", "description"}
        # A phone's clock a little ahead is tolerated.
        soon = (datetime.now(UTC) + timedelta(minutes=4)).isoformat()
        assert (await report(gql, people, "observer_a", occurredAt=soon))["errors"] == []
        assert await incident_count(runtime) == 1


class TestIdempotency:
    async def test_every_retry_of_a_key_answers_the_same_incident(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        data = report_input(people, severity="CRITICAL")
        token = people.token("observer_a")
        ids = set()
        for attempt in range(5):
            # A retry may differ (a client that re-edited the text): the first one counts.
            sent = {**data, "description": f"attempt {attempt}"}
            body = await gql.execute(REPORT, {"input": sent}, token=token)
            ids.add(body["data"]["reportIncident"]["incident"]["id"])
        assert len(ids) == 1
        assert await incident_count(runtime) == 1
        coordinator = await messages(runtime, "+254733000000")
        assert len(coordinator) == 1

    async def test_two_concurrent_submissions_of_one_key_make_one_incident(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        data = report_input(people)
        token = people.token("observer_a")
        bodies = await asyncio.gather(
            *(gql.execute(REPORT, {"input": data}, token=token) for _ in range(4))
        )
        ids = {b["data"]["reportIncident"]["incident"]["id"] for b in bodies}
        assert len(ids) == 1, bodies
        assert await incident_count(runtime) == 1

    async def test_another_persons_key_is_refused_without_showing_their_incident(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        data = report_input(people, locationId=None)
        await gql.execute(REPORT, {"input": data}, token=people.token("observer_a"))
        body = await gql.execute(REPORT, {"input": data}, token=people.token("observer_b"))
        payload = body["data"]["reportIncident"]
        assert payload["incident"] is None and payload["errors"][0]["code"] == "key_in_use"


class TestCriticalAlert:
    async def test_it_reaches_each_coordinator_and_no_one_else(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        phones = {name: f"+2547330000{i:02d}" for i, name in enumerate(ROLES)}
        async with runtime.db.transaction() as session:
            # The regional coordinator of A prefers email: the alert goes there instead.
            person = await session.get(Person, people.members["regional_a"].person_id)
            assert person is not None
            person.notify_by = Channel.EMAIL
            session.add(person)
        payload = await report(
            gql,
            people,
            "observer_a",
            severity="CRITICAL",
            category="VIOLENCE",
            description="URGENT call +1 555 0100 now",
        )
        incident = payload["incident"]["id"]
        (sms,) = await messages(runtime, phones["coordinator"])
        assert "CRITICAL" in sms and "violence" in sms
        assert f"/missions/{people.mission}/incidents/{incident}" in sms
        assert "555" not in sms and "URGENT" not in sms
        for name in ("regional_a", "regional_b", "analyst", "partner", "observer_a", "observer_b"):
            assert await messages(runtime, phones[name]) == [], name
        async with runtime.db.read() as session:
            emails = (await session.exec(select(OutboundEmail.to, OutboundEmail.text_body))).all()
        assert [to for to, _ in emails] == ["mission.regional.a@example.org"]
        assert "555" not in emails[0][1]

    async def test_a_coordinator_reads_it_in_their_language(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        async with runtime.db.transaction() as session:
            person = await session.get(Person, people.members["coordinator"].person_id)
            assert person is not None
            person.preferred_language = "fr"
            session.add(person)
        await report(gql, people, "observer_a", severity="CRITICAL", category="VOTE_BUYING")
        (sms,) = await messages(runtime, "+254733000000")
        assert "CRITIQUE" in sms and "achat de voix" in sms

    async def test_lesser_incidents_alert_nobody(
        self, gql: GraphQLClient, people: MissionPeople, runtime: Runtime
    ) -> None:
        await report(gql, people, "observer_a", severity="HIGH")
        async with runtime.db.read() as session:
            count = await session.scalar(select(func.count()).select_from(OutboundMessage))
        assert count == 0


class TestWorkflow:
    async def test_new_acknowledged_resolved_with_history(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        incident = (await report(gql, people, "observer_a"))["incident"]["id"]
        token = people.token("coordinator")
        await gql.execute(ACK, {"id": incident}, token=token)
        body = await gql.execute(
            RESOLVE, {"id": incident, "note": "Police cleared it."}, token=token
        )
        done = body["data"]["resolveIncident"]["incident"]
        assert done["status"] == "RESOLVED"
        assert [(h["action"], h["fromStatus"], h["toStatus"]) for h in done["history"]] == [
            ("reported", None, "NEW"),
            ("acknowledged", "NEW", "ACKNOWLEDGED"),
            ("resolved", "ACKNOWLEDGED", "RESOLVED"),
            ("note_added", None, None),
        ]
        assert done["notes"] == [
            {"text": "Police cleared it.", "authorName": "Mission Coordinator"}
        ]

    async def test_invalid_transitions_are_field_errors(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        incident = (await report(gql, people, "observer_a"))["incident"]["id"]
        token = people.token("coordinator")
        resolved = await gql.execute(RESOLVE, {"id": incident}, token=token)
        assert resolved["data"]["resolveIncident"]["errors"] == []
        for document in (ACK, RESOLVE):
            body = await gql.execute(document, {"id": incident}, token=token)
            (payload,) = body["data"].values()
            assert payload["errors"] == [{"field": "id", "code": "invalid_transition"}]

    async def test_assign_to_coordinators_only_and_regional_ones_in_their_region(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        incident = (await report(gql, people, "observer_a"))["incident"]["id"]
        token = people.token("coordinator")

        async def assign(member: str | None) -> dict[str, Any]:
            variables = {"id": incident, "member": member}
            body = await gql.execute(ASSIGN, variables, token=token)
            return dict(body["data"]["assignIncident"])

        ids = {name: str(i) for name, i in people.member_ids.items()}
        assert (await assign(ids["regional_a"]))["incident"]["assignee"]["name"] == (
            "Mission Regional A"
        )
        for refused in ("regional_b", "analyst", "observer_a"):
            assert (await assign(ids[refused]))["errors"][0]["code"] == "not_a_coordinator"
        back = await assign(None)
        assert back["incident"]["assignee"] is None
        assert [h["action"] for h in back["incident"]["history"]] == [
            "reported",
            "assigned",
            "unassigned",
        ]

    async def test_regional_coordinators_handle_only_their_regions_incidents(
        self, gql: GraphQLClient, people: MissionPeople
    ) -> None:
        in_a = (await report(gql, people, "observer_a"))["incident"]["id"]
        nowhere = (await report(gql, people, "observer_a", locationId=None))["incident"]["id"]
        ok = await gql.execute(
            NOTE, {"id": in_a, "text": "On my way."}, token=people.token("regional_a")
        )
        assert ok["data"]["addIncidentNote"]["errors"] == []
        for incident in (in_a, nowhere):
            body = await gql.execute(ACK, {"id": incident}, token=people.token("regional_b"))
            missing = await gql.execute(ACK, {"id": MISSING}, token=people.token("regional_b"))
            assert body["errors"][0]["message"] == missing["errors"][0]["message"]

    @pytest.mark.parametrize("role", ["analyst", "partner", "observer_a"])
    async def test_others_cannot_act_on_incidents(
        self, gql: GraphQLClient, people: MissionPeople, role: str
    ) -> None:
        incident = (await report(gql, people, "observer_a"))["incident"]["id"]
        body = await gql.execute(NOTE, {"id": incident, "text": "hi"}, token=people.token(role))
        assert error_codes(body) == ["NOT_FOUND"]
