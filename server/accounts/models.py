"""Tables for accounts and credentials. Every secret is stored only as a hash."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import (
    created_at_field,
    optional_time_field,
    required_time_field,
    updated_at_field,
)
from server.orgs.models import Role, enum_column


class User(SQLModel, table=True):
    __tablename__ = "user_account"

    id: int | None = Field(default=None, primary_key=True)
    # The address the account signs in with, proven by a link sent there. Accounts opened from
    # an invitation sent by SMS have none: they sign in with a code sent to the person's phone.
    email: str | None = Field(default=None, max_length=limits.EMAIL, unique=True)
    password_hash: str = Field(max_length=255)
    display_name: str = Field(max_length=limits.NAME)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", unique=True
    )
    is_superuser: bool = Field(default=False)
    is_active: bool = Field(default=True)
    last_sign_in_at: datetime | None = optional_time_field()
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class AuthSession(SQLModel, table=True):
    __tablename__ = "auth_session"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = created_at_field()
    expires_at: datetime = required_time_field(index=True)
    revoked_at: datetime | None = optional_time_field()


class ApiToken(SQLModel, table=True):
    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    created_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    name: str = Field(max_length=limits.TOKEN_NAME)
    role: Role = Field(sa_type=enum_column(Role, "api_token_role"))
    # The first characters of the token, shown in lists so that owners can tell tokens apart.
    prefix: str = Field(max_length=16)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = created_at_field()
    last_used_at: datetime | None = optional_time_field()
    revoked_at: datetime | None = optional_time_field()
