"""Tables of missions and of their locations (regions down to polling stations)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from server.db import JSONType
from server.kit import limits
from server.kit.models import created_at_field, updated_at_field
from server.orgs.models import enum_column

# A location code as election commissions print them ("KE-047-0123-01").
LOCATION_CODE = 64
# "/12/57/903/": a station at depth 9 with 12-digit ids still fits with room to spare.
LOCATION_PATH = 1_000
# Observer codes: digits and letters other than I, L and O, with a check digit at the end.
OBSERVER_CODE = 16


class MissionStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class MissionPhase(StrEnum):
    PRE_ELECTION = "pre_election"
    ELECTION_DAY = "election_day"
    POST_ELECTION = "post_election"


class MissionRole(StrEnum):
    """A person's role in one mission (server/missions/access.py says what each may do)."""

    COORDINATOR = "coordinator"
    # Coordinates one subtree of the locations (`MissionMember.region_id`).
    REGIONAL_COORDINATOR = "regional_coordinator"
    ANALYST = "analyst"
    OBSERVER = "observer"
    PARTNER_VIEWER = "partner_viewer"


class ObserverKind(StrEnum):
    LONG_TERM = "long_term"
    SHORT_TERM = "short_term"


class Mission(SQLModel, table=True):
    """One observation mission of one election, run by one organization."""

    __tablename__ = "mission"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True)
    name: str = Field(max_length=limits.NAME)
    country: str = Field(max_length=limits.COUNTRY)  # ISO 3166 alpha-2
    time_zone: str = Field(max_length=limits.TIME_ZONE)
    # The first (or only) polling day; `more_election_dates` holds later rounds or days, as
    # ISO dates, in order.
    election_date: date
    more_election_dates: list[str] = Field(default_factory=list, sa_type=JSONType)
    status: MissionStatus = Field(
        default=MissionStatus.DRAFT, sa_type=enum_column(MissionStatus, "mission_status")
    )
    phase: MissionPhase = Field(
        default=MissionPhase.PRE_ELECTION, sa_type=enum_column(MissionPhase, "mission_phase")
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class MissionLocation(SQLModel, table=True):
    """A node of a mission's location tree: a region, a district, ... or a polling station.

    `path` is the materialised path of ids from the top ("/12/57/903/", ending with the row's
    own id), so a subtree is one prefix query on an index instead of a recursive walk, which
    stays fast at the hundreds of thousands of stations a national mission has.
    """

    __tablename__ = "mission_location"
    __table_args__ = (
        UniqueConstraint("mission_id", "code"),
        # text_pattern_ops lets Postgres answer `path LIKE '/12/57/%'` from the index whatever
        # the database's collation; SQLite ignores the option.
        Index(
            "ix_mission_location_path",
            "path",
            postgresql_ops={"path": "text_pattern_ops"},
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE")
    # No foreign key: the importer, the only writer, resolves every parent among the same
    # mission's locations before writing (migration c10f00000001, docs/missions.md "Bench").
    parent_id: int | None = Field(default=None, index=True)
    code: str = Field(max_length=LOCATION_CODE)
    name: str = Field(max_length=limits.NAME)
    level: int = Field(default=0)  # depth: 0 is the top
    path: str = Field(default="", max_length=LOCATION_PATH)
    registered_voters: int | None = Field(default=None)
    latitude: float | None = Field(default=None)
    longitude: float | None = Field(default=None)
    is_station: bool = Field(default=False)


class MissionMember(SQLModel, table=True):
    """A person's role in a mission. One role per person and mission.

    Observers carry an observer code (what they type in SMS reports, with a check digit), a
    kind (long- or short-term) and the language they report in. Their phones are the person's
    own (`PersonPhone`), so one number identifies one person across missions.
    """

    __tablename__ = "mission_member"
    __table_args__ = (
        UniqueConstraint("mission_id", "person_id"),
        UniqueConstraint("mission_id", "observer_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    role: MissionRole = Field(sa_type=enum_column(MissionRole, "mission_role"))
    # Regional coordinators: the top of the subtree they coordinate.
    region_id: int | None = Field(
        default=None, foreign_key="mission_location.id", ondelete="SET NULL"
    )
    observer_code: str | None = Field(default=None, max_length=OBSERVER_CODE)
    observer_kind: ObserverKind | None = Field(
        default=None, sa_type=enum_column(ObserverKind, "observer_kind"), nullable=True
    )
    language: str = Field(default="en", max_length=limits.LANGUAGE)
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class Deployment(SQLModel, table=True):
    """An observer sent to a polling station. Its `DeploymentForm` rows are the reports
    expected from that observer at that station."""

    __tablename__ = "deployment"
    __table_args__ = (UniqueConstraint("member_id", "location_id"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    member_id: int = Field(foreign_key="mission_member.id", ondelete="CASCADE", index=True)
    location_id: int = Field(foreign_key="mission_location.id", ondelete="CASCADE", index=True)
    created_at: datetime = created_at_field()


class DeploymentForm(SQLModel, table=True):
    __tablename__ = "deployment_form"
    __table_args__ = (UniqueConstraint("deployment_id", "form_id"),)

    id: int | None = Field(default=None, primary_key=True)
    deployment_id: int = Field(foreign_key="deployment.id", ondelete="CASCADE", index=True)
    form_id: int = Field(foreign_key="form.id", ondelete="CASCADE", index=True)
