"""Forms in GraphQL (owned by the forms work; the reports work reads `Form`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import orjson
import strawberry
from strawberry.dataloader import DataLoader

from schema.context import Info
from server.db import Database
from server.forms import definition as spec
from server.forms import models
from server.forms import service as forms
from server.forms.definition import QuestionType, Severity
from server.forms.describe import expression
from server.forms.models import FormKind

strawberry.enum(FormKind, name="FormKind")
strawberry.enum(QuestionType, name="QuestionType")
strawberry.enum(Severity, name="RuleSeverity")


@strawberry.type(description="A text in one language.")
class LocalizedText:
    language: str
    text: str


@strawberry.input(description="A text in one language (en, fr, es or ar).")
class LocalizedTextInput:
    language: str
    text: str


def _texts(labels: spec.Labels) -> list[LocalizedText]:
    return [
        LocalizedText(language=language, text=text)
        for language in spec.LANGUAGES
        if isinstance(text := getattr(labels, language), str)
    ]


@strawberry.type(description="A choice of a choice question; SMS reports send its value.")
class QuestionOption:
    value: int
    source: strawberry.Private[spec.Option]

    @strawberry.field(description="In the language asked for, else English.")
    def label(self, language: str = "en") -> str:
        return self.source.labels.get(language)

    @strawberry.field
    def labels(self) -> list[LocalizedText]:
        return _texts(self.source.labels)


@strawberry.type(description="One question of a form version.")
class Question:
    code: str
    type: QuestionType
    required: bool
    min: int | None
    max: int | None
    max_length: int
    source: strawberry.Private[spec.Question]

    @classmethod
    def of(cls, question: spec.Question) -> Question:
        return cls(
            code=question.code,
            type=question.type,
            required=question.required,
            min=question.min,
            max=question.max,
            max_length=question.max_length,
            source=question,
        )

    @strawberry.field(description="In the language asked for, else English.")
    def label(self, language: str = "en") -> str:
        return self.source.labels.get(language)

    @strawberry.field
    def labels(self) -> list[LocalizedText]:
        return _texts(self.source.labels)

    @strawberry.field
    def options(self) -> list[QuestionOption]:
        return [QuestionOption(value=o.value, source=o) for o in self.source.options]


@strawberry.type(description="A check of a form's answers, stored as data.")
class FormRule:
    code: str
    severity: Severity
    expression: str = strawberry.field(
        description="Readable: 'AA + AB + AC = AD', '@registered_voters' for the station's figure."
    )
    source: strawberry.Private[spec.Rule]

    @strawberry.field(description="In the language asked for, else English.")
    def message(self, language: str = "en") -> str:
        return self.source.message.get(language)


@strawberry.type
class FormVersionSummary:
    number: int
    created_at: datetime


@strawberry.type(description="What one version of a form asks; reports keep their version.")
class FormVersion:
    number: int
    created_at: datetime
    questions: list[Question]
    rules: list[FormRule]
    definition: str = strawberry.field(
        description="The definition as JSON text (what publishFormVersion takes)."
    )

    @classmethod
    def from_row(cls, row: models.FormVersion) -> FormVersion:
        parsed = forms.definition_of(row)
        return cls(
            number=row.number,
            created_at=row.created_at,
            questions=[Question.of(q) for q in parsed.questions],
            rules=[
                FormRule(code=r.code, severity=r.severity, expression=expression(r), source=r)
                for r in parsed.rules
            ],
            definition=orjson.dumps(row.definition).decode(),
        )


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

    @strawberry.field(description="The current version when number is null.")
    async def version(self, info: Info, number: int | None = None) -> FormVersion | None:
        wanted = self.current_version if number is None else number
        if wanted is None:
            return None
        loader = _loader(info, "form_version", _version_loader)
        row = await loader.load((int(self.id), wanted))
        return None if row is None else FormVersion.from_row(row)

    @strawberry.field(description="Every published version, oldest first.")
    async def versions(self, info: Info) -> list[FormVersionSummary]:
        rows = await _loader(info, "form_versions", _versions_loader).load(int(self.id))
        return [FormVersionSummary(number=r.number, created_at=r.created_at) for r in rows]


def _loader(info: Info, name: str, make: Callable[[Database], DataLoader[Any, Any]]) -> Any:
    # The forms' loaders live in the request's extras rather than in schema/loaders.py, so
    # the forms work adds its own without touching the shared Loaders class. They serve
    # forms a resolver has already shown to the caller.
    extras = info.context.extras
    if name not in extras:
        extras[name] = make(info.context.runtime.db)
    return extras[name]


def _versions_loader(db: Database) -> DataLoader[int, list[models.FormVersion]]:
    async def load(form_ids: Sequence[int]) -> list[list[models.FormVersion]]:
        async with db.read() as session:
            found = await forms.versions_by_form(session, form_ids=form_ids)
        return [found.get(form_id, []) for form_id in form_ids]

    return DataLoader(load_fn=load)


def _version_loader(db: Database) -> DataLoader[tuple[int, int], models.FormVersion | None]:
    async def load(keys: Sequence[tuple[int, int]]) -> list[models.FormVersion | None]:
        async with db.read() as session:
            found = await forms.versions_by_key(session, keys=keys)
        return [found.get(key) for key in keys]

    return DataLoader(load_fn=load)
