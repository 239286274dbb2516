"""Forms in GraphQL (owned by the forms work; the reports work reads `Form`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

import orjson
import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession
from strawberry.dataloader import DataLoader

from schema.context import Info
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
    def label(self, language: str | None = "en") -> str:
        return self.source.labels.get(language or "en")

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
    def label(self, language: str | None = "en") -> str:
        return self.source.labels.get(language or "en")

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
    def message(self, language: str | None = "en") -> str:
        return self.source.message.get(language or "en")


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
        loader = request_loader(
            info, "form_version", lambda s, keys: forms.versions_by_key(s, keys=keys)
        )
        row = await loader.load((int(self.id), wanted))
        return None if row is None else FormVersion.from_row(row)

    @strawberry.field(description="Every published version, oldest first.")
    async def versions(self, info: Info) -> list[FormVersionSummary]:
        loader: DataLoader[int, list[models.FormVersion] | None] = request_loader(
            info, "form_versions", lambda s, ids: forms.versions_by_form(s, form_ids=ids)
        )
        rows = await loader.load(int(self.id)) or []
        return [FormVersionSummary(number=r.number, created_at=r.created_at) for r in rows]


K = TypeVar("K")
V = TypeVar("V")


def request_loader(
    info: Info,
    name: str,
    fetch: Callable[[AsyncSession, Sequence[K]], Awaitable[Mapping[K, V]]],
    missing: Callable[[], V | None] = lambda: None,
) -> DataLoader[K, V | None]:
    """A DataLoader made once per request and kept in its extras.

    The missions' loaders live there rather than in schema/loaders.py, so that each part of
    the missions work adds its own without editing the shared Loaders class. Like those, each
    batch is one statement in its own short session, for objects already shown to the caller.
    """
    extras = info.context.extras
    if name not in extras:
        db = info.context.runtime.db

        async def load(keys: Sequence[K]) -> list[V | None]:
            async with db.read() as session:
                found = await fetch(session, keys)
            return [found.get(key, missing()) for key in keys]

        extras[name] = DataLoader(load_fn=load)
    loader: DataLoader[K, V | None] = extras[name]
    return loader
