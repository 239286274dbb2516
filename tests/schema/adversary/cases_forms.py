"""Forms of election-observation missions (issue 10): reading and writing another
organization's mission forms."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation, query
from tests.schema.adversary.world_forms import definition

FORM = "form { id code currentVersion archived version { questions { code } } }"
NEW_FORM = {
    "kind": "RESULTS",
    "code": "PR",
    "names": [{"language": "en", "text": "Probe"}],
}

FORM_CASES = (
    Case(
        "Query.missionForms",
        "missionId",
        "mission",
        query("missionForms(missionId: $t, includeArchived: true)", "id code"),
        lambda w, t: {"t": t},
        victims=("b_forms_mission",),
        own="a_forms_mission",
    ),
    Case(
        "Query.form",
        "id",
        "form",
        query("form(id: $t)", "id code version { definition } versions { number }"),
        lambda w, t: {"t": t},
        victims=("b_forms_form", "b_forms_archived_form"),
        own="a_forms_form",
    ),
    Case(
        "Mutation.createForm",
        "missionId",
        "mission",
        mutation(
            "$t: ID!, $input: CreateFormInput!",
            "createForm(missionId: $t, input: $input)",
            f"{FORM} {ERRORS}",
        ),
        lambda w, t: {"t": t, "input": {**NEW_FORM, "definition": definition()}},
        victims=("b_forms_mission",),
        own="a_forms_mission",
    ),
    Case(
        "Mutation.addStandardForms",
        "missionId",
        "mission",
        mutation(
            "$t: ID!",
            "addStandardForms(missionId: $t)",
            f"forms {{ id code }} {ERRORS}",
        ),
        lambda w, t: {"t": t},
        victims=("b_forms_mission",),
        own="a_forms_mission",
        # The control adds forms to A's mission: run it after the cases that read its forms.
        destructive=True,
    ),
    Case(
        "Mutation.publishFormVersion",
        "formId",
        "form",
        mutation(
            "$t: ID!, $d: String!",
            "publishFormVersion(formId: $t, definition: $d)",
            f"{FORM} {ERRORS}",
        ),
        lambda w, t: {"t": t, "d": definition()},
        victims=("b_forms_form",),
        own="a_forms_form",
    ),
    Case(
        "Mutation.archiveForm",
        "id",
        "form",
        mutation("$t: ID!", "archiveForm(id: $t)", f"{FORM} {ERRORS}"),
        lambda w, t: {"t": t},
        victims=("b_forms_form", "b_forms_archived_form"),
        own="a_forms_archived_form",
        destructive=True,
    ),
)
