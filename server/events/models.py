"""Tables of events, series, venues, rooms and programme sessions.

Times are stored in UTC; each event carries the IANA zone it happens in, which is what
organizers think in and what calendar feeds write as TZID.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlmodel import Field, SQLModel

from server.db import JSONType
from server.kit import limits
from server.kit.models import (
    created_at_field,
    optional_time_field,
    required_time_field,
    updated_at_field,
)
from server.orgs.models import enum_column


class EventKind(StrEnum):
    CONFERENCE = "conference"
    FORUM = "forum"
    ROUNDTABLE = "roundtable"
    WORKSHOP = "workshop"
    TRAINING = "training"
    MEETING = "meeting"
    WEBINAR = "webinar"


class EventStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Visibility(StrEnum):
    PUBLIC = "public"  # anyone, signed in or not; public listings and feeds
    NETWORK = "network"  # anyone with a role in the network
    PARTNERS = "partners"  # the network's members and its partner organizations
    INVITE_ONLY = "invite_only"  # hosts and invited people only; never listed


class SessionKind(StrEnum):
    PLENARY = "plenary"
    PANEL = "panel"
    ROUNDTABLE = "roundtable"
    WORKSHOP = "workshop"
    BREAK = "break"


class Consent(StrEnum):
    """The answer of the party another one named: a co-host organization, a speaker."""

    PENDING = "pending"  # asked; grants nothing and is shown to nobody outside the two sides
    ACCEPTED = "accepted"
    DECLINED = "declined"  # kept, so the same request is not asked again by re-saving


class SessionRole(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"


class EventSeries(SQLModel, table=True):
    """A recurring event: an RRULE whose occurrences are materialised as events."""

    __tablename__ = "event_series"

    id: int | None = Field(default=None, primary_key=True)
    host_organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    # RFC 5545 RRULE text (e.g. FREQ=MONTHLY;BYDAY=1TU;COUNT=10), expanded with dateutil in the
    # series' own zone, so "every first Tuesday at 14:00" stays at 14:00 across DST changes.
    rrule: str = Field(max_length=limits.RRULE)
    time_zone: str = Field(max_length=limits.TIME_ZONE)
    first_starts_at: datetime = required_time_field()
    duration_minutes: int
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class Venue(SQLModel, table=True):
    __tablename__ = "venue"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=limits.NAME)
    address: str | None = Field(default=None, max_length=limits.ADDRESS)
    city: str | None = Field(default=None, max_length=limits.SHORT_NAME, index=True)
    country: str | None = Field(default=None, max_length=limits.COUNTRY)
    latitude: float | None = None
    longitude: float | None = None
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class Room(SQLModel, table=True):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("venue_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    venue_id: int = Field(foreign_key="venue.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=limits.SHORT_NAME)
    capacity: int | None = None


class Event(SQLModel, table=True):
    __tablename__ = "event"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)

    id: int | None = Field(default=None, primary_key=True)
    # Assigned once at creation and never derived from anything that can change (a title, a
    # domain), because calendar clients match updates and cancellations by UID.
    uid: str = Field(max_length=120, unique=True)
    host_organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    series_id: int | None = Field(
        default=None, foreign_key="event_series.id", ondelete="CASCADE", index=True
    )
    # For an occurrence of a series: where the rule placed it, even after it is moved (RFC
    # 5545's RECURRENCE-ID), so "this and all following" can find its place in the series.
    recurrence_id: datetime | None = optional_time_field()
    kind: EventKind = Field(sa_type=enum_column(EventKind, "event_kind"))
    title: str = Field(max_length=limits.TITLE)
    description: str = Field(default="", max_length=limits.DESCRIPTION)  # Markdown, as written
    # The description rendered to safe HTML once, when it is written: rendering is CPU work
    # that must not be repeated for every reader. Derived, not typed by anyone, so it has no
    # input limit of its own (escaping can make it longer than the Markdown).
    description_html: str = Field(default="")
    tags: list[str] = Field(default_factory=list, sa_type=JSONType)
    languages: list[str] = Field(default_factory=list, sa_type=JSONType)
    status: EventStatus = Field(
        default=EventStatus.DRAFT, sa_type=enum_column(EventStatus, "event_status"), index=True
    )
    status_reason: str | None = Field(default=None, max_length=limits.REASON)
    visibility: Visibility = Field(
        default=Visibility.NETWORK, sa_type=enum_column(Visibility, "event_visibility"), index=True
    )
    time_zone: str = Field(max_length=limits.TIME_ZONE)
    starts_at: datetime = required_time_field(index=True)
    ends_at: datetime = required_time_field()
    all_day: bool = Field(default=False)
    venue_id: int | None = Field(default=None, foreign_key="venue.id", ondelete="SET NULL")
    online_url: str | None = Field(default=None, max_length=limits.URL)  # shown to registrants only
    capacity: int | None = None
    # How long a waitlist offer stays open before it passes to the next person.
    offer_minutes: int = Field(default=24 * 60)
    # Bumped on every material change (time, place, status): calendar clients apply updates
    # with a higher SEQUENCE.
    sequence: int = Field(default=0)
    created_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class EventCoHost(SQLModel, table=True):
    __tablename__ = "event_cohost"

    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", primary_key=True)
    organization_id: int = Field(
        foreign_key="organization.id", ondelete="CASCADE", primary_key=True, index=True
    )
    # Listing an organization as co-host asks its organizers; only ACCEPTED grants anything.
    status: Consent = Field(default=Consent.PENDING, sa_type=enum_column(Consent, "consent"))


class ProgrammeSession(SQLModel, table=True):
    """One slot of an event's programme: a plenary, panel, workshop or break."""

    __tablename__ = "programme_session"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        # Two sessions may never share a room at the same time, even when two organizers save
        # at the same instant: Postgres enforces it itself. SQLite gets a trigger (migration).
        ExcludeConstraint(
            ("room_id", "="),
            (text("tstzrange(starts_at, ends_at)"), "&&"),
            name="no_room_double_booking",
            using="gist",
            where=text("room_id IS NOT NULL"),
        ).ddl_if(dialect="postgresql"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    kind: SessionKind = Field(sa_type=enum_column(SessionKind, "session_kind"))
    title: str = Field(max_length=limits.TITLE)
    description: str = Field(default="", max_length=limits.DESCRIPTION)
    starts_at: datetime = required_time_field()
    ends_at: datetime = required_time_field()
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="SET NULL")
    track: str | None = Field(default=None, max_length=limits.SHORT_NAME)
    capacity: int | None = None
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class SessionPerson(SQLModel, table=True):
    __tablename__ = "session_person"

    session_id: int = Field(
        foreign_key="programme_session.id", ondelete="CASCADE", primary_key=True
    )
    person_id: int = Field(
        foreign_key="person.id", ondelete="CASCADE", primary_key=True, index=True
    )
    role: SessionRole = Field(sa_type=enum_column(SessionRole, "session_role"), primary_key=True)
    # Naming a person asks them; until they accept only the event's managers and they see it.
    status: Consent = Field(default=Consent.PENDING, sa_type=enum_column(Consent, "consent"))
