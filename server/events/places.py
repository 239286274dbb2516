"""Registrations, waitlist offers and invitations: the tables.

They live with the events because the events domain reads them (who may see an invite-only
event, how many seats are held, whom to tell of a change) and must not import the
registrations package, which builds on events. The rules live in `server/registrations/`;
`server.registrations.models` re-exports these names.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from server.kit import limits
from server.kit.models import created_at_field, optional_time_field, updated_at_field
from server.orgs.models import Channel, enum_column


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"  # holds a seat
    WAITLISTED = "waitlisted"  # in line for a seat
    OFFERED = "offered"  # a seat is held for them until offer_expires_at
    CANCELLED = "cancelled"  # gave up the seat or the place in line (or the offer expired)


class Registration(SQLModel, table=True):
    """One person's place for a whole event (session_id None) or for one session."""

    __tablename__ = "registration"
    # `scope` is the session id, or 0 for the whole event: a unique key with a nullable column
    # would let the same person register twice, since NULLs never compare equal.
    __table_args__ = (UniqueConstraint("event_id", "scope", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="programme_session.id", ondelete="CASCADE", index=True
    )
    scope: int = Field(default=0)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    status: RegistrationStatus = Field(
        sa_type=enum_column(RegistrationStatus, "registration_status"), index=True
    )
    # The waitlist is served in the order people joined it.
    waitlisted_at: datetime | None = optional_time_field()
    offered_at: datetime | None = optional_time_field()
    offer_expires_at: datetime | None = optional_time_field(index=True)
    attended_at: datetime | None = optional_time_field()
    cancelled_at: datetime | None = optional_time_field()
    # Set when an organizer cancelled this place (a guest cancelling their own leaves it
    # empty): a removed person may not register again by themselves, and an invite-only event
    # stays closed to them, until an organizer registers them or they accept a new invitation.
    removed_at: datetime | None = optional_time_field()
    removed_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    registered_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    created_at: datetime = created_at_field()
    updated_at: datetime = updated_at_field()


class Invitation(SQLModel, table=True):
    """A single-use invitation to an invite-only event; the token is stored hashed."""

    __tablename__ = "invitation"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE")
    email: str | None = Field(default=None, max_length=limits.EMAIL)
    created_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", ondelete="SET NULL"
    )
    created_at: datetime = created_at_field()
    expires_at: datetime | None = optional_time_field()
    used_at: datetime | None = optional_time_field()
    used_by_person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL"
    )
    # Set for invitations sent by the app (issue 11); a link handed over by hand has none.
    # `sent_to` is the masked address, enough for organizers to recognise, not to collect.
    channel: Channel | None = Field(
        default=None, sa_type=enum_column(Channel, "invitation_channel")
    )
    sent_to: str | None = Field(default=None, max_length=limits.EMAIL)
    # The digest of the whole address: an account opened with the link gets the person's
    # email only while it is still the address the link went to.
    address_digest: str | None = Field(default=None, max_length=64)
    # The guest's name as the organizer typed it, for invitations to an email address.
    guest_name: str | None = Field(default=None, max_length=limits.NAME)
    revoked_at: datetime | None = optional_time_field()
    # Resending makes a new invitation and revokes this one; unique, so a retried resend
    # finds the invitation it already made instead of sending a second one.
    resent_from_id: int | None = Field(
        default=None, foreign_key="invitation.id", ondelete="SET NULL", unique=True
    )
