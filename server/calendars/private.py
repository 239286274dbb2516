"""What a private feed holds: its owner's view of the events, decided again at every render.

A private feed is fetched by a calendar app with a token, long after its owner signed in,
so nothing about the owner is taken from the moment the feed was made: roles, the account's
state and two-factor are read from the database when the feed is rendered. A partner whose
role ends stops seeing network events at the next render; a deactivated owner's feeds
answer like missing ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.models import TwoFactor, User

# The one function that turns a person's memberships into roles with their organizations'
# kinds; the session principal is built with it too, so both see the same network.
from server.accounts.service import account_principal
from server.calendars.convert import feed_event, session_event, venues_by_id
from server.calendars.feed import FeedEvent, FeedKey, FeedKind, FeedMeta
from server.calendars.models import FeedSubscription
from server.calendars.policy import FeedPolicy
from server.calendars.private_filters import FeedFilters, filter_conditions
from server.calendars.subscriptions import AGENDA, SUBSCRIPTION
from server.events.access import visible_events
from server.events.models import (
    Consent,
    Event,
    EventStatus,
    ProgrammeSession,
    Room,
    SessionPerson,
    Venue,
)
from server.events.places import Registration, RegistrationStatus
from server.orgs.access import Principal

# The web page where owners manage their feeds (written as the calendar's URL).
FEEDS_PAGE = "/feeds"
# In the agenda: a seat, or a seat held for the person until they answer the offer. A place
# on the waitlist is not a plan to attend, so it stays out.
AGENDA_PLACES = (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)


async def owner_principal(
    session: AsyncSession, *, user_id: int, require_two_factor: bool
) -> Principal | None:
    """The feed owner as a caller, read now; None when the account is gone or deactivated.

    The two-factor rule of `server.accounts.service.caller_for_session` applies: a superuser
    or network admin who must turn two-factor on and has not is nobody in particular, in a
    feed as in the app.
    """
    row = (
        await session.exec(
            select(User, TwoFactor.enabled_at)
            .outerjoin(TwoFactor, col(TwoFactor.user_id) == col(User.id))
            .where(col(User.id) == user_id, col(User.is_active).is_(True))
        )
    ).first()
    if row is None:
        return None
    user, enabled_at = row
    return await account_principal(
        session,
        user=user,
        two_factor_on=enabled_at is not None,
        require_two_factor=require_two_factor,
    )


def shown_in_feeds(now: datetime, cancelled_window: timedelta) -> ColumnElement[bool]:
    """Published and postponed events; cancelled ones for a while, so that calendars that
    fetched them learn of the cancellation. Never drafts, not even to their organizers."""
    return or_(
        col(Event.status).in_([EventStatus.PUBLISHED, EventStatus.POSTPONED]),
        (col(Event.status) == EventStatus.CANCELLED)
        & (col(Event.updated_at) >= now - cancelled_window),
    )


async def load_private(
    session: AsyncSession, *, key: FeedKey, now: datetime, policy: FeedPolicy
) -> tuple[FeedMeta, list[FeedEvent]] | None:
    """A subscription or agenda feed; None when revoked, unknown or its owner deactivated."""
    kinds = {FeedKind.SUBSCRIPTION: SUBSCRIPTION, FeedKind.AGENDA: AGENDA}
    if key.kind not in kinds or key.id is None:
        return None
    subscription = await session.get(FeedSubscription, key.id)
    if (
        subscription is None
        or subscription.revoked_at is not None
        or subscription.kind != kinds[key.kind]
    ):
        return None
    principal = await owner_principal(
        session, user_id=subscription.user_id, require_two_factor=policy.require_two_factor
    )
    if principal is None:
        return None
    meta = FeedMeta(
        name=subscription.name,
        description=f"A private calendar of {policy.network_name}. Anyone with its address "
        "sees these events: do not share it.",
        url=f"{policy.link_base.rstrip('/')}{FEEDS_PAGE}",
        refresh=policy.refresh,
    )
    shown = shown_in_feeds(now, policy.cancelled_window)
    if subscription.kind == AGENDA:
        events = await _agenda(session, principal=principal, shown=shown, policy=policy)
    else:
        filters = FeedFilters.from_json(subscription.filters)
        events = await _subscription(
            session, principal=principal, shown=shown, filters=filters, policy=policy
        )
    return meta, sorted(events, key=lambda e: (e.starts_at, e.uid))


async def _subscription(
    session: AsyncSession,
    *,
    principal: Principal,
    shown: ColumnElement[bool],
    filters: FeedFilters,
    policy: FeedPolicy,
) -> list[FeedEvent]:
    """The events the owner may see that match the filters. No online links: such feeds are
    often shared with a team's calendar, and the link is for the people registered (their
    agenda feed has it)."""
    rows = await session.exec(
        select(Event)
        .where(visible_events(principal), shown, *filter_conditions(filters))
        .order_by(col(Event.starts_at), col(Event.id))
    )
    events = list(rows.all())
    venues = await venues_by_id(session, ids=[e.venue_id for e in events])
    return [
        feed_event(e, venue=venues.get(e.venue_id or 0), link_base=policy.link_base) for e in events
    ]


async def _agenda(
    session: AsyncSession, *, principal: Principal, shown: ColumnElement[bool], policy: FeedPolicy
) -> list[FeedEvent]:
    """The owner's events: those they hold (or are offered) a place in, and those whose
    programme they speak in or moderate (having accepted); those sessions and the sessions
    they registered for come as their own VEVENTs, related to their event."""
    person_id = principal.person_id
    if person_id is None:
        return []
    places = (
        await session.exec(
            select(Registration.event_id, Registration.session_id, Registration.status).where(
                Registration.person_id == person_id, col(Registration.status).in_(AGENDA_PLACES)
            )
        )
    ).all()
    speaking = (
        await session.exec(
            select(ProgrammeSession.event_id, ProgrammeSession.id)
            .join(SessionPerson, col(SessionPerson.session_id) == col(ProgrammeSession.id))
            .where(SessionPerson.person_id == person_id, SessionPerson.status == Consent.ACCEPTED)
        )
    ).all()
    wanted = {e for e, _, _ in places} | {e for e, _ in speaking}
    if not wanted:
        return []
    rows = await session.exec(
        select(Event).where(col(Event.id).in_(wanted), visible_events(principal), shown)
    )
    events = {e.id: e for e in rows.all() if e.id is not None}
    seats = {e for e, _, status in places if status == RegistrationStatus.REGISTERED}
    session_ids = {s for _, s, _ in places if s is not None} | {s for _, s in speaking if s}
    venues = await venues_by_id(session, ids=[e.venue_id for e in events.values()])
    found = [
        feed_event(
            event,
            venue=venues.get(event.venue_id or 0),
            link_base=policy.link_base,
            with_online_url=event_id in seats,
        )
        for event_id, event in events.items()
    ]
    return found + await _sessions(
        session, events=events, session_ids=session_ids, venues=venues, policy=policy
    )


async def _sessions(
    session: AsyncSession,
    *,
    events: dict[int, Event],
    session_ids: Iterable[int],
    venues: dict[int, Venue],
    policy: FeedPolicy,
) -> list[FeedEvent]:
    ids = set(session_ids)
    if not ids or not events:
        return []
    rows = await session.exec(
        select(ProgrammeSession).where(
            col(ProgrammeSession.id).in_(ids), col(ProgrammeSession.event_id).in_(list(events))
        )
    )
    programme = list(rows.all())
    room_ids = {p.room_id for p in programme if p.room_id is not None}
    rooms: dict[int, Room] = {}
    if room_ids:
        found = await session.exec(select(Room).where(col(Room.id).in_(room_ids)))
        rooms = {r.id: r for r in found.all() if r.id is not None}
    result: list[FeedEvent] = []
    for item in programme:
        event = events[item.event_id]
        venue = venues.get(event.venue_id or 0)
        result.append(
            session_event(
                event,
                item,
                venue=venue,
                room=rooms.get(item.room_id or 0),
                link_base=policy.link_base,
            )
        )
    return result
