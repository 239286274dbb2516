"""The SMS outbox: every outbound message, keyed so a retried job never sends twice."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, optional_time_field


class OutboundMessage(SQLModel, table=True):
    __tablename__ = "outbound_message"

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=200, unique=True)
    to: str = Field(max_length=limits.PHONE_E164)
    body: str = Field(max_length=limits.SMS_BODY)
    gateway: str = Field(max_length=16)
    provider_id: str | None = Field(default=None, max_length=64, index=True)
    status: str = Field(default="queued", max_length=24)
    error_code: str | None = Field(default=None, max_length=16)
    created_at: datetime = created_at_field()
    sent_at: datetime | None = optional_time_field()
