"""Venues and rooms: who may add them and what input they accept."""

from __future__ import annotations

import pytest

from server.accounts.access import Principal
from server.db import Database
from server.events import venues
from server.kit.errors import Forbidden, InvalidInput, NotFound
from server.orgs.models import Role
from tests.schema.conftest import make_org


def _fields(error: InvalidInput) -> dict[str | None, str]:
    return {p.field: p.code for p in error.problems}


class TestCreateVenue:
    async def test_an_organizer_adds_a_venue_of_their_organization(self, db: Database) -> None:
        org = await make_org(db, "Host")
        async with db.transaction() as session:
            venue = await venues.create_venue(
                session,
                principal=Principal(user_id=1, roles={org: Role.ORGANIZER}),
                organization_id=org,
                name="  Kenyatta Centre ",
                address="Harambee Ave",
                city="Nairobi",
                country="ke",
                latitude=-1.29,
                longitude=36.82,
            )
        assert venue.id is not None
        assert (venue.name, venue.country) == ("Kenyatta Centre", "KE")

    async def test_bad_coordinates_and_country_are_field_errors(self, db: Database) -> None:
        org = await make_org(db, "Host")
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await venues.create_venue(
                    session,
                    principal=Principal(user_id=1, roles={org: Role.ADMIN}),
                    organization_id=org,
                    name="",
                    country="XX",
                    latitude=91,
                    longitude=-181,
                )
        assert _fields(caught.value) == {
            "name": "required",
            "country": "unknown",
            "latitude": "out_of_range",
            "longitude": "out_of_range",
        }

    async def test_only_one_of_the_coordinates_is_a_field_error(self, db: Database) -> None:
        org = await make_org(db, "Host")
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await venues.create_venue(
                    session,
                    principal=Principal(user_id=1, roles={org: Role.ADMIN}),
                    organization_id=org,
                    name="Hall",
                    latitude=10,
                )
        assert _fields(caught.value) == {"longitude": "required"}

    async def test_an_observer_may_not_add_a_venue(self, db: Database) -> None:
        org = await make_org(db, "Host")
        async with db.transaction() as session:
            with pytest.raises(Forbidden):
                await venues.create_venue(
                    session,
                    principal=Principal(user_id=1, roles={org: Role.OBSERVER}),
                    organization_id=org,
                    name="Hall",
                )


class TestAddRoom:
    async def _venue(self, db: Database) -> tuple[int, Principal]:
        org = await make_org(db, "Host")
        principal = Principal(user_id=1, roles={org: Role.ORGANIZER})
        async with db.transaction() as session:
            venue = await venues.create_venue(
                session, principal=principal, organization_id=org, name="Hall"
            )
        assert venue.id is not None
        return venue.id, principal

    async def test_room_names_are_unique_per_venue_ignoring_case(self, db: Database) -> None:
        venue_id, principal = await self._venue(db)
        async with db.transaction() as session:
            await venues.add_room(
                session, principal=principal, venue_id=venue_id, name="Hall A", capacity=80
            )
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await venues.add_room(
                    session, principal=principal, venue_id=venue_id, name="hall a"
                )
        assert _fields(caught.value) == {"name": "taken"}

    async def test_a_room_holds_at_least_one_person(self, db: Database) -> None:
        venue_id, principal = await self._venue(db)
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await venues.add_room(
                    session, principal=principal, venue_id=venue_id, name="A", capacity=0
                )
        assert _fields(caught.value) == {"capacity": "too_small"}

    async def test_organizers_of_other_organizations_may_not_add_rooms(self, db: Database) -> None:
        # Issue 7, finding 3: the venue answers like a missing one (it was FORBIDDEN).
        venue_id, _ = await self._venue(db)
        other = await make_org(db, "Other")
        async with db.transaction() as session:
            with pytest.raises(NotFound, match="No such venue"):
                await venues.add_room(
                    session,
                    principal=Principal(user_id=2, roles={other: Role.ORGANIZER}),
                    venue_id=venue_id,
                    name="A",
                )

    async def test_batch_readers_answer_in_one_statement_each(self, db: Database) -> None:
        venue_id, principal = await self._venue(db)
        async with db.transaction() as session:
            rooms = [
                await venues.add_room(session, principal=principal, venue_id=venue_id, name=n)
                for n in ("B", "A")
            ]
        assert all(r.id is not None for r in rooms)
        async with db.read() as session:
            assert list(await venues.venues_by_ids(session, ids=[venue_id])) == [venue_id]
            by_venue = await venues.rooms_by_venue(session, venue_ids=[venue_id])
        assert [r.name for r in by_venue[venue_id]] == ["A", "B"]
