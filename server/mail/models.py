"""The email outbox: every message, rendered once and keyed so a retry never sends twice."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, optional_time_field


class OutboundEmail(SQLModel, table=True):
    __tablename__ = "outbound_email"

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=200, unique=True)
    to: str = Field(max_length=limits.EMAIL)
    # Subjects are fixed words of the template (with the network's name): never a secret,
    # a person's name or free text, because subjects show on lock screens and in server logs.
    subject: str = Field(max_length=200)
    text_body: str = Field()
    html_body: str = Field()
    template: str = Field(max_length=64)
    language: str = Field(max_length=limits.LANGUAGE)
    gateway: str = Field(max_length=16)
    status: str = Field(default="queued", max_length=24)
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=200)
    # The Message-ID header we set, so a message can be traced in the mail server's logs.
    provider_id: str | None = Field(default=None, max_length=255)
    created_at: datetime = created_at_field()
    sent_at: datetime | None = optional_time_field()
