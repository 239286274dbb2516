"""Reports (issue 10): reading, submitting and reviewing reports and station results of
another organization's mission. The attackers coordinate A's mission and observe in A's
drill mission, so every control reaches the id check."""

from __future__ import annotations

from typing import Any

from tests.schema.adversary.case import ERRORS, Case, mutation, query
from tests.schema.adversary.world import AdversaryWorld

REPORT = (
    "id status version observer { memberId observerCode } answers { question value } "
    "location { id code } form { id code }"
)
STATION = (
    "reportCount conflictCount fields { question value conflict source { observerCode } "
    "values { value observer { observerCode } } }"
)
CONNECTION = f"totalCount nodes {{ {REPORT} }}"


def _submit(w: AdversaryWorld, form: str, location: str, report: str | None) -> dict[str, Any]:
    # A key per case: a key already used answers "reused" before any id is looked at.
    key = "adversary-" + (
        "report" if report else "form" if location == w["drill_rep_station"] else "station"
    )
    return {
        "input": {
            "idempotencyKey": key,
            "formId": form,
            "locationId": location,
            "reportId": report,
            "answers": [{"question": "AA", "value": "yes"}, {"question": "AB", "value": "300"}],
        }
    }


SUBMIT = f"report {{ {REPORT} }} {ERRORS}"


def _submit_case(path: str, build: Any, victims: tuple[str, ...], own: str) -> Case:
    return Case(
        "Mutation.submitReport",
        path,
        path.split(".")[-1],
        "mutation($v: SubmitReportInput!) { submitReport(input: $v) { " + SUBMIT + " } }",
        lambda w, t: {"v": build(w, t)["input"]},
        victims=victims,
        own=own,
        destructive=True,
    )


REPORT_CASES = (
    Case(
        "Query.missionReports",
        "missionId",
        "mission",
        query("missionReports(missionId: $t)", CONNECTION),
        lambda w, t: {"t": t},
        victims=("b_rep_mission",),
        own="a_rep_mission",
    ),
    Case(
        "Query.missionReports",
        "formId",
        "form",
        "query($t: ID, $m: ID!) { missionReports(missionId: $m, formId: $t) { "
        + CONNECTION
        + " } }",
        lambda w, t: {"t": t, "m": w["a_rep_mission"]},
        victims=("b_rep_form",),
        own="a_rep_form",
    ),
    Case(
        "Query.missionReports",
        "locationId",
        "location",
        "query($t: ID, $m: ID!) { missionReports(missionId: $m, locationId: $t) { "
        + CONNECTION
        + " } }",
        lambda w, t: {"t": t, "m": w["a_rep_mission"]},
        victims=("b_rep_station",),
        own="a_rep_station",
    ),
    Case(
        "Query.report",
        "id",
        "report",
        query("report(id: $t)", REPORT),
        lambda w, t: {"t": t},
        victims=("b_report", "b_rep_incident"),
        own="a_report",
    ),
    Case(
        "Query.stationResult",
        "locationId",
        "location",
        "query($t: ID!, $f: ID!) { stationResult(locationId: $t, formId: $f) { " + STATION + " } }",
        lambda w, t: {"t": t, "f": w["a_rep_form"]},
        victims=("b_rep_station",),
        own="a_rep_station",
    ),
    Case(
        "Query.stationResult",
        "formId",
        "form",
        "query($t: ID!, $l: ID!) { stationResult(locationId: $l, formId: $t) { " + STATION + " } }",
        lambda w, t: {"t": t, "l": w["a_rep_station"]},
        victims=("b_rep_form",),
        own="a_rep_form",
    ),
    Case(
        "Query.missionConflicts",
        "missionId",
        "mission",
        query("missionConflicts(missionId: $t)", f"totalCount nodes {{ {STATION} }}"),
        lambda w, t: {"t": t},
        victims=("b_rep_mission",),
        own="a_rep_mission",
    ),
    Case(
        "Query.missionConflicts",
        "formId",
        "form",
        "query($t: ID, $m: ID!) { missionConflicts(missionId: $m, formId: $t) { totalCount } }",
        lambda w, t: {"t": t, "m": w["a_rep_mission"]},
        victims=("b_rep_form",),
        own="a_rep_form",
    ),
    Case(
        "Query.missionSummary",
        "missionId",
        "mission",
        query("missionSummary(missionId: $t)", "stations reports conflicts"),
        lambda w, t: {"t": t},
        victims=("b_rep_mission",),
        own="a_rep_mission",
    ),
    _submit_case(
        "input.formId",
        lambda w, t: _submit(w, t, w["drill_rep_station"], None),
        ("b_rep_form", "b_rep_incident_form"),
        "drill_rep_form",
    ),
    _submit_case(
        "input.locationId",
        lambda w, t: _submit(w, w["drill_rep_form"], t, None),
        ("b_rep_station",),
        "drill_rep_station",
    ),
    _submit_case(
        "input.reportId",
        lambda w, t: _submit(w, w["drill_rep_form"], w["drill_rep_station"], t),
        ("b_report", "b_rep_incident", "a_report"),
        "{me}_drill_report",
    ),
    *(
        Case(
            f"Mutation.{name}",
            "id",
            "report",
            mutation("$t: ID!", f"{name}(id: $t{extra})", f"report {{ {REPORT} }} {ERRORS}"),
            lambda w, t: {"t": t},
            victims=("b_report", "b_rep_incident"),
            own="a_report",
            destructive=True,
        )
        for name, extra in (
            ("verifyReport", ""),
            ("quarantineReport", ', reason: "probe"'),
            ("releaseReport", ""),
        )
    ),
    Case(
        "Mutation.overrideStationValue",
        "locationId",
        "location",
        "mutation($t: ID!, $f: ID!) { overrideStationValue(locationId: $t, formId: $f, "
        'question: "AA", value: "no", reason: "probe") { result { '
        + STATION
        + " } "
        + ERRORS
        + " } }",
        lambda w, t: {"t": t, "f": w["a_rep_form"]},
        victims=("b_rep_station",),
        own="a_rep_station",
        destructive=True,
    ),
    Case(
        "Mutation.overrideStationValue",
        "formId",
        "form",
        "mutation($t: ID!, $l: ID!) { overrideStationValue(locationId: $l, formId: $t, "
        'question: "AA", value: "no", reason: "probe") { result { '
        + STATION
        + " } "
        + ERRORS
        + " } }",
        lambda w, t: {"t": t, "l": w["a_rep_station"]},
        victims=("b_rep_form",),
        own="a_rep_form",
        destructive=True,
    ),
)
