"""Tables of the people graph."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Enum as SAEnum
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, updated_at_field


class OrganizationKind(StrEnum):
    NETWORK_SECRETARIAT = "network_secretariat"
    MEMBER = "member"
    PARTNER = "partner"
    FUNDER = "funder"


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


class Organization(SQLModel, table=True):
    __tablename__ = "organization"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=limits.NAME, unique=True)
    slug: str = Field(max_length=80, unique=True)
    kind: OrganizationKind = Field(sa_type=enum_column(OrganizationKind, "organization_kind"))
    country: str | None = Field(default=None, max_length=limits.COUNTRY, index=True)
    parent_id: int | None = Field(
        default=None, foreign_key="organization.id", ondelete="RESTRICT", index=True
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=limits.NAME, index=True)
    email: str | None = Field(default=None, max_length=limits.EMAIL, index=True)
    preferred_language: str = Field(default="en", max_length=limits.LANGUAGE)
    time_zone: str = Field(default="UTC", max_length=limits.TIME_ZONE)
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


class Membership(SQLModel, table=True):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("person_id", "organization_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    role: Role = Field(sa_type=enum_column(Role, "membership_role"))
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
