"""Incidents of election-observation missions (issue 10): reading, reporting into and
handling another organization's mission incidents."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation, query
from tests.schema.adversary.world_forms import incident_input

INCIDENT = (
    "incident { id status description location { code } reporter { observerCode } "
    "assignee { name } notes { text authorName } history { action } }"
)


def _workflow(root: str, signature: str, call: str, extra: dict[str, str]) -> Case:
    return Case(
        f"Mutation.{root}",
        "id",
        "incident",
        mutation(signature, call, f"{INCIDENT} {ERRORS}"),
        lambda w, t: {"t": t, **extra},
        victims=("b_forms_incident", "b_forms_incident_work"),
        own="a_forms_incident_work",
        destructive=True,
    )


INCIDENT_CASES = (
    Case(
        "Query.missionIncidents",
        "missionId",
        "mission",
        query("missionIncidents(missionId: $t)", "totalCount nodes { id description }"),
        lambda w, t: {"t": t},
        victims=("b_forms_mission",),
        own="a_forms_mission",
    ),
    Case(
        "Query.incident",
        "id",
        "incident",
        query("incident(id: $t)", INCIDENT.removeprefix("incident { ").removesuffix(" }")),
        lambda w, t: {"t": t},
        victims=("b_forms_incident", "b_forms_incident_work"),
        own="a_forms_incident",
    ),
    Case(
        "Mutation.reportIncident",
        "input.missionId",
        "mission",
        mutation(
            "$input: ReportIncidentInput!", "reportIncident(input: $input)", f"{INCIDENT} {ERRORS}"
        ),
        lambda w, t: {"input": incident_input(t, None)},
        victims=("b_forms_mission",),
        own="a_forms_mission",
    ),
    Case(
        "Mutation.reportIncident",
        "input.locationId",
        "location",
        mutation(
            "$input: ReportIncidentInput!", "reportIncident(input: $input)", f"{INCIDENT} {ERRORS}"
        ),
        lambda w, t: {"input": incident_input(w["a_forms_mission"], t)},
        victims=("b_forms_station",),
        own="a_forms_station",
    ),
    _workflow("acknowledgeIncident", "$t: ID!", "acknowledgeIncident(id: $t)", {}),
    _workflow("addIncidentNote", "$t: ID!", 'addIncidentNote(id: $t, text: "probe")', {}),
    _workflow("resolveIncident", "$t: ID!", 'resolveIncident(id: $t, note: "probe")', {}),
    Case(
        "Mutation.assignIncident",
        "id",
        "incident",
        mutation("$t: ID!", "assignIncident(id: $t)", f"{INCIDENT} {ERRORS}"),
        lambda w, t: {"t": t},
        victims=("b_forms_incident", "b_forms_incident_assign"),
        own="a_forms_incident_assign",
    ),
    Case(
        "Mutation.assignIncident",
        "memberId",
        "mission_member",
        mutation("$i: ID!, $t: ID", "assignIncident(id: $i, memberId: $t)", f"{INCIDENT} {ERRORS}"),
        lambda w, t: {"i": w["a_forms_incident_assign"], "t": t},
        victims=("b_forms_member",),
        own="a_forms_member",
    ),
)
