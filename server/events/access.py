"""Who sees and who manages an event. Listings, feeds and search all filter through here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import and_, exists, false, or_, true
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.models import Consent, Event, EventCoHost, EventStatus, Visibility
from server.events.places import Registration, RegistrationStatus
from server.kit.errors import NotFound


def managed_events(principal: Principal) -> ColumnElement[bool]:
    """Events the caller may edit: hosted, or co-hosted with consent, by an org where they
    manage events. A co-host listing that its organizers have not accepted grants nothing."""
    if principal.is_superuser:
        return true()
    orgs = principal.organizations_where(Action.MANAGE_EVENTS)
    if not orgs:
        return false()
    return or_(
        col(Event.host_organization_id).in_(orgs),
        exists().where(
            (col(EventCoHost.event_id) == col(Event.id))
            & col(EventCoHost.organization_id).in_(orgs)
            & (col(EventCoHost.status) == Consent.ACCEPTED)
        ),
    )


def visible_events(principal: Principal) -> ColumnElement[bool]:
    """Events the caller may see at all, as one SQL condition.

    Drafts are for their managers. Public events are for everyone, signed in or not; partner
    events for anyone with a role in any organization of the network (partners and funders
    included); network events for the network's own members: a role other than partner in
    a member organization or the secretariat. The organization's kind decides, not the role
    alone, so an admin of a partner organization still sees only what partners see.
    Invite-only events are for their managers and the people registered (invitations turn
    into registrations), so they are never listed anonymously, in public feeds or in search.
    """
    if principal.is_superuser:
        return true()
    audience: list[ColumnElement[bool]] = [col(Event.visibility) == Visibility.PUBLIC]
    if principal.in_network:
        audience.append(col(Event.visibility) == Visibility.PARTNERS)
    if principal.in_network_core:
        audience.append(col(Event.visibility) == Visibility.NETWORK)
    if principal.person_id is not None:
        audience.append(
            and_(
                col(Event.visibility) == Visibility.INVITE_ONLY,
                exists().where(
                    (col(Registration.event_id) == col(Event.id))
                    & (col(Registration.person_id) == principal.person_id)
                    & (col(Registration.status) != RegistrationStatus.CANCELLED)
                ),
            )
        )
    return or_(
        managed_events(principal),
        and_(col(Event.status) != EventStatus.DRAFT, or_(*audience)),
    )


async def get_visible_event(session: AsyncSession, *, principal: Principal, event_id: int) -> Event:
    """An event the caller may see; hidden and missing events both answer NOT_FOUND."""
    event = await session.scalar(
        select(Event).where(Event.id == event_id).where(visible_events(principal))
    )
    if event is None:
        raise NotFound("No such event.")
    return event


async def cohost_ids(session: AsyncSession, *, event_id: int) -> list[int]:
    """The co-hosts that accepted: the only ones that share the event's management."""
    rows = await session.exec(
        select(EventCoHost.organization_id).where(
            EventCoHost.event_id == event_id, EventCoHost.status == Consent.ACCEPTED
        )
    )
    return list(rows.all())


async def listed_cohosts(session: AsyncSession, *, event_id: int) -> dict[int, Consent]:
    """Every organization listed as co-host, with its answer (for edits of the list)."""
    rows = await session.exec(
        select(EventCoHost.organization_id, EventCoHost.status).where(
            EventCoHost.event_id == event_id
        )
    )
    return {org: Consent(status) for org, status in rows.all()}


def may_manage(principal: Principal, event: Event, cohosts: Iterable[int]) -> bool:
    return principal.may(Action.MANAGE_EVENTS, event.host_organization_id) or principal.may_any(
        Action.MANAGE_EVENTS, cohosts
    )


async def get_managed_event(session: AsyncSession, *, principal: Principal, event_id: int) -> Event:
    """An event the caller may edit. One they may only see answers exactly like a missing one
    (NOT_FOUND, "No such event."): an editing call must not confirm that an id exists."""
    event = await get_visible_event(session, principal=principal, event_id=event_id)
    if not may_manage(principal, event, await cohost_ids(session, event_id=event_id)):
        raise NotFound("No such event.")
    return event


# Batch readers used by the GraphQL DataLoaders: one statement for any number of keys. They do
# not check access: the loaders serve fields of events the resolver has already checked.


async def cohosts_by_event(
    session: AsyncSession, *, event_ids: Sequence[int]
) -> dict[int, list[int]]:
    """The co-host organization ids of each event that accepted."""
    rows = await session.exec(
        select(EventCoHost)
        .where(
            col(EventCoHost.event_id).in_(event_ids), col(EventCoHost.status) == Consent.ACCEPTED
        )
        .order_by(col(EventCoHost.event_id), col(EventCoHost.organization_id))
    )
    grouped: dict[int, list[int]] = {i: [] for i in event_ids}
    for row in rows.all():
        grouped[row.event_id].append(row.organization_id)
    return grouped


async def registered_places(
    session: AsyncSession, *, keys: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], bool]:
    """For (person id, event id) pairs: whether the person holds a seat in the event.

    A seat for the whole event or for one of its sessions counts. Only a REGISTERED place
    does: people on the waitlist or with an open offer hold no seat yet, so they do not get
    what is kept for attendees, like the online link.
    """
    people = {p for p, _ in keys}
    events = {e for _, e in keys}
    rows = await session.exec(
        select(Registration.person_id, Registration.event_id).where(
            col(Registration.person_id).in_(people),
            col(Registration.event_id).in_(events),
            col(Registration.status) == RegistrationStatus.REGISTERED,
        )
    )
    found = set(rows.all())
    return {key: key in found for key in keys}
