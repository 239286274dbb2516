"""Venues and their rooms: where events and their programme sessions take place."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.models import Room, Venue
from server.kit.errors import FieldProblem, InvalidInput, NotFound, Problems
from server.orgs.models import Organization
from server.orgs.validation import check_country


@asynccontextmanager
async def savepoint(session: AsyncSession) -> AsyncIterator[None]:
    """A SAVEPOINT, so a refused write can be caught while the caller's transaction goes on.

    On SQLite this relies on server.db emitting BEGIN itself: with the driver's lazy
    transactions a first SAVEPOINT would be the outermost transaction and commit on release.
    """
    async with session.begin_nested():
        yield


def _text(
    problems: Problems, field: str, value: str | None, limit: int, *, required: bool = False
) -> str | None:
    value = (value or "").strip()
    if not value:
        if required:
            problems.add(field, "This is required.", "required")
        return None
    if len(value) > limit:
        problems.add(field, f"Use at most {limit} characters.", "too_long")
    return value


def _coordinates(problems: Problems, latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        field = "longitude" if latitude is not None else "latitude"
        problems.add(field, "Give both latitude and longitude, or neither.", "required")
    if latitude is not None and not -90 <= latitude <= 90:
        problems.add("latitude", "Latitude lies between -90 and 90 degrees.", "out_of_range")
    if longitude is not None and not -180 <= longitude <= 180:
        problems.add("longitude", "Longitude lies between -180 and 180 degrees.", "out_of_range")


async def create_venue(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    name: str,
    address: str | None = None,
    city: str | None = None,
    country: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
) -> Venue:
    """A venue of an organization; its organizers and admins may add one."""
    principal.require(Action.MANAGE_EVENTS, organization_id)
    problems = Problems()
    if await session.get(Organization, organization_id) is None:
        problems.add("organizationId", "No such organization.", "not_found")
    checked_name = _text(problems, "name", name, 200, required=True)
    address = _text(problems, "address", address, 500)
    city = _text(problems, "city", city, 120)
    country = check_country(problems, "country", country)
    _coordinates(problems, latitude, longitude)
    problems.raise_if_any()
    assert checked_name is not None
    venue = Venue(
        organization_id=organization_id,
        name=checked_name,
        address=address,
        city=city,
        country=country,
        latitude=latitude,
        longitude=longitude,
    )
    session.add(venue)
    await session.flush()
    return venue


async def add_room(
    session: AsyncSession,
    *,
    principal: Principal,
    venue_id: int,
    name: str,
    capacity: int | None = None,
) -> Room:
    """A room of a venue; the venue organization's organizers may add rooms.

    Anyone else gets the answer of a missing venue: venues are private to their organization.
    """
    principal.require_authenticated()
    venue = await session.get(Venue, venue_id)
    if venue is None or not principal.may(Action.MANAGE_EVENTS, venue.organization_id):
        raise NotFound("No such venue.")
    problems = Problems()
    checked_name = _text(problems, "name", name, 120, required=True)
    if capacity is not None and capacity < 1:
        problems.add("capacity", "A room holds at least one person.", "too_small")
    taken = "This venue already has a room with this name."
    if checked_name is not None:
        # Case-insensitive, so "Hall A" and "hall a" are not two rooms on the programme.
        existing = await session.scalar(
            select(Room.id).where(
                Room.venue_id == venue_id, func.lower(Room.name) == checked_name.lower()
            )
        )
        if existing is not None:
            problems.add("name", taken, "taken")
    problems.raise_if_any()
    assert checked_name is not None
    room = Room(venue_id=venue_id, name=checked_name, capacity=capacity)
    try:
        async with savepoint(session):
            session.add(room)
            await session.flush()
    except IntegrityError as error:
        # Someone added the same name at the same moment; the unique constraint decided.
        raise InvalidInput([FieldProblem("name", taken, "taken")]) from error
    return room


# Batch readers used by the GraphQL DataLoaders: one statement for any number of keys.


async def venues_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, Venue]:
    rows = await session.exec(select(Venue).where(col(Venue.id).in_(ids)))
    return {v.id: v for v in rows.all() if v.id is not None}


async def rooms_by_venue(
    session: AsyncSession, *, venue_ids: Sequence[int]
) -> dict[int, list[Room]]:
    rows = await session.exec(
        select(Room).where(col(Room.venue_id).in_(venue_ids)).order_by(col(Room.name))
    )
    grouped: dict[int, list[Room]] = {i: [] for i in venue_ids}
    for room in rows.all():
        grouped[room.venue_id].append(room)
    return grouped


async def list_venues(
    session: AsyncSession, *, principal: Principal, organization_id: int
) -> Sequence[Venue]:
    """An organization's venues, by name, for the organizers choosing one for an event.

    Addresses can point at people who meet in private, so only those who may plan events
    there see the list; attendees see an event's own venue on the event.
    """
    principal.require(Action.MANAGE_EVENTS, organization_id)
    rows = await session.exec(
        select(Venue)
        .where(col(Venue.organization_id) == organization_id)
        .order_by(col(Venue.name), col(Venue.id))
    )
    return rows.all()
