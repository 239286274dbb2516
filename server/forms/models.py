"""Tables of a mission's forms and their versions.

A version's definition (questions, choices, labels, rules) is one JSON document: it is read
whole, is never changed once reports answer it, and is validated by `definition.py` before it
is stored. Answers are not stored there: reports keep one typed row per answer (see
server/reports), so roll-ups never parse a document.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from server.db import JSONType
from server.kit.models import created_at_field, updated_at_field
from server.orgs.models import enum_column

# Form codes start an SMS report ("OP 1234567 AA1 AB2"): short, letters other than I, L, O.
FORM_CODE = 4


class FormKind(StrEnum):
    CHECKLIST = "checklist"
    RESULTS = "results"
    INCIDENT = "incident"


class Form(SQLModel, table=True):
    __tablename__ = "form"
    __table_args__ = (UniqueConstraint("mission_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    kind: FormKind = Field(sa_type=enum_column(FormKind, "form_kind"))
    code: str = Field(max_length=FORM_CODE)
    # {"en": "Opening checklist", "fr": ...}; English is always present.
    names: dict[str, str] = Field(default_factory=dict, sa_type=JSONType)
    # The version new reports answer; None until the first version is published.
    current_version: int | None = Field(default=None)
    archived: bool = Field(default=False)
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class FormVersion(SQLModel, table=True):
    __tablename__ = "form_version"
    __table_args__ = (UniqueConstraint("form_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    form_id: int = Field(foreign_key="form.id", ondelete="CASCADE", index=True)
    number: int
    # A FormDefinition (definition.py) as JSON.
    definition: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    created_at: datetime = created_at_field()
    created_by_user_id: int | None = Field(default=None)


__all__ = ["FORM_CODE", "Form", "FormKind", "FormVersion"]
