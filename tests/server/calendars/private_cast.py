"""The people and events the private-feed tests share: a network, a host, a partner, an
outsider, and one event of each visibility, with fixed times (nothing reads today's date)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import col, delete

from server.accounts.access import Principal
from server.calendars.feed import FeedEvent, FeedKey, FeedKind
from server.calendars.policy import FeedPolicy
from server.calendars.private import load_private, owner_principal
from server.calendars.subscriptions import IssuedFeed, create_agenda, create_subscription
from server.db import Database
from server.events.models import Event, EventKind, EventStatus, Venue, Visibility
from server.orgs.models import Membership, OrganizationKind, Role
from tests.schema.conftest import make_account, make_org, make_person

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
POLICY = FeedPolicy(link_base="https://pluralis.example", network_name="Open Network")


@dataclass
class Cast:
    network: int
    host: int
    other: int
    partner_org: int
    berlin: int
    nairobi: int
    # name -> (user id, person id)
    users: dict[str, tuple[int, int]] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    uids: dict[str, str] = field(default_factory=dict)


async def _venue(db: Database, org: int, name: str, country: str) -> int:
    async with db.transaction() as session:
        venue = Venue(organization_id=org, name=name, city=name, country=country)
        session.add(venue)
        await session.flush()
    assert venue.id is not None
    return venue.id


async def add_event(db: Database, cast: Cast, name: str, **fields: Any) -> int:
    """An event row as the events service stores it; published network meeting by default."""
    starts = fields.pop("starts_at", NOW + timedelta(days=10))
    values: dict[str, Any] = {
        "uid": f"{name}@test.pluralis",
        "host_organization_id": cast.host,
        "kind": EventKind.MEETING,
        "title": f"{name} meeting",
        "status": EventStatus.PUBLISHED,
        "visibility": Visibility.NETWORK,
        "time_zone": "Europe/Berlin",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "venue_id": cast.berlin,
        "online_url": f"https://meet.example/{name}",
        "updated_at": NOW - timedelta(days=1),
        **fields,
    }
    async with db.transaction() as session:
        event = Event(**values)
        session.add(event)
        await session.flush()
    assert event.id is not None
    cast.events[name] = event.id
    cast.uids[name] = event.uid
    return event.id


async def _user(db: Database, cast: Cast, name: str, org: int | None, role: Role) -> None:
    email = f"{name}@example.org"
    if org is None:
        user = await make_account(db, email=email)
        cast.users[name] = (user, 0)
        return
    person = await make_person(db, org_id=org, role=role, name=name, email=email)
    cast.users[name] = (await make_account(db, email=email, person_id=person), person)


async def make_cast(db: Database) -> Cast:
    network = await make_org(db, "Open Network", kind=OrganizationKind.NETWORK_SECRETARIAT)
    host = await make_org(db, "Kenya Forum", parent_id=network)
    other = await make_org(db, "Togo Votes", parent_id=network)
    partner_org = await make_org(db, "Fund", kind=OrganizationKind.PARTNER, parent_id=network)
    cast = Cast(
        network=network,
        host=host,
        other=other,
        partner_org=partner_org,
        berlin=await _venue(db, host, "Berlin", "DE"),
        nairobi=await _venue(db, host, "Nairobi", "KE"),
    )
    await _user(db, cast, "organizer", host, Role.ORGANIZER)
    await _user(db, cast, "member", other, Role.OBSERVER)
    await _user(db, cast, "partner", partner_org, Role.ADMIN)
    await _user(db, cast, "net_admin", network, Role.ADMIN)
    await _user(db, cast, "outsider", None, Role.OBSERVER)
    await add_event(db, cast, "public", visibility=Visibility.PUBLIC)
    await add_event(db, cast, "partners", visibility=Visibility.PARTNERS)
    await add_event(db, cast, "network", visibility=Visibility.NETWORK)
    await add_event(db, cast, "invite", visibility=Visibility.INVITE_ONLY)
    await add_event(db, cast, "draft", status=EventStatus.DRAFT)
    return cast


async def principal_of(db: Database, cast: Cast, name: str) -> Principal:
    async with db.read() as session:
        principal = await owner_principal(
            session, user_id=cast.users[name][0], require_two_factor=False
        )
    assert principal is not None
    return principal


async def new_feed(
    db: Database, cast: Cast, name: str, filters: dict[str, Any] | None = None
) -> IssuedFeed:
    principal = await principal_of(db, cast, name)
    async with db.transaction() as session:
        return await create_subscription(
            session, principal=principal, name=f"{name}'s feed", filters=filters, now=NOW
        )


async def new_agenda(db: Database, cast: Cast, name: str) -> IssuedFeed:
    principal = await principal_of(db, cast, name)
    async with db.transaction() as session:
        return await create_agenda(session, principal=principal, now=NOW)


def key_of(issued: IssuedFeed) -> FeedKey:
    kind = FeedKind.AGENDA if issued.subscription.kind == "agenda" else FeedKind.SUBSCRIPTION
    return FeedKey(kind, issued.subscription.id)


async def render(
    db: Database, key: FeedKey, *, now: datetime = NOW, policy: FeedPolicy = POLICY
) -> list[FeedEvent] | None:
    async with db.read() as session:
        loaded = await load_private(session, key=key, now=now, policy=policy)
    return None if loaded is None else loaded[1]


def names(cast: Cast, events: list[FeedEvent] | None) -> set[str]:
    """The cast's names of the events in a feed (sessions by their own UID)."""
    assert events is not None
    by_uid = {uid: name for name, uid in cast.uids.items()}
    return {by_uid.get(e.uid, e.uid) for e in events}


async def end_roles(db: Database, person_id: int) -> None:
    async with db.transaction() as session:
        await session.exec(delete(Membership).where(col(Membership.person_id) == person_id))
