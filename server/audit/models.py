"""The audit table. Rows name the subject by id only; they never copy personal data."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from server.kit.models import created_at_field


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_at_field()
    actor_user_id: int | None = Field(default=None, index=True)
    actor_token_id: int | None = Field(default=None)
    action: str = Field(max_length=64, index=True)
    subject_type: str = Field(max_length=32)
    subject_id: int = Field(index=True)
    request_id: str | None = Field(default=None, max_length=64)
