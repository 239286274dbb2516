"""Public feeds: what an anonymous caller may see, for the network, an organization, one
event (with its programme) or a series.

Which events a public feed lists:
- visibility PUBLIC, never drafts (the anonymous rule of server.events.access);
- published and postponed events, and cancelled ones for `policy.cancelled_window` after
  their last update (the cancellation), so clients strike them through before they drop out;
- in list feeds (network, organization, series), only events that ended less than
  `policy.past_window` (90 days) ago: a feed's size stays bounded as the years pass.
An event's own feed shows it whatever its age (a cancelled one as CANCELLED) as long as it is
public and not a draft; anything else answers None, exactly like a missing event.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import ANONYMOUS
from server.calendars.convert import feed_event, session_event, venues_by_id
from server.calendars.feed import FeedEvent, FeedKey, FeedKind, FeedMeta
from server.calendars.policy import FeedPolicy
from server.events.access import visible_events
from server.events.listing import hosted_by
from server.events.models import (
    Event,
    EventSeries,
    EventStatus,
    ProgrammeSession,
    Room,
)
from server.orgs.models import Organization

Loaded = tuple[FeedMeta, list[FeedEvent]]


def listed(now: datetime, policy: FeedPolicy) -> ColumnElement[bool]:
    """Events a public list feed shows at `now` (see the module's docstring)."""
    return and_(
        visible_events(ANONYMOUS),
        col(Event.ends_at) >= now - policy.past_window,
        or_(
            col(Event.status).in_([EventStatus.PUBLISHED, EventStatus.POSTPONED]),
            and_(
                col(Event.status) == EventStatus.CANCELLED,
                col(Event.updated_at) >= now - policy.cancelled_window,
            ),
        ),
    )


def feed_url(policy: FeedPolicy, key: FeedKey) -> str:
    """The absolute address of a public feed (GraphQL fields and the feed pages use it)."""
    base = policy.link_base.rstrip("/")
    if key.kind is FeedKind.NETWORK:
        return f"{base}/feeds/network.ics"
    folder = {FeedKind.ORGANIZATION: "organizations", FeedKind.EVENT: "events"}.get(
        key.kind, key.kind.value
    )
    return f"{base}/feeds/{folder}/{key.id}.ics"


async def _events(
    session: AsyncSession, condition: ColumnElement[bool], policy: FeedPolicy
) -> list[FeedEvent]:
    rows = list(
        (
            await session.exec(
                select(Event).where(condition).order_by(col(Event.starts_at), col(Event.id))
            )
        ).all()
    )
    venues = await venues_by_id(session, ids=[r.venue_id for r in rows])
    return [
        feed_event(
            r,
            venue=venues.get(r.venue_id) if r.venue_id is not None else None,
            link_base=policy.link_base,
        )
        for r in rows
    ]


async def _event_feed(session: AsyncSession, event_id: int, policy: FeedPolicy) -> Loaded | None:
    event = await session.scalar(
        select(Event).where(col(Event.id) == event_id, visible_events(ANONYMOUS))
    )
    if event is None:
        return None
    venue = (await venues_by_id(session, ids=[event.venue_id])).get(event.venue_id or 0)
    sessions = list(
        (
            await session.exec(
                select(ProgrammeSession)
                .where(col(ProgrammeSession.event_id) == event_id)
                .order_by(col(ProgrammeSession.starts_at), col(ProgrammeSession.id))
            )
        ).all()
    )
    room_ids = {s.room_id for s in sessions if s.room_id is not None}
    rooms = (
        {r.id: r for r in (await session.exec(select(Room).where(col(Room.id).in_(room_ids))))}
        if room_ids
        else {}
    )
    items = [feed_event(event, venue=venue, link_base=policy.link_base)]
    items += [
        session_event(
            event,
            s,
            venue=venue,
            room=rooms.get(s.room_id) if s.room_id is not None else None,
            link_base=policy.link_base,
        )
        for s in sessions
    ]
    meta = FeedMeta(name=event.title, url=items[0].url, refresh=policy.refresh)
    return meta, items


async def load_public(
    session: AsyncSession, *, key: FeedKey, now: datetime, policy: FeedPolicy
) -> Loaded | None:
    """The calendar's properties and events of a public feed; None when there is no such
    feed for an anonymous caller (unknown organization or series, non-public event)."""
    base = policy.link_base.rstrip("/")
    if key.kind is FeedKind.NETWORK:
        meta = FeedMeta(name=policy.network_name, url=f"{base}/events", refresh=policy.refresh)
        return meta, await _events(session, listed(now, policy), policy)
    if key.id is None:
        return None
    if key.kind is FeedKind.EVENT:
        return await _event_feed(session, key.id, policy)
    if key.kind is FeedKind.ORGANIZATION:
        organization = await session.get(Organization, key.id)
        if organization is None:
            return None
        meta = FeedMeta(
            name=f"{organization.name} ({policy.network_name})",
            url=f"{base}/organizations/{key.id}",
            refresh=policy.refresh,
        )
        condition = and_(listed(now, policy), hosted_by(key.id))
        return meta, await _events(session, condition, policy)
    if key.kind is FeedKind.SERIES:
        return await _series_feed(session, key.id, now, policy)
    return None


async def _series_feed(
    session: AsyncSession, series_id: int, now: datetime, policy: FeedPolicy
) -> Loaded | None:
    if await session.get(EventSeries, series_id) is None:
        return None
    # A series is public when one of its occurrences is: one with none answers like a
    # missing series, so the feed never tells that a hidden series exists.
    first = await session.scalar(
        select(Event)
        .where(col(Event.series_id) == series_id, visible_events(ANONYMOUS))
        .order_by(col(Event.recurrence_id), col(Event.id))
        .limit(1)
    )
    if first is None:
        return None
    meta = FeedMeta(
        name=f"{first.title} ({policy.network_name})",
        url=f"{policy.link_base.rstrip('/')}/series/{series_id}",
        refresh=policy.refresh,
    )
    condition = and_(listed(now, policy), col(Event.series_id) == series_id)
    return meta, await _events(session, condition, policy)
