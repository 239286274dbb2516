"""Reports over GraphQL: submission, idempotency, conflicts, review and who reads what."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from server.audit.models import AuditEvent
from server.missions.models import MissionRole
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import issue_session, make_account
from tests.server.reports.fixtures import MissionRows, add_member, build_mission
from tests.sqlcount import count_statements

SUBMIT = """
mutation($input: SubmitReportInput!) {
  submitReport(input: $input) {
    report { id version status channel observer { memberId observerCode }
             flags { code question message } answers { question value choices }
             versions { number answers { question value } } }
    errors { field message code }
  }
}"""
STATION = """
query($l: ID!, $f: ID!) {
  stationResult(locationId: $l, formId: $f) {
    reportCount conflictCount
    fields { question value choices conflict overridden overrideReason
             source { memberId observerCode } values { observer { observerCode } value } }
  }
}"""
REPORTS = """
query($m: ID!) {
  missionReports(missionId: $m) { totalCount nodes { id observer { observerCode } } }
}"""


@dataclass
class Mission:
    rows: MissionRows
    tokens: dict[str, str]


async def _token(runtime: Runtime, person_id: int, name: str) -> str:
    user = await make_account(runtime.db, email=f"{name}@example.org", person_id=person_id)
    return await issue_session(runtime.db, user)


@pytest.fixture
async def mission(runtime: Runtime) -> Mission:
    db = runtime.db
    rows = await build_mission(db)
    tokens = {
        "observer": await _token(runtime, rows.observer_people[0], "obs0"),
        "observer2": await _token(runtime, rows.observer_people[1], "obs1"),
    }
    for role in (MissionRole.COORDINATOR, MissionRole.ANALYST, MissionRole.PARTNER_VIEWER):
        tokens[role.value] = await _token(
            runtime, await add_member(db, rows, role=role), role.value
        )
    # A regional coordinator of the South, where no observer reports.
    south = await add_member(
        db, rows, role=MissionRole.REGIONAL_COORDINATOR, region_id=rows.region + 1
    )
    tokens["regional_south"] = await _token(runtime, south, "south")
    north = await add_member(db, rows, role=MissionRole.REGIONAL_COORDINATOR, region_id=rows.region)
    tokens["regional_north"] = await _token(runtime, north, "north")
    return Mission(rows, tokens)


def answers(**values: Any) -> list[dict[str, Any]]:
    return [
        {"question": q, "choices": v} if isinstance(v, list) else {"question": q, "value": v}
        for q, v in values.items()
    ]


async def submit(
    gql: GraphQLClient, m: Mission, who: str = "observer", key: str = "key-0000001", **values: Any
) -> dict[str, Any]:
    body = await gql.execute(
        SUBMIT,
        {
            "input": {
                "idempotencyKey": key,
                "formId": str(m.rows.checklist),
                "locationId": str(m.rows.stations[0]),
                "answers": answers(**(values or {"AA": "yes", "AB": "300"})),
            }
        },
        token=m.tokens[who],
    )
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["submitReport"]
    return result


async def station(gql: GraphQLClient, m: Mission, who: str = "coordinator") -> dict[str, Any]:
    variables = {"l": str(m.rows.stations[0]), "f": str(m.rows.checklist)}
    return await gql.execute(STATION, variables, token=m.tokens[who])


class TestSubmitReport:
    async def test_an_observer_submits_and_reads_the_answers_back_typed(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        result = await submit(gql, mission, AA="yes", AB="300", AF=[3, 1], AH="7:05")
        assert result["errors"] == []
        report = result["report"]
        assert (report["version"], report["status"], report["channel"]) == (1, "SUBMITTED", "WEB")
        assert report["observer"]["observerCode"] == "K0000"
        assert report["answers"] == [
            {"question": "AA", "value": "yes", "choices": None},
            {"question": "AB", "value": "300", "choices": None},
            {"question": "AF", "value": None, "choices": [1, 3]},
            {"question": "AH", "value": "07:05", "choices": None},
        ]

    async def test_retries_with_the_same_key_answer_the_same_report(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        first = await submit(gql, mission)
        again = await submit(gql, mission)
        assert again["report"]["id"] == first["report"]["id"]
        assert again["report"]["versions"] == first["report"]["versions"]

    async def test_invalid_answers_answer_field_errors_and_no_report(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        result = await submit(gql, mission, AA="maybe", AB="-3")
        assert result["report"] is None
        assert {(e["field"], e["code"]) for e in result["errors"]} == {
            ("answers.AA", "not_yes_no"),
            ("answers.AB", "out_of_range"),
        }

    async def test_a_question_answered_twice_is_refused(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        body = await gql.execute(
            SUBMIT,
            {
                "input": {
                    "idempotencyKey": "key-0000002",
                    "formId": str(mission.rows.checklist),
                    "locationId": str(mission.rows.stations[0]),
                    "answers": [{"question": "AA", "value": "yes"}] * 2,
                }
            },
            token=mission.tokens["observer"],
        )
        assert body["data"]["submitReport"]["errors"][0]["code"] == "answered_twice"

    async def test_a_coordinator_is_told_only_observers_submit(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        result = await submit(gql, mission, who="coordinator")
        assert result["errors"][0]["code"] == "not_an_observer"

    async def test_a_flagged_report_carries_the_rules_flag(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        result = await submit(gql, mission, AA="yes", AB="900")
        assert result["report"]["status"] == "FLAGGED"
        assert result["report"]["flags"][0]["code"] == "TURNOUT"


class TestConsolidation:
    async def test_two_observers_disagreeing_make_a_conflict_with_each_value(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission, AA="yes", AB="300")
        await submit(gql, mission, who="observer2", AA="yes", AB="301")
        result = (await station(gql, mission))["data"]["stationResult"]
        fields = {f["question"]: f for f in result["fields"]}
        assert (result["reportCount"], result["conflictCount"]) == (2, 1)
        assert fields["AA"]["value"] == "yes" and not fields["AA"]["conflict"]
        assert fields["AA"]["source"]["observerCode"] == "K0000"
        assert fields["AB"]["conflict"] and fields["AB"]["value"] is None
        assert [v["value"] for v in fields["AB"]["values"]] == ["300", "301"]

    async def test_an_override_wins_and_survives_new_reports(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission, AA="yes", AB="300")
        await submit(gql, mission, who="observer2", AA="yes", AB="301")
        body = await gql.execute(
            "mutation($l: ID!, $f: ID!) { overrideStationValue(locationId: $l, formId: $f, "
            'question: "AB", value: "300", reason: "Tally sheet photo") '
            "{ result { conflictCount fields { question value overridden source { memberId } } } "
            "errors { field code } } }",
            {"l": str(mission.rows.stations[0]), "f": str(mission.rows.checklist)},
            token=mission.tokens["coordinator"],
        )
        payload = body["data"]["overrideStationValue"]
        assert payload["errors"] == [] and payload["result"]["conflictCount"] == 0
        await submit(gql, mission, key="key-0000009", AA="no", AB="305")
        fields = {
            f["question"]: f
            for f in (await station(gql, mission))["data"]["stationResult"]["fields"]
        }
        assert (fields["AB"]["value"], fields["AB"]["overridden"]) == ("300", True)
        assert fields["AB"]["overrideReason"] == "Tally sheet photo"
        assert fields["AA"]["conflict"]

    async def test_a_quarantined_report_is_left_out_until_released(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission, AA="yes", AB="300")
        second = await submit(gql, mission, who="observer2", AA="yes", AB="301")
        report_id = second["report"]["id"]
        body = await gql.execute(
            'mutation($r: ID!) { quarantineReport(id: $r, reason: "Observer was not there") '
            "{ report { status quarantineReason } errors { code } } }",
            {"r": report_id},
            token=mission.tokens["coordinator"],
        )
        assert body["data"]["quarantineReport"]["report"]["status"] == "QUARANTINED"
        assert (await station(gql, mission))["data"]["stationResult"]["conflictCount"] == 0
        body = await gql.execute(
            "mutation($r: ID!) { releaseReport(id: $r) { report { status } errors { code } } }",
            {"r": report_id},
            token=mission.tokens["coordinator"],
        )
        assert body["data"]["releaseReport"]["report"]["status"] == "SUBMITTED"
        assert (await station(gql, mission))["data"]["stationResult"]["conflictCount"] == 1

    async def test_a_correction_supersedes_and_keeps_the_history(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission, AA="yes", AB="300")
        fixed = await submit(gql, mission, key="key-0000003", AA="yes", AB="310")
        report = fixed["report"]
        assert report["version"] == 2
        assert [v["answers"][1]["value"] for v in report["versions"]] == ["300", "310"]


class TestPermissions:
    """Who reads and reviews what (issue 10, item 8)."""

    async def test_report_lists_follow_the_role(self, gql: GraphQLClient, mission: Mission) -> None:
        await submit(gql, mission)
        await submit(gql, mission, who="observer2")
        seen = {}
        for who in ("coordinator", "analyst", "regional_north", "regional_south", "observer"):
            body = await gql.execute(
                REPORTS, {"m": str(mission.rows.mission_id)}, token=mission.tokens[who]
            )
            seen[who] = body["data"]["missionReports"]["totalCount"]
        assert seen == {
            "coordinator": 2,
            "analyst": 2,
            "regional_north": 2,
            "regional_south": 0,
            "observer": 1,
        }
        partner = await gql.execute(
            REPORTS, {"m": str(mission.rows.mission_id)}, token=mission.tokens["partner_viewer"]
        )
        assert partner["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    async def test_a_partner_reads_station_results_by_code_and_never_a_name(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission)
        body = await station(gql, mission, who="partner_viewer")
        assert body["data"]["stationResult"]["reportCount"] == 1
        assert "Observer 0" not in str(body)

    async def test_an_observer_does_not_read_station_results_or_others_reports(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        other = await submit(gql, mission, who="observer2")
        assert (await station(gql, mission, who="observer"))["errors"][0]["message"] == (
            "No such location."
        )
        body = await gql.execute(
            "query($r: ID!) { report(id: $r) { id } }",
            {"r": other["report"]["id"]},
            token=mission.tokens["observer"],
        )
        assert body["errors"][0]["message"] == "No such report."

    @pytest.mark.parametrize(
        ("who", "allowed"),
        [
            ("coordinator", True),
            ("regional_north", True),
            ("regional_south", False),
            ("analyst", False),
        ],
    )
    async def test_only_reviewers_of_the_region_verify(
        self, gql: GraphQLClient, mission: Mission, who: str, allowed: bool
    ) -> None:
        report_id = (await submit(gql, mission))["report"]["id"]
        body = await gql.execute(
            "mutation($r: ID!) { verifyReport(id: $r) { report { status } errors { code } } }",
            {"r": report_id},
            token=mission.tokens[who],
        )
        if allowed:
            assert body["data"]["verifyReport"]["report"]["status"] == "VERIFIED"
        else:
            assert body["errors"][0]["message"] == "No such report."

    async def test_the_summary_counts_for_partners_too(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        await submit(gql, mission, AA="yes", AB="900")
        await submit(gql, mission, who="observer2", AA="no", AB="300")
        body = await gql.execute(
            "query($m: ID!) { missionSummary(missionId: $m) { stations stationsReporting "
            "expectedReports reports flagged quarantined conflicts } }",
            {"m": str(mission.rows.mission_id)},
            token=mission.tokens["partner_viewer"],
        )
        assert body["data"]["missionSummary"] == {
            "stations": 3,
            "stationsReporting": 1,
            "expectedReports": 8,
            "reports": 2,
            "flagged": 1,
            "quarantined": 0,
            "conflicts": 1,
        }


class TestAudit:
    async def test_every_change_to_a_report_is_audited(
        self, runtime: Runtime, gql: GraphQLClient, mission: Mission
    ) -> None:
        report_id = (await submit(gql, mission))["report"]["id"]
        await submit(gql, mission, key="key-0000004", AA="no")
        for mutation in (
            "verifyReport(id: $r)",
            'quarantineReport(id: $r, reason: "x")',
            "releaseReport(id: $r)",
        ):
            await gql.execute(
                f"mutation($r: ID!) {{ {mutation} {{ errors {{ code }} }} }}",
                {"r": report_id},
                token=mission.tokens["coordinator"],
            )
        async with runtime.db.read() as session:
            actions = (
                await session.exec(
                    select(AuditEvent.action)
                    .where(col(AuditEvent.subject_type) == "report")
                    .order_by(col(AuditEvent.id))
                )
            ).all()
        assert list(actions) == [
            "report.submitted",
            "report.corrected",
            "report.verified",
            "report.quarantined",
            "report.released",
        ]


class TestStatementCounts:
    async def test_listing_reports_does_not_grow_with_their_number(
        self, runtime: Runtime, gql: GraphQLClient, mission: Mission
    ) -> None:
        query = (
            "query($m: ID!) { missionReports(missionId: $m) { nodes { id form { code } "
            "location { code } observer { observerCode } answers { value } "
            "versions { number } } } }"
        )
        await submit(gql, mission)
        variables = {"m": str(mission.rows.mission_id)}
        with count_statements(runtime.db.engine) as one:
            await gql.execute(query, variables, token=mission.tokens["coordinator"])
        await submit(gql, mission, who="observer2")
        await submit(gql, mission, key="key-0000005", AA="no")
        with count_statements(runtime.db.engine) as many:
            await gql.execute(query, variables, token=mission.tokens["coordinator"])
        assert many.count == one.count


class TestDocs:
    async def test_the_submit_example_in_docs_missions_md_works(
        self, gql: GraphQLClient, mission: Mission
    ) -> None:
        doc = (Path(__file__).parents[2] / "docs" / "missions.md").read_text()
        section = doc.split("## Reports", 1)[1]
        document = section.split("```graphql\n", 1)[1].split("```", 1)[0]
        variables = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
        variables["input"]["formId"] = str(mission.rows.checklist)
        variables["input"]["locationId"] = str(mission.rows.stations[0])
        body = await gql.execute(document, variables, token=mission.tokens["observer"])
        assert body["data"]["submitReport"]["errors"] == []
        assert body["data"]["submitReport"]["report"]["answers"][3]["value"] == "07:05"
