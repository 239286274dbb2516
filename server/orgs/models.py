"""Tables of the people graph."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Enum as SAEnum
from sqlalchemy import UniqueConstraint, event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, updated_at_field


class OrganizationKind(StrEnum):
    NETWORK_SECRETARIAT = "network_secretariat"
    MEMBER = "member"
    PARTNER = "partner"
    FUNDER = "funder"


class Channel(StrEnum):
    """How a person prefers to be told things (waitlist offers, event changes, invitations)."""

    SMS = "sms"
    EMAIL = "email"


class Role(StrEnum):
    ADMIN = "admin"
    ORGANIZER = "organizer"
    COORDINATOR = "coordinator"
    OBSERVER = "observer"
    PARTNER = "partner"


def enum_column(enum: type[StrEnum], name: str) -> SAEnum:
    # Stored as text with a CHECK constraint rather than a native Postgres enum, so the same
    # migration works on SQLite and adding a value never needs ALTER TYPE.
    return SAEnum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def name_key(name: str) -> str:
    """The form in which two names count as the same: NFKC, then Unicode case folding.

    Databases fold case differently (SQLite's lower() folds ASCII only), so the key is
    computed here and compared with plain equality, with a unique index to settle races.
    """
    return unicodedata.normalize("NFKC", name.strip()).casefold()


def _name_key_default(context: DefaultExecutionContext) -> str:
    parameters = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return name_key(str(parameters["name"]))


# NFKC and case folding can lengthen a name (ß becomes ss, ﬃ becomes ffi), up to three times.
NAME_KEY_LENGTH = 600


class Organization(SQLModel, table=True):
    __tablename__ = "organization"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=limits.NAME, unique=True)
    # Kept in step with `name` whoever writes it: by the listener below for mapped objects,
    # and by the column default for plain INSERT statements.
    name_key: str = Field(
        default="",
        max_length=NAME_KEY_LENGTH,
        unique=True,
        sa_column_kwargs={"default": _name_key_default},
    )
    slug: str = Field(max_length=80, unique=True)
    kind: OrganizationKind = Field(sa_type=enum_column(OrganizationKind, "organization_kind"))
    country: str | None = Field(default=None, max_length=limits.COUNTRY, index=True)
    parent_id: int | None = Field(
        default=None, foreign_key="organization.id", ondelete="RESTRICT", index=True
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


@event.listens_for(Organization, "before_insert")
@event.listens_for(Organization, "before_update")
def _keep_name_key(_mapper: object, _connection: object, target: Organization) -> None:
    target.name_key = name_key(target.name)


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=limits.NAME, index=True)
    email: str | None = Field(default=None, max_length=limits.EMAIL, index=True)
    preferred_language: str = Field(default="en", max_length=limits.LANGUAGE)
    time_zone: str = Field(default="UTC", max_length=limits.TIME_ZONE)
    # Where notifications go when the person has both a phone and an email; with only one of
    # them, that one is used whatever this says.
    notify_by: Channel = Field(
        default=Channel.SMS,
        sa_type=enum_column(Channel, "channel"),
        sa_column_kwargs={"server_default": Channel.SMS.value},
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class PersonPhone(SQLModel, table=True):
    __tablename__ = "person_phone"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    # Unique because inbound SMS are matched to a person by the sender's number.
    e164: str = Field(max_length=limits.PHONE_E164, unique=True)
    label: str | None = Field(default=None, max_length=limits.PHONE_LABEL)
    position: int = Field(default=0)
    created_at: datetime = created_at_field()


class DisputedPhone(SQLModel, table=True):
    """A number a person gave that another person already has.

    It is kept with the person (they see it in their list, so the answer does not reveal that
    the number is taken) but never used: inbound SMS and sending read only `person_phone`.
    An admin resolves the conflict.
    """

    __tablename__ = "disputed_phone"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    e164: str = Field(max_length=16, index=True)
    label: str | None = Field(default=None, max_length=40)
    position: int = Field(default=0)
    created_at: datetime = created_at_field()


class Membership(SQLModel, table=True):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("person_id", "organization_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    role: Role = Field(sa_type=enum_column(Role, "membership_role"))
    created_at: datetime = created_at_field()


class MembershipRequest(SQLModel, table=True):
    """A request to add an existing person to an organization; it grants nothing until accepted.

    It names either a person (whom the requester could see) or only an email address, which
    is matched to an account when the request is shown: asking by email answers the same
    whether the address is known or not.
    """

    __tablename__ = "membership_request"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="CASCADE", index=True
    )
    email: str | None = Field(default=None, max_length=320, index=True)
    role: Role = Field(sa_type=enum_column(Role, "membership_request_role"))
    requested_by_user_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    created_at: datetime = created_at_field()


# Lists read plain rows rather than mapped objects: building and tracking an ORM instance per
# row cost more than the rest of a 200-row page, and list views never change what they read.
# These protocols are what a row and a mapped object have in common.


class OrganizationRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def slug(self) -> str: ...
    @property
    def kind(self) -> OrganizationKind: ...
    @property
    def country(self) -> str | None: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


class PersonRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def preferred_language(self) -> str: ...
    @property
    def time_zone(self) -> str: ...
