"""Tables of missions and of their locations (regions down to polling stations)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, updated_at_field
from server.orgs.models import enum_column

# A location code as election commissions print them ("KE-047-0123-01").
LOCATION_CODE = 64
# "/12/57/903/": a station at depth 9 with 12-digit ids still fits with room to spare.
LOCATION_PATH = 1_000


class MissionStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class Mission(SQLModel, table=True):
    """One observation mission of one election, run by one organization."""

    __tablename__ = "mission"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True)
    name: str = Field(max_length=limits.NAME)
    country: str = Field(max_length=limits.COUNTRY)  # ISO 3166 alpha-2
    time_zone: str = Field(max_length=limits.TIME_ZONE)
    election_date: date
    status: MissionStatus = Field(
        default=MissionStatus.DRAFT, sa_type=enum_column(MissionStatus, "mission_status")
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
    parent_id: int | None = Field(
        default=None, foreign_key="mission_location.id", ondelete="CASCADE", index=True
    )
    code: str = Field(max_length=LOCATION_CODE)
    name: str = Field(max_length=limits.NAME)
    level: int = Field(default=0)  # depth: 0 is the top
    path: str = Field(default="", max_length=LOCATION_PATH)
    registered_voters: int | None = Field(default=None)
    latitude: float | None = Field(default=None)
    longitude: float | None = Field(default=None)
    is_station: bool = Field(default=False)
