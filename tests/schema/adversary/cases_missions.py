"""Missions and their roster (issue 10): missions, roles, observers, imports, deployments.

The attackers coordinate A's mission (A's admin by the organization role, A's organizer by a
mission role); every object of B's mission must answer as a missing one.
"""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation, query

MISSION = "mission { id name myRole stationCount observerCount }"
OBSERVERS = "totalCount nodes { id code name phones deploymentCount }"
DEPLOYMENTS = "totalCount nodes { id observer { code name } location { code } forms { code } }"
MEMBER = f"member {{ id personId role regionId name }} {ERRORS}"
DEPLOYMENT = (
    f"deployment {{ id observer {{ code }} location {{ code }} forms {{ code }} }} {ERRORS}"
)
IMPORT = f"result {{ ok created problemCount }} {ERRORS}"
ADMINS_ONLY = "only admins and coordinators of an organization create its missions"
ADD_MEMBER = mutation(
    "$m: ID!, $p: ID!, $r: MissionRole!, $region: ID",
    "addMissionMember(missionId: $m, personId: $p, role: $r, regionId: $region)",
    MEMBER,
)
DEPLOY = mutation(
    "$o: ID!, $l: ID!, $f: [ID!]!",
    "deployObserver(observerId: $o, locationId: $l, formIds: $f)",
    DEPLOYMENT,
)
OBSERVER_LIST = (
    "query($m: ID!, $l: ID) { missionObservers(missionId: $m, locationId: $l) "
    f"{{ {OBSERVERS} }} }}"
)
DEPLOYMENT_LIST = (
    "query($m: ID!, $l: ID, $o: ID) { missionDeployments(missionId: $m, locationId: $l, "
    f"observerId: $o) {{ {DEPLOYMENTS} }} }}"
)

MISSION_CASES = (
    Case(
        "Query.mission",
        "id",
        "mission",
        query("mission(id: $t)", "id name myRole stationCount observerCount"),
        lambda w, t: {"t": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Query.missionObservers",
        "missionId",
        "mission",
        OBSERVER_LIST,
        lambda w, t: {"m": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Query.missionObservers",
        "locationId",
        "location",
        OBSERVER_LIST,
        lambda w, t: {"m": w["a_mission"], "l": t},
        victims=("b_station", "b_region"),
        own="a_region",
    ),
    Case(
        "Query.missionMembers",
        "missionId",
        "mission",
        query("missionMembers(missionId: $t)", "id personId role name"),
        lambda w, t: {"t": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Query.missionDeployments",
        "missionId",
        "mission",
        DEPLOYMENT_LIST,
        lambda w, t: {"m": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Query.missionDeployments",
        "locationId",
        "location",
        DEPLOYMENT_LIST,
        lambda w, t: {"m": w["a_mission"], "l": t},
        victims=("b_station", "b_region"),
        own="a_station",
    ),
    Case(
        "Query.missionDeployments",
        "observerId",
        "observer",
        DEPLOYMENT_LIST,
        lambda w, t: {"m": w["a_mission"], "o": t},
        victims=("b_mission_observer",),
        own="a_mission_observer",
    ),
    Case(
        "Query.myAssignments",
        "missionId",
        "mission",
        query("myAssignments(missionId: $t)", "deploymentId location { code } forms { code }"),
        lambda w, t: {"t": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Mutation.createMission",
        "input.organizationId",
        "organization",
        mutation(
            "$t: ID!",
            'createMission(input: {organizationId: $t, name: "probe", country: "KE", '
            'timeZone: "UTC", electionDates: ["2027-08-10"]})',
            f"{MISSION} {ERRORS}",
        ),
        lambda w, t: {"t": t},
        victims=("org_b", "org_partner", "network"),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.updateMission",
        "id",
        "mission",
        mutation("$t: ID!", 'updateMission(id: $t, input: {name: "probe"})', f"{MISSION} {ERRORS}"),
        lambda w, t: {"t": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Mutation.addMissionMember",
        "missionId",
        "mission",
        ADD_MEMBER,
        lambda w, t: {"m": t, "p": w["a_spare"], "r": "ANALYST"},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Mutation.addMissionMember",
        "personId",
        "person",
        ADD_MEMBER,
        lambda w, t: {"m": w["a_mission"], "p": t, "r": "ANALYST"},
        victims=("b_observer", "b_speaker", "b_admin"),
        own="a_spare",
    ),
    Case(
        "Mutation.addMissionMember",
        "regionId",
        "location",
        ADD_MEMBER,
        lambda w, t: {
            "m": w["a_mission"],
            "p": w["a_spare"],
            "r": "REGIONAL_COORDINATOR",
            "region": t,
        },
        victims=("b_region", "b_station"),
        own="a_region",
    ),
    Case(
        "Mutation.removeMissionMember",
        "id",
        "mission_member",
        mutation("$t: ID!", "removeMissionMember(id: $t)", f"ok {ERRORS}"),
        lambda w, t: {"t": t},
        victims=("b_member", "b_mission_observer"),
        own="a_spare_member",
        destructive=True,
    ),
    Case(
        "Mutation.importObservers",
        "missionId",
        "mission",
        # Sent as JSON, the file is a string: a caller who may import is told to upload it
        # as multipart, everyone else that there is no such mission (the multipart request
        # itself is tested in test_missions_import.py).
        mutation(
            "$t: ID!", 'importObservers(missionId: $t, file: "name,phone", dryRun: true)', IMPORT
        ),
        lambda w, t: {"t": t},
        victims=("b_mission",),
        own="a_mission",
    ),
    Case(
        "Mutation.deployObserver",
        "observerId",
        "observer",
        DEPLOY,
        lambda w, t: {"o": t, "l": w["a_station"], "f": [w["a_form"]]},
        victims=("b_mission_observer", "b_member"),
        own="a_mission_observer",
    ),
    Case(
        "Mutation.deployObserver",
        "locationId",
        "location",
        DEPLOY,
        lambda w, t: {"o": w["a_mission_observer"], "l": t, "f": [w["a_form"]]},
        victims=("b_station",),
        own="a_station",
    ),
    Case(
        "Mutation.deployObserver",
        "formIds",
        "form",
        DEPLOY,
        lambda w, t: {"o": w["a_mission_observer"], "l": w["a_station"], "f": t},
        victims=("b_form",),
        own="a_form",
        as_list=True,
    ),
    Case(
        "Mutation.removeDeployment",
        "id",
        "deployment",
        mutation("$t: ID!", "removeDeployment(id: $t)", f"ok {ERRORS}"),
        lambda w, t: {"t": t},
        victims=("b_deployment",),
        own="a_deployment",
        destructive=True,
    ),
)
