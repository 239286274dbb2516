"""Forms in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.forms import Form, LocalizedTextInput
from schema.units import in_transaction
from server.forms import service as forms
from server.forms.models import Form as FormRow
from server.forms.models import FormKind
from server.forms.standard import add_standard_forms


@strawberry.input
class CreateFormInput:
    kind: FormKind
    code: str
    names: list[LocalizedTextInput]
    definition: str = strawberry.field(
        description="A FormDefinition as JSON (server/forms/definition.py); published as version 1."
    )


@strawberry.type
class FormPayload:
    form: Form | None = None
    errors: list[FieldError]


@strawberry.type
class StandardFormsPayload:
    forms: list[Form] = strawberry.field(description="The forms added (none when all exist).")
    errors: list[FieldError]


def _payload(row: FormRow | None, errors: list[FieldError]) -> FormPayload:
    if row is None:
        return FormPayload(errors=errors)
    return FormPayload(form=Form.from_row(row), errors=[])


@strawberry.type
class FormQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="A mission's forms, by code, for everyone who may see the mission.",
    )
    async def mission_forms(
        self, info: Info, mission_id: strawberry.ID, include_archived: bool = False
    ) -> list[Form]:
        async with info.context.runtime.db.read() as session:
            rows = await forms.mission_forms(
                session,
                principal=info.context.principal,
                mission_id=parse_id(mission_id, "missionId"),
                include_archived=include_archived,
            )
        return [Form.from_row(r) for r in rows]

    @strawberry.field(permission_classes=AUTHENTICATED, description="NOT_FOUND when hidden.")
    async def form(self, info: Info, id: strawberry.ID) -> Form:
        async with info.context.runtime.db.read() as session:
            row = await forms.get_form(
                session, principal=info.context.principal, form_id=parse_id(id, "id")
            )
        return Form.from_row(row)


@strawberry.type
class FormMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A new form (mission managers); its definition is published as version 1.",
    )
    async def create_form(
        self, info: Info, mission_id: strawberry.ID, input: CreateFormInput
    ) -> FormPayload:
        principal = info.context.principal
        mission = parse_id(mission_id, "missionId")
        row, errors = await in_transaction(
            info,
            lambda s: forms.create_form(
                s,
                principal=principal,
                mission_id=mission,
                kind=input.kind,
                code=input.code,
                names=[(n.language, n.text) for n in input.names],
                definition=input.definition,
            ),
        )
        return _payload(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Publish a new version; reports keep the version they answered.",
    )
    async def publish_form_version(
        self, info: Info, form_id: strawberry.ID, definition: str
    ) -> FormPayload:
        principal = info.context.principal
        form = parse_id(form_id, "formId")
        row, errors = await in_transaction(
            info,
            lambda s: forms.publish_form_version(
                s, principal=principal, form_id=form, definition=definition
            ),
        )
        return _payload(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Leave a form out of lists and new deployments; its reports stay.",
    )
    async def archive_form(self, info: Info, id: strawberry.ID) -> FormPayload:
        principal = info.context.principal
        form = parse_id(id, "id")
        row, errors = await in_transaction(
            info, lambda s: forms.archive_form(s, principal=principal, form_id=form)
        )
        return _payload(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Add the standard forms (opening checklist CK, closing and counting RS, "
        "incident EV, in English, French, Spanish and Arabic) that the mission lacks, by code.",
    )
    async def add_standard_forms(
        self, info: Info, mission_id: strawberry.ID
    ) -> StandardFormsPayload:
        principal = info.context.principal
        mission = parse_id(mission_id, "missionId")
        rows, errors = await in_transaction(
            info, lambda s: add_standard_forms(s, principal=principal, mission_id=mission)
        )
        return StandardFormsPayload(forms=[Form.from_row(r) for r in rows or []], errors=errors)
