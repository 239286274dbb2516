"""Per-request DataLoaders: each batch is one SQL statement in its own short session."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession
from strawberry.dataloader import DataLoader

from server.accounts import two_factor
from server.db import Database
from server.events import access, consent, programme, venues
from server.events.models import Consent, Room, Venue
from server.events.programme import ProgrammeEntry
from server.orgs import people, service
from server.orgs.models import Membership, Organization, Person
from server.orgs.phones import PhoneRow
from server.registrations import service as registrations
from server.registrations.models import Registration

K = TypeVar("K")
V = TypeVar("V")


def _batched(
    db: Database,
    fetch: Callable[[AsyncSession, Sequence[K]], Awaitable[Mapping[K, V]]],
    missing: Callable[[], V | None] = lambda: None,
) -> DataLoader[K, V | None]:
    async def load(keys: Sequence[K]) -> list[V | None]:
        async with db.read() as session:
            found = await fetch(session, keys)
        return [found.get(key, missing()) for key in keys]

    return DataLoader(load_fn=load)


class Loaders:
    def __init__(self, db: Database) -> None:
        self.organization: DataLoader[int, Organization | None] = _batched(
            db, lambda s, ids: service.organizations_by_ids(s, ids=ids)
        )
        self.person: DataLoader[int, Person | None] = _batched(
            db, lambda s, ids: people.people_by_ids(s, ids=ids)
        )
        self.memberships_by_organization: DataLoader[int, list[Membership] | None] = _batched(
            db, lambda s, ids: service.memberships_by_organization(s, organization_ids=ids), list
        )
        self.memberships_by_person: DataLoader[int, list[Membership] | None] = _batched(
            db, lambda s, ids: service.memberships_by_person(s, person_ids=ids), list
        )
        self.phones_by_person: DataLoader[int, list[PhoneRow] | None] = _batched(
            db, lambda s, ids: people.phones_by_person(s, person_ids=ids), list
        )
        self.member_count: DataLoader[int, int | None] = _batched(
            db, lambda s, ids: service.member_counts(s, organization_ids=ids), lambda: 0
        )
        # Events: each loader serves fields of events the resolver has already checked.
        self.cohosts_by_event: DataLoader[int, list[int] | None] = _batched(
            db, lambda s, ids: access.cohosts_by_event(s, event_ids=ids), list
        )
        # Every listed co-host with its answer: for the event's managers only.
        self.listed_cohosts_by_event: DataLoader[int, list[tuple[int, Consent]] | None] = _batched(
            db, lambda s, ids: consent.listed_cohosts_by_event(s, event_ids=ids), list
        )
        # Keyed by (person id, event id), so the caller's person is part of the key.
        self.registered: DataLoader[tuple[int, int], bool | None] = _batched(
            db, lambda s, keys: access.registered_places(s, keys=keys), lambda: False
        )
        self.venue: DataLoader[int, Venue | None] = _batched(
            db, lambda s, ids: venues.venues_by_ids(s, ids=ids)
        )
        self.rooms_by_venue: DataLoader[int, list[Room] | None] = _batched(
            db, lambda s, ids: venues.rooms_by_venue(s, venue_ids=ids), list
        )
        # Sessions with their rooms and people: two statements for any number of events.
        self.programme: DataLoader[int, list[ProgrammeEntry] | None] = _batched(
            db, lambda s, ids: programme.programme_entries(s, event_ids=ids), list
        )
        self.seat_counts: DataLoader[int, tuple[int, int] | None] = _batched(
            db, lambda s, ids: registrations.seat_counts(s, event_ids=ids), lambda: (0, 0)
        )
        # Keyed by (person id, event id), like `registered`.
        self.own_registration: DataLoader[tuple[int, int], Registration | None] = _batched(
            db, lambda s, keys: registrations.own_registrations(s, keys=keys)
        )
        # Accounts (user ids): whether two-factor is on, for account lists.
        self.two_factor_enabled: DataLoader[int, bool | None] = _batched(
            db, lambda s, ids: two_factor.enabled_for(s, user_ids=ids), lambda: False
        )
        self.waitlist_position: DataLoader[int, int | None] = _batched(
            db, lambda s, ids: registrations.waitlist_positions(s, registration_ids=ids)
        )
