"""Tables for accounts and credentials. Every secret is stored only as a hash."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from server.db import UTCDateTime, utcnow
from server.kit import limits
from server.kit.models import (
    created_at_field,
    optional_time_field,
    required_time_field,
    updated_at_field,
)
from server.orgs.models import Channel, Role, enum_column


class SignInMethod(StrEnum):
    PASSWORD = "password"  # noqa: S105 - a sign-in method, not a secret
    SMS_CODE = "sms_code"


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
    # How the session was opened, the browser it was opened from (shortened) and when it was
    # last used (written at most once a minute), so people can recognise and end their own.
    method: SignInMethod = Field(
        default=SignInMethod.PASSWORD,
        sa_type=enum_column(SignInMethod, "sign_in_method"),
        sa_column_kwargs={"server_default": "password"},
    )
    user_agent: str | None = Field(default=None, max_length=200)
    last_seen_at: datetime | None = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=True
    )


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


# --- Sign-in methods, SMS codes and two-factor (issue 8, signin) ---


class SignInCode(SQLModel, table=True):
    """A six-digit code sent by SMS to sign in; one per number, replaced by a new request.

    The number is stored only as a keyed digest. A request for a number that belongs to no
    active account stores a row too, without a user: checking a code then costs the same for
    known and unknown numbers, and never succeeds for the unknown ones.
    """

    __tablename__ = "sign_in_code"

    id: int | None = Field(default=None, primary_key=True)
    phone_digest: str = Field(max_length=64, unique=True)
    user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="CASCADE", index=True
    )
    code_hash: str = Field(max_length=64)
    attempts: int = Field(default=0)
    created_at: datetime = created_at_field()
    expires_at: datetime = required_time_field(index=True)


class SignInChallenge(SQLModel, table=True):
    """The second step of a sign-in: the password (or SMS code) was right, a TOTP code is due."""

    __tablename__ = "sign_in_challenge"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    method: SignInMethod = Field(sa_type=enum_column(SignInMethod, "sign_in_challenge_method"))
    attempts: int = Field(default=0)
    created_at: datetime = created_at_field()
    expires_at: datetime = required_time_field(index=True)


class TwoFactor(SQLModel, table=True):
    """A user's TOTP secret: pending until confirmed with a first code, then enabled."""

    __tablename__ = "two_factor"

    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", primary_key=True)
    secret: str = Field(max_length=64)
    enabled_at: datetime | None = optional_time_field()
    # The last accepted time step: a code seen once is refused if replayed within its window.
    last_step: int | None = Field(default=None)
    created_at: datetime = created_at_field()


class RecoveryCode(SQLModel, table=True):
    __tablename__ = "recovery_code"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", index=True)
    code_hash: str = Field(max_length=64, unique=True)
    used_at: datetime | None = optional_time_field()
    created_at: datetime = created_at_field()


# --- Invitations and password resets (helper "invites") ---


class AccountInvitation(SQLModel, table=True):
    """A single-use link inviting a person to open an account. Only the token's digest is kept,
    and of the address only a masked form for display: the message goes to the person's
    address at sending time, and the account takes the person's address at acceptance."""

    __tablename__ = "account_invitation"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    channel: Channel = Field(sa_type=enum_column(Channel, "account_invitation_channel"))
    sent_to: str = Field(max_length=limits.EMAIL)
    # The digest of the address the link went to: an invitation sent by email opens an account
    # with that email only if it is still the person's when the link is used.
    address_digest: str = Field(max_length=64)
    token_hash: str = Field(max_length=64, unique=True)
    invited_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    created_at: datetime = created_at_field()
    expires_at: datetime = required_time_field()
    accepted_at: datetime | None = optional_time_field()
    revoked_at: datetime | None = optional_time_field()
    accepted_user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )


class PasswordReset(SQLModel, table=True):
    """A short-lived, single-use link to choose a new password."""

    __tablename__ = "password_reset"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    channel: Channel = Field(sa_type=enum_column(Channel, "password_reset_channel"))
    created_at: datetime = created_at_field()
    expires_at: datetime = required_time_field()
    used_at: datetime | None = optional_time_field()
