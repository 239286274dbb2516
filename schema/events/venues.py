"""Mutations of venues and their rooms: parse, delegate to server/events/venues, shape."""

from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.venues import Room, Venue
from schema.units import in_transaction
from server.events import venues


@strawberry.input
class CreateVenueInput:
    organization_id: strawberry.ID
    name: str
    address: str | None = None
    city: str | None = None
    country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2 code.")
    latitude: float | None = None
    longitude: float | None = None


@strawberry.type
class VenuePayload:
    venue: Venue | None = None
    errors: list[FieldError]


@strawberry.type
class RoomPayload:
    room: Room | None = None
    errors: list[FieldError]


@strawberry.type
class VenueMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="For the organization's organizers."
    )
    async def create_venue(self, info: Info, input: CreateVenueInput) -> VenuePayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: venues.create_venue(
                s,
                principal=principal,
                organization_id=parse_id(input.organization_id, "organizationId"),
                name=input.name,
                address=input.address,
                city=input.city,
                country=input.country,
                latitude=input.latitude,
                longitude=input.longitude,
            ),
        )
        return VenuePayload(venue=Venue.from_row(row) if row else None, errors=errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def add_room(
        self, info: Info, venue_id: strawberry.ID, name: str, capacity: int | None = None
    ) -> RoomPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: venues.add_room(
                s,
                principal=principal,
                venue_id=parse_id(venue_id, "venueId"),
                name=name,
                capacity=capacity,
            ),
        )
        return RoomPayload(room=Room.from_row(row) if row else None, errors=errors)
