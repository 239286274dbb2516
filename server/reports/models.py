"""Tables of observers' reports, their versions and typed answers, and station values.

A report is one observer's answer to one form at one station. Each submission adds a
`ReportVersion` (a correction supersedes, never overwrites), whose answers are typed rows:
numbers (yes/no as 1/0, times as minutes since midnight) in `int_value`, texts in
`text_value`, multiple choices as a list of option values. Roll-ups can therefore add and
subtract one version's contribution without parsing a document.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from server.db import JSONType
from server.kit.models import (
    created_at_field,
    optional_time_field,
    required_time_field,
    updated_at_field,
)
from server.orgs.models import enum_column

IDEMPOTENCY_KEY = 100
QUARANTINE_REASON = 500
OVERRIDE_REASON = 500
QUESTION = 3
CONTENT_HASH = 64


class ReportStatus(StrEnum):
    SUBMITTED = "submitted"
    FLAGGED = "flagged"  # accepted, but a FLAG rule found it suspicious
    VERIFIED = "verified"
    QUARANTINED = "quarantined"  # left out of the station's consolidated values


class ReportChannel(StrEnum):
    WEB = "web"
    API = "api"
    SMS = "sms"


class Report(SQLModel, table=True):
    """One observer's report of one form at one station.

    Checklists and results forms have one report per observer, station and form (`slot` 0),
    corrected by resubmitting; incident forms may have many, each in its own slot.
    """

    __tablename__ = "report"
    __table_args__ = (
        UniqueConstraint("member_id", "location_id", "form_id", "slot"),
        Index("ix_report_station_form", "location_id", "form_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    form_id: int = Field(foreign_key="form.id", ondelete="CASCADE", index=True)
    location_id: int = Field(foreign_key="mission_location.id", ondelete="CASCADE")
    # No index of its own: (member_id, location_id, form_id, slot) is unique, so indexed.
    member_id: int = Field(foreign_key="mission_member.id", ondelete="CASCADE")
    slot: int = Field(default=0)
    status: ReportStatus = Field(
        default=ReportStatus.SUBMITTED, sa_type=enum_column(ReportStatus, "report_status")
    )
    # The current version: its number, the form version it answered, its id (answers).
    version: int = Field(default=1)
    form_version: int
    current_version_id: int | None = Field(default=None)
    channel: ReportChannel = Field(sa_type=enum_column(ReportChannel, "report_channel"))
    # [{"code": rule code, "question": code or null}] of the current version's FLAG rules.
    flags: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    quarantine_reason: str | None = Field(default=None, max_length=QUARANTINE_REASON)
    submitted_at: datetime = required_time_field()
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class ReportVersion(SQLModel, table=True):
    """One submission. `(member_id, idempotency_key)` is unique: however often a client sends
    the same submission, it is stored once."""

    __tablename__ = "report_version"
    __table_args__ = (
        UniqueConstraint("report_id", "number"),
        UniqueConstraint("member_id", "idempotency_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # No index of its own: (report_id, number) is unique, so indexed.
    report_id: int = Field(foreign_key="report.id", ondelete="CASCADE")
    member_id: int = Field(foreign_key="mission_member.id", ondelete="CASCADE")
    number: int
    form_version: int
    channel: ReportChannel = Field(sa_type=enum_column(ReportChannel, "report_channel"))
    idempotency_key: str = Field(max_length=IDEMPOTENCY_KEY)
    # A digest of what was submitted: a key sent again with other content is refused.
    content_hash: str = Field(max_length=CONTENT_HASH)
    submitted_at: datetime = required_time_field()
    submitted_by_user_id: int | None = Field(default=None)
    superseded_at: datetime | None = optional_time_field()


class ReportAnswer(SQLModel, table=True):
    """One question's answer in one version. Keyed by the pair itself: a report writes ten or
    so at once, and a surrogate id would cost each a sequence value and an index entry."""

    __tablename__ = "report_answer"

    version_id: int = Field(foreign_key="report_version.id", ondelete="CASCADE", primary_key=True)
    question: str = Field(max_length=QUESTION, primary_key=True)
    int_value: int | None = Field(default=None)
    text_value: str | None = Field(default=None)
    choices: list[int] | None = Field(default=None, sa_type=JSONType)


class StationValue(SQLModel, table=True):
    """The consolidated value of one question of one form at one station.

    `source_report_id` is the report whose value it took; `conflict` is set when observers
    disagree (the value is then empty). A coordinator's override (`overridden`) wins over the
    observers' values and is kept when reports change.
    """

    __tablename__ = "station_value"
    __table_args__ = (UniqueConstraint("location_id", "form_id", "question"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    location_id: int = Field(foreign_key="mission_location.id", ondelete="CASCADE")
    form_id: int = Field(foreign_key="form.id", ondelete="CASCADE", index=True)
    question: str = Field(max_length=QUESTION)
    int_value: int | None = Field(default=None)
    text_value: str | None = Field(default=None)
    choices: list[int] | None = Field(default=None, sa_type=JSONType)
    source_report_id: int | None = Field(default=None)
    conflict: bool = Field(default=False)
    overridden: bool = Field(default=False)
    override_reason: str | None = Field(default=None, max_length=OVERRIDE_REASON)
    override_by_user_id: int | None = Field(default=None)


class StationTurn(SQLModel, table=True):
    """How many changes a station's reports and values have had: every change takes the
    station's turn by counting one more, and holds the row until it commits. (Submissions on
    SQLite, which runs one writer at a time, take none.)

    The writer's statements run outside a transaction (server/reports/postgres.py): the
    context is read first, and the write counts the turn only if it is still the one the
    context saw, so a change that committed in between is noticed and the submission read
    again. A row of its own, narrow and never indexed beyond its key, so that counting never
    rewrites the station's row or its indexes.
    """

    __tablename__ = "station_turn"

    location_id: int = Field(
        foreign_key="mission_location.id", ondelete="CASCADE", primary_key=True
    )
    turn: int = Field(default=0)
