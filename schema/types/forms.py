"""Forms in GraphQL (owned by the forms work; the reports work reads `Form`)."""

from __future__ import annotations

import strawberry

from server.forms import models
from server.forms.definition import QuestionType
from server.forms.models import FormKind

strawberry.enum(FormKind, name="FormKind")
strawberry.enum(QuestionType, name="QuestionType")


@strawberry.type(description="A text in one language.")
class LocalizedText:
    language: str
    text: str


@strawberry.type(description="A checklist, results or incident form of a mission.")
class Form:
    id: strawberry.ID
    mission_id: strawberry.ID
    kind: FormKind
    code: str = strawberry.field(description="What starts an SMS report of this form.")
    name: str = strawberry.field(description="In the language asked for, else English.")
    names: list[LocalizedText] = strawberry.field(description="The name in every language.")
    current_version: int | None = strawberry.field(
        description="The version new reports answer; null until one is published."
    )
    archived: bool

    @classmethod
    def from_row(cls, row: models.Form, language: str = "en") -> Form:
        return cls(
            id=strawberry.ID(str(row.id)),
            mission_id=strawberry.ID(str(row.mission_id)),
            kind=row.kind,
            code=row.code,
            name=row.names.get(language) or row.names.get("en", row.code),
            names=[LocalizedText(language=k, text=v) for k, v in sorted(row.names.items())],
            current_version=row.current_version,
            archived=row.archived,
        )
