"""The SMS outbox, and the numbers the provider told us never to text again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, optional_time_field


class OutboundMessage(SQLModel, table=True):
    """Every outbound message, keyed so a retried job never sends twice."""

    __tablename__ = "outbound_message"
    # The budget counts an organization's messages of the last 24 hours with one range scan.
    __table_args__ = (Index("ix_outbound_message_budget", "organization_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=200, unique=True)
    to: str = Field(max_length=limits.PHONE_E164)
    body: str = Field(max_length=limits.SMS_BODY)
    gateway: str = Field(max_length=16)
    provider_id: str | None = Field(default=None, max_length=64, index=True)
    status: str = Field(default="queued", max_length=24)
    error_code: str | None = Field(default=None, max_length=16)
    # On whose behalf the message goes (an event's host), for the per-organization budget.
    # Deliberately not a foreign key: the outbox is a log, and messaging knows no organizations.
    organization_id: int | None = Field(default=None)
    created_at: datetime = created_at_field()
    sent_at: datetime | None = optional_time_field()


class NumberMark(SQLModel, table=True):
    """A number the provider refused permanently (opted out, not a valid mobile number).

    Keyed by the E.164 number itself, not by a person, so whoever holds the number later is
    protected too, and messaging stays independent of the people directory.
    """

    __tablename__ = "sms_number_mark"

    e164: str = Field(primary_key=True, max_length=16)
    reason: str = Field(max_length=16)  # "opted_out" or "invalid"
    error_code: str = Field(max_length=16)
    marked_at: datetime = created_at_field()
