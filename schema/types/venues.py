"""Venues, their rooms, and programme warnings as the API shows them."""

from __future__ import annotations

import strawberry

from schema.context import Info
from server.events import models
from server.events.conflicts import Warning as WarningRow


@strawberry.type(description="Something organizers should look at; it never blocks a save.")
class ProgrammeWarning:
    code: str = strawberry.field(
        description="speaker_double_booked, outside_event or room_too_small."
    )
    message: str
    field: str | None
    session_id: strawberry.ID | None = strawberry.field(
        default=None, description="The session it is about (in an event's list of warnings)."
    )

    @classmethod
    def from_row(cls, row: WarningRow, session_id: int | None = None) -> ProgrammeWarning:
        return cls(
            code=row.code,
            message=row.message,
            field=row.field,
            session_id=None if session_id is None else strawberry.ID(str(session_id)),
        )


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
