"""Tables of a mission's incidents: the incident, its notes and its history of changes.

An incident is reported once per client key (`idempotency_key`, unique per mission): a phone
that retries a submission on a bad network gets the same row back, and two racing copies
meet the unique constraint instead of making two incidents.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, required_time_field, updated_at_field
from server.orgs.models import enum_column

IDEMPOTENCY_KEY = 100


class IncidentSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"  # every coordinator is told at once


class IncidentStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class IncidentCategory(StrEnum):
    VIOLENCE = "violence"
    INTIMIDATION = "intimidation"
    VOTE_BUYING = "vote_buying"
    PROCEDURE = "procedure"
    MATERIALS = "materials"
    ACCESS_DENIED = "access_denied"
    OTHER = "other"


class IncidentAction(StrEnum):
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    ASSIGNED = "assigned"
    UNASSIGNED = "unassigned"
    NOTE_ADDED = "note_added"
    RESOLVED = "resolved"


class Incident(SQLModel, table=True):
    __tablename__ = "incident"
    __table_args__ = (UniqueConstraint("mission_id", "idempotency_key"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    location_id: int | None = Field(
        default=None, foreign_key="mission_location.id", ondelete="SET NULL", index=True
    )
    # The observer who reported it; None when a coordinator logged it.
    reporter_member_id: int | None = Field(
        default=None, foreign_key="mission_member.id", ondelete="SET NULL", index=True
    )
    created_by_user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    category: IncidentCategory = Field(sa_type=enum_column(IncidentCategory, "incident_category"))
    severity: IncidentSeverity = Field(sa_type=enum_column(IncidentSeverity, "incident_severity"))
    status: IncidentStatus = Field(
        default=IncidentStatus.NEW, sa_type=enum_column(IncidentStatus, "incident_status")
    )
    description: str = Field(max_length=limits.INCIDENT_TEXT)
    occurred_at: datetime = required_time_field()
    reported_at: datetime = created_at_field()
    assignee_member_id: int | None = Field(
        default=None, foreign_key="mission_member.id", ondelete="SET NULL"
    )
    idempotency_key: str = Field(max_length=IDEMPOTENCY_KEY)
    updated_at: datetime = updated_at_field()


class IncidentNote(SQLModel, table=True):
    __tablename__ = "incident_note"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    author_user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    text: str = Field(max_length=limits.INCIDENT_TEXT)
    at: datetime = created_at_field()


class IncidentChange(SQLModel, table=True):
    """One line of an incident's history: who did what, and the status it moved between."""

    __tablename__ = "incident_change"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    action: IncidentAction = Field(sa_type=enum_column(IncidentAction, "incident_action"))
    from_status: IncidentStatus | None = Field(
        default=None, sa_type=enum_column(IncidentStatus, "incident_from_status"), nullable=True
    )
    to_status: IncidentStatus | None = Field(
        default=None, sa_type=enum_column(IncidentStatus, "incident_to_status"), nullable=True
    )
    actor_user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    at: datetime = created_at_field()


__all__ = [
    "Incident",
    "IncidentAction",
    "IncidentCategory",
    "IncidentChange",
    "IncidentNote",
    "IncidentSeverity",
    "IncidentStatus",
]
