"""Mission locations (issue 10): reading a mission's tree, one location, importing a file.

A file cannot travel in the JSON requests the runner sends, so importLocations gets a text
where the upload goes: a caller who may import is told the file is not an upload (a field
error), which differs from the missing mission's NOT_FOUND and so proves the id is checked
first.
"""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation, query

LOCATION = "id code name ancestors { code } childCount"
IMPORT_ONLY_FOR_COORDINATORS = (
    "A's organizer is an analyst of A's mission: it may read the tree, not import into it"
)

LOCATION_CASES = (
    Case(
        "Query.missionLocations",
        "missionId",
        "mission",
        query("missionLocations(missionId: $t)", f"totalCount nodes {{ {LOCATION} }}"),
        lambda w, t: {"t": t},
        victims=("b_loc_mission",),
        own="a_loc_mission",
    ),
    Case(
        "Query.missionLocations",
        "parentId",
        "location",
        "query($m: ID!, $t: ID) { missionLocations(missionId: $m, parentId: $t) "
        f"{{ totalCount nodes {{ {LOCATION} }} }} }}",
        lambda w, t: {"m": w["a_loc_mission"], "t": t},
        victims=("b_loc_station",),
        own="a_loc_station",
    ),
    Case(
        "Query.location",
        "id",
        "location",
        query("location(id: $t)", LOCATION),
        lambda w, t: {"t": t},
        victims=("b_loc_station",),
        own="a_loc_station",
    ),
    Case(
        "Mutation.importLocations",
        "missionId",
        "mission",
        mutation(
            "$t: ID!, $f: Upload!",
            "importLocations(missionId: $t, file: $f, dryRun: false)",
            f"result {{ ok created problemCount }} {ERRORS}",
        ),
        lambda w, t: {"t": t, "f": "code,name,parent_code\nX,X,\n"},
        victims=("b_loc_mission",),
        own="a_loc_mission",
        control_for=("a_admin",),
        no_control=IMPORT_ONLY_FOR_COORDINATORS,
    ),
)
