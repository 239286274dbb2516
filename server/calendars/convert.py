"""Rows to `FeedEvent`s: the one place that decides what an event shows in a calendar."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.calendars.feed import FeedEvent
from server.events.models import Event, EventStatus, ProgrammeSession, Room, Venue


def location_of(venue: Venue | None, room: Room | None = None) -> str | None:
    if venue is None:
        return None
    parts = [room.name if room else None, venue.name, venue.address, venue.city, venue.country]
    return ", ".join(part for part in parts if part)


def geo_of(venue: Venue | None) -> tuple[float, float] | None:
    if venue is None or venue.latitude is None or venue.longitude is None:
        return None
    return (venue.latitude, venue.longitude)


def event_url(link_base: str, event_id: int) -> str:
    return f"{link_base.rstrip('/')}/events/{event_id}"


def feed_event(
    event: Event, *, venue: Venue | None, link_base: str, with_online_url: bool = False
) -> FeedEvent:
    """An event as a VEVENT. The online link is only for feeds of people registered."""
    assert event.id is not None
    return FeedEvent(
        uid=event.uid,
        sequence=event.sequence,
        status=event.status,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        time_zone=event.time_zone,
        updated_at=event.updated_at,
        created_at=event.created_at,
        all_day=event.all_day,
        description=event.description,
        url=event_url(link_base, event.id),
        location=location_of(venue),
        geo=geo_of(venue),
        online_url=event.online_url if with_online_url else None,
        recurrence_id=event.recurrence_id,
        categories=tuple(event.tags),
    )


def session_event(
    event: Event,
    programme_session: ProgrammeSession,
    *,
    venue: Venue | None,
    room: Room | None,
    link_base: str,
) -> FeedEvent:
    """A programme session as its own VEVENT, related to its event (RELATED-TO = event UID).

    Sessions have no UID column: theirs is derived from the event's and the session's id,
    which never change. They take the event's status, sequence and update time.
    """
    assert event.id is not None and programme_session.id is not None
    status = EventStatus.CANCELLED if event.status is EventStatus.CANCELLED else event.status
    return FeedEvent(
        uid=f"session-{programme_session.id}.{event.uid}",
        sequence=event.sequence,
        status=status,
        title=programme_session.title,
        starts_at=programme_session.starts_at,
        ends_at=programme_session.ends_at,
        time_zone=event.time_zone,
        updated_at=event.updated_at,
        created_at=event.created_at,
        description=programme_session.description,
        url=event_url(link_base, event.id),
        location=location_of(venue, room),
        geo=geo_of(venue),
        related_to=event.uid,
    )


async def venues_by_id(session: AsyncSession, *, ids: Sequence[int | None]) -> dict[int, Venue]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = await session.exec(select(Venue).where(col(Venue.id).in_(wanted)))
    return {venue.id: venue for venue in rows.all() if venue.id is not None}
