"""Managers' tools: check-in, the ordered list and the CSV export (without phone numbers)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from server.db import Database
from server.kit.errors import InvalidInput, NotFound
from server.orgs.models import Membership, Person, Role
from server.registrations import export, service
from server.registrations.models import Registration, RegistrationStatus
from tests.server.registrations.conftest import NOW, Member, Setup, make_event, outbox


async def fill(db: Database, setup: Setup, capacity: int) -> tuple[int, list[Registration]]:
    event = await make_event(db, setup.host, capacity=capacity)
    placed = []
    for i, member in enumerate(setup.attendees):
        async with db.transaction() as session:
            placed.append(
                await service.register(
                    session,
                    principal=member.principal,
                    event_id=event,
                    now=NOW + timedelta(minutes=i),
                    outbox=outbox(),
                )
            )
    return event, placed


async def check_in(db: Database, member: Member, registration: Registration) -> Registration:
    assert registration.id is not None
    async with db.transaction() as session:
        return await service.check_in(
            session, principal=member.principal, registration_id=registration.id, now=NOW
        )


class TestCheckIn:
    async def test_a_manager_checks_a_registered_person_in_once(
        self, db: Database, setup: Setup
    ) -> None:
        _, placed = await fill(db, setup, capacity=2)
        first = await check_in(db, setup.organizer, placed[0])
        assert first.attended_at == NOW
        async with db.transaction() as session:
            again = await service.check_in(
                session,
                principal=setup.organizer.principal,
                registration_id=first.id or 0,
                now=NOW + timedelta(hours=1),
            )
        assert again.attended_at == NOW

    async def test_people_waiting_cannot_be_checked_in(self, db: Database, setup: Setup) -> None:
        _, placed = await fill(db, setup, capacity=2)
        with pytest.raises(InvalidInput) as raised:
            await check_in(db, setup.organizer, placed[3])
        assert raised.value.problems[0].code == "not_registered"

    async def test_attendees_cannot_check_themselves_in(self, db: Database, setup: Setup) -> None:
        _, placed = await fill(db, setup, capacity=2)
        with pytest.raises(NotFound):
            await check_in(db, setup.attendees[0], placed[0])


class TestList:
    async def test_registered_then_offered_then_the_line_in_order(
        self, db: Database, setup: Setup
    ) -> None:
        event, placed = await fill(db, setup, capacity=2)
        async with db.transaction() as session:
            await service.cancel_registration(
                session,
                principal=setup.organizer.principal,
                registration_id=placed[0].id or 0,
                now=NOW,
                outbox=outbox(),
            )
        async with db.read() as session:
            rows = await service.list_registrations(
                session, principal=setup.organizer.principal, event_id=event
            )
        assert [(r.person_id, r.status) for r in rows] == [
            (setup.attendees[1].person_id, RegistrationStatus.REGISTERED),
            (setup.attendees[2].person_id, RegistrationStatus.OFFERED),
            (setup.attendees[3].person_id, RegistrationStatus.WAITLISTED),
        ]

    async def test_attendees_may_not_list(self, db: Database, setup: Setup) -> None:
        event, _ = await fill(db, setup, capacity=2)
        with pytest.raises(NotFound):
            async with db.read() as session:
                await service.list_registrations(
                    session, principal=setup.attendees[0].principal, event_id=event
                )


class TestExport:
    async def test_managers_get_names_statuses_and_times_but_no_phone_numbers(
        self, db: Database, setup: Setup
    ) -> None:
        event, placed = await fill(db, setup, capacity=2)
        await check_in(db, setup.organizer, placed[0])
        async with db.read() as session:
            text = await export.export_registrations_csv(
                session, principal=setup.organizer.principal, event_id=event
            )
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [(r["name"], r["status"]) for r in rows] == [
            ("Attendee 1", "registered"),
            ("Attendee 2", "registered"),
            ("Attendee 3", "waitlisted"),
            ("Attendee 4", "waitlisted"),
        ]
        assert rows[0]["attended_at"] == NOW.isoformat()
        assert rows[2]["waitlisted_at"] == (NOW + timedelta(minutes=2)).isoformat()
        assert rows[1]["attended_at"] == ""
        for member in setup.attendees:
            assert member.phone is not None and member.phone not in text
            assert member.phone.lstrip("+") not in text

    @pytest.mark.parametrize("who", ["attendee", "outsider"])
    async def test_everyone_else_is_forbidden(self, db: Database, setup: Setup, who: str) -> None:
        event, _ = await fill(db, setup, capacity=2)
        member = setup.attendees[0] if who == "attendee" else setup.outsider
        with pytest.raises(NotFound):
            async with db.read() as session:
                await export.export_registrations_csv(
                    session, principal=member.principal, event_id=event
                )

    async def test_names_cannot_smuggle_spreadsheet_formulas(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        async with db.transaction() as session:
            person = Person(name='=HYPERLINK("http://evil.example","x")')
            session.add(person)
            await session.flush()
            assert person.id is not None
            # Organizers register members of their own organization.
            session.add(
                Membership(person_id=person.id, organization_id=setup.host, role=Role.OBSERVER)
            )
            await session.flush()
            await service.register(
                session,
                principal=setup.organizer.principal,
                event_id=event,
                person_id=person.id,
                now=NOW,
                outbox=outbox(),
            )
            text = await export.export_registrations_csv(
                session, principal=setup.organizer.principal, event_id=event
            )
        [row] = list(csv.DictReader(io.StringIO(text)))
        assert row["name"].startswith("'=")
