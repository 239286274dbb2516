"""Events, their venues, rooms and programme as the API shows them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.types.orgs import Organization, Person
from server.events import models
from server.events.access import may_manage
from server.events.localtime import zone
from server.events.models import EventKind, EventStatus, SessionKind, SessionRole, Visibility
from server.events.text import render_markdown

# The domain's enums are exposed as they are: their member names are the GraphQL values.
strawberry.enum(EventKind, name="EventKind")
strawberry.enum(EventStatus, name="EventStatus")
strawberry.enum(Visibility, name="EventVisibility")
strawberry.enum(SessionKind, name="SessionKind")


@strawberry.type
class Room:
    id: strawberry.ID
    name: str
    capacity: int | None

    @classmethod
    def from_row(cls, row: models.Room) -> Room:
        return cls(id=strawberry.ID(str(row.id)), name=row.name, capacity=row.capacity)


@strawberry.type
class Venue:
    id: strawberry.ID
    name: str
    address: str | None
    city: str | None
    country: str | None = strawberry.field(description="ISO 3166-1 alpha-2 code.")
    latitude: float | None
    longitude: float | None

    @classmethod
    def from_row(cls, row: models.Venue) -> Venue:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            address=row.address,
            city=row.city,
            country=row.country,
            latitude=row.latitude,
            longitude=row.longitude,
        )

    @strawberry.field(description="The venue's rooms, by name.")
    async def rooms(self, info: Info) -> list[Room]:
        rows = await info.context.loaders.rooms_by_venue.load(int(self.id)) or []
        return [Room.from_row(r) for r in rows]


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
    room_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: models.ProgrammeSession) -> ProgrammeSession:
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            title=row.title,
            description=row.description,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            track=row.track,
            capacity=row.capacity,
            room_id=row.room_id,
        )

    @strawberry.field
    async def room(self, info: Info) -> Room | None:
        if self.room_id is None:
            return None
        row = await info.context.loaders.room.load(self.room_id)
        return Room.from_row(row) if row else None

    async def _people(self, info: Info, role: SessionRole) -> list[Person]:
        links = await info.context.loaders.people_by_session.load(int(self.id)) or []
        rows = await info.context.loaders.person.load_many(
            [link.person_id for link in links if link.role is role]
        )
        return [Person.from_row(p) for p in rows if p is not None]

    @strawberry.field(description="By name.")
    async def speakers(self, info: Info) -> list[Person]:
        return await self._people(info, SessionRole.SPEAKER)

    @strawberry.field(description="By name.")
    async def moderators(self, info: Info) -> list[Person]:
        return await self._people(info, SessionRole.MODERATOR)


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
            sequence=row.sequence,
            updated_at=row.updated_at,
            row=row,
        )

    @strawberry.field(description="The description as HTML that is safe to show.")
    def description_html(self) -> str:
        return render_markdown(self.description)

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
        rows = await info.context.loaders.sessions_by_event.load(int(self.id)) or []
        return [ProgrammeSession.from_row(s) for s in rows]

    async def _may_edit(self, info: Info) -> bool:
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
