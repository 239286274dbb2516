"""Events and their programme as the API shows them (venues and rooms: venues.py)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.event_invitations import EventInvitation
from schema.types.common import parse_id
from schema.types.orgs import Organization, Person
from schema.types.venues import ProgrammeWarning, Room, Venue
from server.accounts.access import Action
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.policy import FeedPolicy
from server.calendars.public import feed_url
from server.db import utcnow
from server.events import models
from server.events import programme as programme_service
from server.events.access import may_manage
from server.events.consent import CoHostRequest as CoHostRequestRow
from server.events.consent import SpeakerRequest as SpeakerRequestRow
from server.events.localtime import zone
from server.events.models import (
    Consent,
    EventKind,
    EventStatus,
    SessionKind,
    SessionRole,
    Visibility,
)
from server.registrations import models as registration_models
from server.registrations import sending as invitation_sending
from server.registrations import service as registration_service
from server.registrations.models import RegistrationStatus

# The domain's enums are exposed as they are: their member names are the GraphQL values.
strawberry.enum(EventKind, name="EventKind")
strawberry.enum(EventStatus, name="EventStatus")
strawberry.enum(Visibility, name="EventVisibility")
strawberry.enum(SessionKind, name="SessionKind")
strawberry.enum(RegistrationStatus, name="RegistrationStatus")
strawberry.enum(Consent, name="Consent")
strawberry.enum(SessionRole, name="SessionRole")


@strawberry.type
class ProgrammeSession:
    id: strawberry.ID
    kind: SessionKind
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    track: str | None
    capacity: int | None
    # Room and people arrive with the session (one batch for a whole list of events), so they
    # are plain fields: no per-session loader round trip for each of thousands of sessions.
    room: Room | None
    speakers: list[Person] = strawberry.field(description="By name.")
    moderators: list[Person] = strawberry.field(description="By name.")

    @classmethod
    def from_entry(
        cls,
        entry: programme_service.ProgrammeEntry,
        *,
        manager: bool = False,
        person_id: int | None = None,
    ) -> ProgrammeSession:
        row, room = entry.session, entry.room
        people = entry.shown_people(manager=manager, person_id=person_id)
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            title=row.title,
            description=row.description,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            track=row.track,
            capacity=row.capacity,
            room=None
            if room is None
            else Room(id=strawberry.ID(str(room.id)), name=room.name, capacity=room.capacity),
            speakers=[Person.from_row(p) for r, p in people if r is SessionRole.SPEAKER],
            moderators=[Person.from_row(p) for r, p in people if r is SessionRole.MODERATOR],
        )


def _local(instant: datetime, time_zone: str) -> str:
    return instant.astimezone(zone(time_zone)).isoformat()


@strawberry.type
class Event:
    id: strawberry.ID
    uid: str = strawberry.field(description="The calendar UID; it never changes.")
    kind: EventKind
    title: str
    description: str = strawberry.field(description="Markdown, as the organizers wrote it.")
    tags: list[str]
    languages: list[str]
    status: EventStatus
    status_reason: str | None = strawberry.field(description="Why it was postponed or cancelled.")
    visibility: Visibility
    time_zone: str = strawberry.field(description="The IANA zone the event happens in.")
    starts_at: datetime = strawberry.field(description="In UTC.")
    ends_at: datetime = strawberry.field(description="In UTC.")
    all_day: bool
    capacity: int | None
    offer_minutes: int = strawberry.field(
        description="How long a waitlist offer stays open, in minutes."
    )
    sequence: int = strawberry.field(
        description="Grows with every change of time, place or status."
    )
    updated_at: datetime
    row: strawberry.Private[models.Event]

    @classmethod
    def from_row(cls, row: models.Event) -> Event:
        return cls(
            id=strawberry.ID(str(row.id)),
            uid=row.uid,
            kind=row.kind,
            title=row.title,
            description=row.description,
            tags=list(row.tags),
            languages=list(row.languages),
            status=row.status,
            status_reason=row.status_reason,
            visibility=row.visibility,
            time_zone=row.time_zone,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            all_day=row.all_day,
            capacity=row.capacity,
            offer_minutes=row.offer_minutes,
            sequence=row.sequence,
            updated_at=row.updated_at,
            row=row,
        )

    @strawberry.field(
        description="The description as HTML that is safe to show (rendered when it was saved)."
    )
    def description_html(self) -> str:
        return self.row.description_html

    @strawberry.field(
        description="The start in the event's own zone, like 2026-03-29T14:00:00+02:00."
    )
    def local_start(self) -> str:
        return _local(self.starts_at, self.time_zone)

    @strawberry.field(description="The end in the event's own zone.")
    def local_end(self) -> str:
        return _local(self.ends_at, self.time_zone)

    @strawberry.field
    async def host_organization(self, info: Info) -> Organization:
        row = await info.context.loaders.organization.load(self.row.host_organization_id)
        assert row is not None  # a foreign key guarantees it
        return Organization.from_row(row)

    @strawberry.field
    async def co_hosts(self, info: Info) -> list[Organization]:
        ids = await info.context.loaders.cohosts_by_event.load(int(self.id)) or []
        rows = await info.context.loaders.organization.load_many(ids)
        return [Organization.from_row(o) for o in rows if o is not None]

    @strawberry.field
    async def venue(self, info: Info) -> Venue | None:
        if self.row.venue_id is None:
            return None
        row = await info.context.loaders.venue.load(self.row.venue_id)
        return Venue.from_row(row) if row else None

    @strawberry.field(description="The programme, in time order.")
    async def sessions(self, info: Info) -> list[ProgrammeSession]:
        entries = await info.context.loaders.programme.load(int(self.id)) or []
        # Pending speakers: for the event's managers and the person asked only.
        manager = bool(entries) and await self._may_edit(info)
        person_id = info.context.principal.person_id
        return [
            ProgrammeSession.from_entry(e, manager=manager, person_id=person_id) for e in entries
        ]

    async def _may_edit(self, info: Info) -> bool:
        principal = info.context.principal
        # Superusers manage everything and most readers manage no events: neither needs the
        # co-host lookup (a statement a page).
        if principal.is_superuser:
            return True
        if not principal.organizations_where(Action.MANAGE_EVENTS):
            return False
        cohosts = await info.context.loaders.cohosts_by_event.load(int(self.id)) or []
        return may_manage(info.context.principal, self.row, cohosts)

    @strawberry.field(description="Whether you may edit this event: its hosts' organizers.")
    async def can_edit(self, info: Info) -> bool:
        return await self._may_edit(info)

    @strawberry.field(
        description="Shown to the event's organizers and to people holding a seat; "
        "null for everyone else."
    )
    async def online_url(self, info: Info) -> str | None:
        if self.row.online_url is None:
            return None
        if await self._may_edit(info):
            return self.row.online_url
        person_id = info.context.principal.person_id
        if person_id is None:
            return None
        seated = await info.context.loaders.registered.load((person_id, int(self.id)))
        return self.row.online_url if seated else None

    @strawberry.field(
        description="Whether the event is held online. Anyone who sees the event may know it; "
        "the link itself is in onlineUrl, for organizers and people holding a seat."
    )
    def is_online(self) -> bool:
        return self.row.online_url is not None

    @strawberry.field(description="The series this event is an occurrence of, if any.")
    def series_id(self) -> strawberry.ID | None:
        series = self.row.series_id
        return None if series is None else strawberry.ID(str(series))

    @strawberry.field(
        description="Its calendar file (.ics): the event and its programme sessions. Answers "
        "for public events only; private feeds carry the others."
    )
    def ics_url(self, info: Info) -> str:
        policy = FeedPolicy.of(info.context.runtime.settings)
        return feed_url(policy, FeedKey(FeedKind.EVENT, int(self.id)))

    @strawberry.field(description="The calendar feed of its series; null when not in a series.")
    def series_feed_url(self, info: Info) -> str | None:
        if self.row.series_id is None:
            return None
        policy = FeedPolicy.of(info.context.runtime.settings)
        return feed_url(policy, FeedKey(FeedKind.SERIES, self.row.series_id))

    @strawberry.field(description="Seats taken (or held on offer) for the whole event.")
    async def seats_taken(self, info: Info) -> int:
        held, _ = await info.context.loaders.seat_counts.load(int(self.id)) or (0, 0)
        return held

    @strawberry.field(description="People waiting for a seat.")
    async def waitlist_count(self, info: Info) -> int:
        _, waiting = await info.context.loaders.seat_counts.load(int(self.id)) or (0, 0)
        return waiting

    @strawberry.field(description="Your own registration for the whole event, if you have one.")
    async def my_registration(self, info: Info) -> Registration | None:
        person_id = info.context.principal.person_id
        if person_id is None:
            return None
        row = await info.context.loaders.own_registration.load((person_id, int(self.id)))
        return Registration.from_row(row) if row else None

    @strawberry.field(
        description="Who registered, for the event's organizers: seats first, then offers, "
        "then the waitlist in line order. FORBIDDEN for everyone else."
    )
    async def registrations(
        self, info: Info, session_id: strawberry.ID | None = None, include_cancelled: bool = False
    ) -> list[Registration]:
        scope = None if session_id is None else parse_id(session_id, "sessionId")
        async with info.context.runtime.db.read() as session:
            rows = await registration_service.list_registrations(
                session,
                principal=info.context.principal,
                event_id=int(self.id),
                session_id=scope,
                include_cancelled=include_cancelled,
            )
        return [Registration.from_row(r) for r in rows]

    @strawberry.field(
        description="Invitations sent for the event, newest first, for its organizers; empty "
        "for everyone else."
    )
    async def invitations(self, info: Info) -> list[EventInvitation]:
        if not await self._may_edit(info):
            return []
        async with info.context.runtime.db.read() as session:
            rows = await invitation_sending.list_invitations(
                session, principal=info.context.principal, event_id=int(self.id), now=utcnow()
            )
        return [EventInvitation.of(r.invitation, r.name, r.status) for r in rows]

    @strawberry.field(
        description="Every organization asked to co-host and its answer, for the event's "
        "organizers; empty for everyone else. `coHosts` lists only those that accepted."
    )
    async def co_host_requests(self, info: Info) -> list[CoHostListing]:
        if not await self._may_edit(info):
            return []
        listed = await info.context.loaders.listed_cohosts_by_event.load(int(self.id)) or []
        rows = await info.context.loaders.organization.load_many([o for o, _ in listed])
        return [
            CoHostListing(organization=Organization.from_row(row), status=status)
            for (_, status), row in zip(listed, rows, strict=True)
            if row is not None
        ]

    @strawberry.field(
        description="Warnings for the whole programme, for the event's organizers; empty for "
        "everyone else."
    )
    async def programme_warnings(self, info: Info) -> list[ProgrammeWarning]:
        if not await self._may_edit(info):
            return []
        async with info.context.runtime.db.read() as session:
            by_session = await programme_service.programme_warnings(
                session, principal=info.context.principal, event_id=int(self.id)
            )
        return [
            ProgrammeWarning.from_row(w, session_id)
            for session_id, warnings in sorted(by_session.items())
            for w in warnings
        ]


@strawberry.type(description="One person's place at an event or one of its sessions.")
class Registration:
    id: strawberry.ID
    status: RegistrationStatus
    event_id: strawberry.ID
    session_id: strawberry.ID | None = strawberry.field(
        description="Null for the whole event; else the programme session."
    )
    created_at: datetime
    waitlisted_at: datetime | None
    offered_at: datetime | None
    offer_expires_at: datetime | None = strawberry.field(
        description="Accept the offered seat before this time, or it passes on."
    )
    attended_at: datetime | None = strawberry.field(description="Checked in at the door.")
    cancelled_at: datetime | None
    person_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: registration_models.Registration) -> Registration:
        return cls(
            id=strawberry.ID(str(row.id)),
            status=row.status,
            event_id=strawberry.ID(str(row.event_id)),
            session_id=None if row.session_id is None else strawberry.ID(str(row.session_id)),
            created_at=row.created_at,
            waitlisted_at=row.waitlisted_at,
            offered_at=row.offered_at,
            offer_expires_at=row.offer_expires_at,
            attended_at=row.attended_at,
            cancelled_at=row.cancelled_at,
            person_id=row.person_id,
        )

    @strawberry.field
    async def person(self, info: Info) -> Person:
        row = await info.context.loaders.person.load(self.person_id)
        assert row is not None  # a foreign key guarantees it
        return Person.from_row(row)

    @strawberry.field(description="Place in line while waitlisted (1 is next); else null.")
    async def waitlist_position(self, info: Info) -> int | None:
        if self.status is not RegistrationStatus.WAITLISTED:
            return None
        return await info.context.loaders.waitlist_position.load(int(self.id))


@strawberry.type(description="A single-use invitation to an event.")
class Invitation:
    id: strawberry.ID
    event_id: strawberry.ID
    email: str | None
    created_at: datetime
    expires_at: datetime | None
    used_at: datetime | None

    @classmethod
    def from_row(cls, row: registration_models.Invitation) -> Invitation:
        return cls(
            id=strawberry.ID(str(row.id)),
            event_id=strawberry.ID(str(row.event_id)),
            email=row.email,
            created_at=row.created_at,
            expires_at=row.expires_at,
            used_at=row.used_at,
        )


@strawberry.type(description="An organization listed as co-host, and its answer.")
class CoHostListing:
    organization: Organization
    status: Consent


@strawberry.type(description="A request to co-host an event, for the asked organization.")
class CoHostRequest:
    event: Event
    organization: Organization
    status: Consent

    @classmethod
    async def of(cls, info: Info, row: CoHostRequestRow) -> CoHostRequest:
        org = await info.context.loaders.organization.load(row.organization_id)
        assert org is not None  # a foreign key guarantees it
        return cls(
            event=Event.from_row(row.event),
            organization=Organization.from_row(org),
            status=row.status,
        )


@strawberry.type(description="A request to speak or moderate, for the person asked.")
class SpeakerRequest:
    session_id: strawberry.ID
    session_title: str
    starts_at: datetime
    ends_at: datetime
    role: SessionRole
    event: Event

    @classmethod
    def from_row(cls, row: SpeakerRequestRow) -> SpeakerRequest:
        return cls(
            session_id=strawberry.ID(str(row.session.id)),
            session_title=row.session.title,
            starts_at=row.session.starts_at,
            ends_at=row.session.ends_at,
            role=row.role,
            event=Event.from_row(row.event),
        )
